build-str/engine/inspect.o: engine/inspect.c engine/inspect.h \
 engine/term.h engine/types.h engine/doc.h engine/engine.h \
 engine/proclab.h engine/alloc.h engine/atom.h engine/atoms.def \
 engine/float_fmt.h engine/map.h engine/term_order.h engine/lang/code.h \
 engine/lang/../term.h
engine/inspect.h:
engine/term.h:
engine/types.h:
engine/doc.h:
engine/engine.h:
engine/proclab.h:
engine/alloc.h:
engine/atom.h:
engine/atoms.def:
engine/float_fmt.h:
engine/map.h:
engine/term_order.h:
engine/lang/code.h:
engine/lang/../term.h:
