build-str/engine/lang/dump.o: engine/lang/dump.c engine/lang/../engine.h \
 engine/lang/../proclab.h engine/lang/../types.h engine/lang/../alloc.h \
 engine/lang/../atom.h engine/lang/../term.h engine/lang/../atoms.def \
 engine/lang/../inspect.h engine/lang/vm.h engine/lang/../proc.h \
 engine/lang/code.h engine/lang/../term.h engine/lang/opcodes.def
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../types.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../atoms.def:
engine/lang/../inspect.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/opcodes.def:
