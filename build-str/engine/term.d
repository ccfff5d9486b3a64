build-str/engine/term.o: engine/term.c engine/engine.h engine/proclab.h \
 engine/types.h engine/alloc.h engine/atom.h engine/term.h \
 engine/atoms.def
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
