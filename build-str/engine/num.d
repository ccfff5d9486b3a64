build-str/engine/num.o: engine/num.c engine/engine.h engine/proclab.h \
 engine/types.h engine/alloc.h engine/atom.h engine/term.h \
 engine/atoms.def engine/num.h engine/proc.h
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/num.h:
engine/proc.h:
