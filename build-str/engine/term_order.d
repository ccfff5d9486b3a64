build-str/engine/term_order.o: engine/term_order.c engine/engine.h \
 engine/proclab.h engine/types.h engine/alloc.h engine/atom.h \
 engine/term.h engine/atoms.def engine/term_order.h engine/map.h
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/term_order.h:
engine/map.h:
