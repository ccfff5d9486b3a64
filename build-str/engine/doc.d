build-str/engine/doc.o: engine/doc.c engine/doc.h engine/types.h \
 engine/engine.h engine/proclab.h engine/alloc.h engine/atom.h \
 engine/term.h engine/atoms.def
engine/doc.h:
engine/types.h:
engine/engine.h:
engine/proclab.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
