build-str/engine/atom.o: engine/atom.c engine/atom.h engine/term.h \
 engine/types.h engine/atoms.def
engine/atom.h:
engine/term.h:
engine/types.h:
engine/atoms.def:
