build-str/engine/lang/compile.o: engine/lang/compile.c \
 engine/lang/../atom.h engine/lang/../term.h engine/lang/../types.h \
 engine/lang/../atoms.def engine/lang/../map.h engine/lang/compile_int.h \
 engine/lang/../engine.h engine/lang/../proclab.h engine/lang/../alloc.h \
 engine/lang/../atom.h engine/lang/compile.h engine/lang/code.h \
 engine/lang/../term.h engine/lang/vm.h engine/lang/../proc.h \
 engine/lang/opcodes.def engine/lang/compile_atoms.def
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../types.h:
engine/lang/../atoms.def:
engine/lang/../map.h:
engine/lang/compile_int.h:
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/compile.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/opcodes.def:
engine/lang/compile_atoms.def:
