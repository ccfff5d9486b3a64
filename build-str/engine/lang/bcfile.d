build-str/engine/lang/bcfile.o: engine/lang/bcfile.c \
 engine/lang/../engine.h engine/lang/../proclab.h engine/lang/../types.h \
 engine/lang/../alloc.h engine/lang/../atom.h engine/lang/../term.h \
 engine/lang/../atoms.def engine/lang/../bif/bif.h \
 engine/lang/../bif/../engine.h engine/lang/../bif/../proc.h \
 engine/lang/../bif/../term.h engine/lang/../bif/bifs.def \
 engine/lang/../bif/bifs_string.def engine/lang/../bif/bifs_enum.def \
 engine/lang/bcfile_int.h engine/lang/bcfile.h engine/lang/code.h \
 engine/lang/../term.h engine/lang/vm.h engine/lang/../proc.h \
 engine/lang/opcodes.def
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../types.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../atoms.def:
engine/lang/../bif/bif.h:
engine/lang/../bif/../engine.h:
engine/lang/../bif/../proc.h:
engine/lang/../bif/../term.h:
engine/lang/../bif/bifs.def:
engine/lang/../bif/bifs_string.def:
engine/lang/../bif/bifs_enum.def:
engine/lang/bcfile_int.h:
engine/lang/bcfile.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/opcodes.def:
