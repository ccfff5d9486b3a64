build-str/engine/lang/lexer.o: engine/lang/lexer.c engine/lang/lexer.h \
 engine/lang/../term.h engine/lang/../types.h engine/lang/../engine.h \
 engine/lang/../proclab.h engine/lang/../alloc.h engine/lang/../atom.h \
 engine/lang/../term.h engine/lang/../atoms.def
engine/lang/lexer.h:
engine/lang/../term.h:
engine/lang/../types.h:
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../atoms.def:
