build-str/engine/engine.o: engine/engine.c engine/engine.h \
 engine/proclab.h engine/types.h engine/alloc.h engine/atom.h \
 engine/term.h engine/atoms.def engine/lang/code.h engine/lang/../term.h \
 engine/bif/bif.h engine/bif/../engine.h engine/bif/../proc.h \
 engine/bif/../term.h engine/bif/bifs.def engine/bif/bifs_string.def \
 engine/bif/bifs_enum.def engine/run.h
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/lang/code.h:
engine/lang/../term.h:
engine/bif/bif.h:
engine/bif/../engine.h:
engine/bif/../proc.h:
engine/bif/../term.h:
engine/bif/bifs.def:
engine/bif/bifs_string.def:
engine/bif/bifs_enum.def:
engine/run.h:
