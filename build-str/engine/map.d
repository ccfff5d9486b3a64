build-str/engine/map.o: engine/map.c engine/engine.h engine/proclab.h \
 engine/types.h engine/alloc.h engine/atom.h engine/term.h \
 engine/atoms.def engine/map.h engine/term_order.h
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/map.h:
engine/term_order.h:
