build-str/engine/lang/compile_mod.o: engine/lang/compile_mod.c \
 engine/lang/../atom.h engine/lang/../term.h engine/lang/../types.h \
 engine/lang/../atoms.def engine/lang/../bif/bif.h \
 engine/lang/../bif/../engine.h engine/lang/../bif/../proclab.h \
 engine/lang/../bif/../types.h engine/lang/../bif/../alloc.h \
 engine/lang/../bif/../atom.h engine/lang/../bif/../proc.h \
 engine/lang/../bif/../term.h engine/lang/../bif/bifs.def \
 engine/lang/../bif/bifs_string.def engine/lang/../bif/bifs_enum.def \
 engine/lang/compile_int.h engine/lang/../engine.h engine/lang/compile.h \
 engine/lang/code.h engine/lang/../term.h engine/lang/vm.h \
 engine/lang/../proc.h engine/lang/opcodes.def \
 engine/lang/compile_atoms.def engine/lang/parser.h
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../types.h:
engine/lang/../atoms.def:
engine/lang/../bif/bif.h:
engine/lang/../bif/../engine.h:
engine/lang/../bif/../proclab.h:
engine/lang/../bif/../types.h:
engine/lang/../bif/../alloc.h:
engine/lang/../bif/../atom.h:
engine/lang/../bif/../proc.h:
engine/lang/../bif/../term.h:
engine/lang/../bif/bifs.def:
engine/lang/../bif/bifs_string.def:
engine/lang/../bif/bifs_enum.def:
engine/lang/compile_int.h:
engine/lang/../engine.h:
engine/lang/compile.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/opcodes.def:
engine/lang/compile_atoms.def:
engine/lang/parser.h:
