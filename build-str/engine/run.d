build-str/engine/run.o: engine/run.c engine/engine.h engine/proclab.h \
 engine/types.h engine/alloc.h engine/atom.h engine/term.h \
 engine/atoms.def engine/proc.h engine/run.h engine/bif/bif.h \
 engine/bif/../engine.h engine/bif/../proc.h engine/bif/bifs.def \
 engine/bif/bifs_string.def engine/bif/bifs_enum.def \
 engine/lang/compile.h engine/lang/code.h engine/lang/../term.h \
 engine/lang/parser.h engine/lang/vm.h engine/lang/../proc.h \
 engine/lang/opcodes.def build-str/lib_sources.inc
engine/engine.h:
engine/proclab.h:
engine/types.h:
engine/alloc.h:
engine/atom.h:
engine/term.h:
engine/atoms.def:
engine/proc.h:
engine/run.h:
engine/bif/bif.h:
engine/bif/../engine.h:
engine/bif/../proc.h:
engine/bif/bifs.def:
engine/bif/bifs_string.def:
engine/bif/bifs_enum.def:
engine/lang/compile.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/parser.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/opcodes.def:
build-str/lib_sources.inc:
