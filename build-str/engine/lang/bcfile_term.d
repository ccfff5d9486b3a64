build-str/engine/lang/bcfile_term.o: engine/lang/bcfile_term.c \
 engine/lang/../engine.h engine/lang/../proclab.h engine/lang/../types.h \
 engine/lang/../alloc.h engine/lang/../atom.h engine/lang/../term.h \
 engine/lang/../atoms.def engine/lang/../map.h engine/lang/bcfile_int.h \
 engine/lang/bcfile.h engine/lang/code.h engine/lang/../term.h
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../types.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../atoms.def:
engine/lang/../map.h:
engine/lang/bcfile_int.h:
engine/lang/bcfile.h:
engine/lang/code.h:
engine/lang/../term.h:
