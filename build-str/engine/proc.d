build-str/engine/proc.o: engine/proc.c engine/engine.h engine/proclab.h \
 engine/types.h engine/alloc.h engine/atom.h engine/term.h \
 engine/atoms.def engine/proc.h engine/map.h engine/lang/code.h \
 engine/lang/../term.h
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/proc.h:
engine/map.h:
engine/lang/code.h:
engine/lang/../term.h:
