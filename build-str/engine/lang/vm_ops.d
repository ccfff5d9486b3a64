build-str/engine/lang/vm_ops.o: engine/lang/vm_ops.c \
 engine/lang/../engine.h engine/lang/../proclab.h engine/lang/../types.h \
 engine/lang/../alloc.h engine/lang/../atom.h engine/lang/../term.h \
 engine/lang/../atoms.def engine/lang/../bif/bif.h \
 engine/lang/../bif/../engine.h engine/lang/../bif/../proc.h \
 engine/lang/../bif/../term.h engine/lang/../bif/bifs.def \
 engine/lang/../bif/bifs_string.def engine/lang/../bif/bifs_enum.def \
 engine/lang/../map.h engine/lang/../num.h engine/lang/../term_order.h \
 engine/lang/vm_call.h engine/lang/vm.h engine/lang/../proc.h \
 engine/lang/code.h engine/lang/../term.h engine/lang/opcodes.def \
 engine/lang/vm_ops.h
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
engine/lang/../map.h:
engine/lang/../num.h:
engine/lang/../term_order.h:
engine/lang/vm_call.h:
engine/lang/vm.h:
engine/lang/../proc.h:
engine/lang/code.h:
engine/lang/../term.h:
engine/lang/opcodes.def:
engine/lang/vm_ops.h:
