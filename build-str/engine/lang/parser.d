build-str/engine/lang/parser.o: engine/lang/parser.c \
 engine/lang/parser_int.h engine/lang/lexer.h engine/lang/../term.h \
 engine/lang/../types.h engine/lang/parser.h engine/lang/../engine.h \
 engine/lang/../proclab.h engine/lang/../alloc.h engine/lang/../atom.h \
 engine/lang/../term.h engine/lang/../atoms.def
engine/lang/parser_int.h:
engine/lang/lexer.h:
engine/lang/../term.h:
engine/lang/../types.h:
engine/lang/parser.h:
engine/lang/../engine.h:
engine/lang/../proclab.h:
engine/lang/../alloc.h:
engine/lang/../atom.h:
engine/lang/../term.h:
engine/lang/../atoms.def:
