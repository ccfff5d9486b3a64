/* Lexer: Elixir source -> token streams, a C port of Elixir 1.14's elixir_tokenizer.erl.
 * Token kinds, their classification (identifier vs paren_identifier vs do_identifier,
 * op_identifier for `foo -1`, kw_identifier for `foo:`) and the terminator checks follow
 * the tokenizer exactly, because the parser's output depends on them. It does not own
 * the grammar (parser.c) and never prints. */
#ifndef PL_LEXER_H
#define PL_LEXER_H

#include "../term.h"

typedef enum pl_tok_kind {
    PL_T_EOF = 0,
    PL_T_EOL,
    PL_T_SEMI,
    PL_T_COMMA,
    PL_T_DOT,
    PL_T_DOT_CALL, /* the `.` of `f.(x)` */
    PL_T_LPAREN,
    PL_T_RPAREN,
    PL_T_LBRACK,
    PL_T_RBRACK,
    PL_T_LCURLY,
    PL_T_RCURLY,
    PL_T_LBIT,
    PL_T_RBIT,
    PL_T_MAP,     /* %{ (the `{` follows as its own token) */
    PL_T_PERCENT, /* % of a struct */
    PL_T_IDENT,
    PL_T_PAREN_IDENT,
    PL_T_BRACKET_IDENT,
    PL_T_DO_IDENT,
    PL_T_OP_IDENT,
    PL_T_KW_IDENT,
    PL_T_KW_IDENT_UNSAFE, /* "a#{b}": */
    PL_T_BLOCK_IDENT,     /* else after rescue catch */
    PL_T_ALIAS,
    PL_T_FN,
    PL_T_DO,
    PL_T_END,
    PL_T_TRUE,
    PL_T_FALSE,
    PL_T_NIL,
    PL_T_INT,
    PL_T_FLT,
    PL_T_CHAR,
    PL_T_ATOM,
    PL_T_ATOM_QUOTED,
    PL_T_ATOM_UNSAFE,
    PL_T_BIN_STRING,
    PL_T_LIST_STRING,
    PL_T_BIN_HEREDOC,
    PL_T_LIST_HEREDOC,
    PL_T_SIGIL,
    /* Operators: value is the operator atom. Order matters: see pl_tok_is_op. */
    PL_T_AT_OP,
    PL_T_UNARY_OP,
    PL_T_DUAL_OP,
    PL_T_CAPTURE_OP,
    PL_T_MATCH_OP,
    PL_T_MULT_OP,
    PL_T_POWER_OP,
    PL_T_CONCAT_OP,
    PL_T_RANGE_OP,
    PL_T_TERNARY_OP,
    PL_T_XOR_OP,
    PL_T_PIPE_OP,
    PL_T_AND_OP,
    PL_T_OR_OP,
    PL_T_IN_OP,
    PL_T_IN_MATCH_OP,
    PL_T_TYPE_OP,
    PL_T_WHEN_OP,
    PL_T_COMP_OP,
    PL_T_REL_OP,
    PL_T_ARROW_OP,
    PL_T_STAB_OP,
    PL_T_ASSOC_OP,
} pl_tok_kind;

static inline bool pl_tok_is_op(int kind) { return kind >= PL_T_AT_OP; }

/* One token. [value] is an atom (identifiers, operators, atoms, aliases), a number,
 * or unused. Strings, quoted atoms and sigils own the parts [part, part + nparts) of
 * the lexer's part table. [count] mirrors the tokenizer's newline count on eol/,/;. */
typedef struct pl_token {
    uint8_t kind;
    int line, column;
    int count;
    pl_term value;
    uint32_t part, nparts;
    // Sigils: modifiers (a charlist), delimiter (a binary), heredoc indentation or -1.
    pl_term modifiers, delimiter;
    int indentation;
    // The source text of numbers and chars, for error messages: [src, src + srclen).
    uint32_t src, srclen;
} pl_token;

/* A piece of a string: literal bytes ([bin] set) or an interpolation whose tokens
 * are the stream [stream], spanning [line:column] to the closing brace. */
typedef struct pl_str_part {
    pl_term bin;
    uint32_t stream;
    int line, column;
} pl_str_part;

typedef struct pl_tok_stream {
    pl_token *toks;
    size_t n, cap;
} pl_tok_stream;

typedef struct pl_lex_error {
    int line, column;
    char kind[32];
    char message[256];
} pl_lex_error;

typedef struct pl_lex_term {
    int kind; /* PL_T_LPAREN, PL_T_LBRACK, PL_T_LCURLY, PL_T_LBIT, PL_T_FN, PL_T_DO */
    int line, indentation;
} pl_lex_term;

/* The lexer's whole result: stream 0 is the file, the others are interpolations. */
typedef struct pl_lexer {
    pl_engine *e;
    const char *src;
    size_t len, pos;
    int line, column;
    int indentation;
    int depth;
    pl_tok_stream *streams;
    size_t nstreams, cap_streams;
    pl_str_part *parts;
    size_t nparts, cap_parts;
    pl_lex_term *terms;
    size_t nterms, cap_terms;
    pl_lex_term *hints;
    size_t nhints, cap_hints;
    bool failed, oom;
    pl_lex_error err;
} pl_lexer;

/* Tokenizes [src]. Returns false with [lx->err] set on a syntax error or when memory
 * ran out ([lx->oom]). Either way pl_lex_free must be called. */
bool pl_lex(pl_engine *e, const char *src, size_t len, pl_lexer *lx);
/* Releases every token, part and buffer of [lx]. */
void pl_lex_free(pl_lexer *lx);

/* ---- Shared between lexer.c and lexer_str.c (not for other modules) ---- */
void *pl_lex_grow(pl_lexer *lx, void *buf, size_t *cap, size_t n, size_t elem);
void pl_lex_fail(pl_lexer *lx, int line, int column, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
pl_token *pl_lex_push(pl_lexer *lx, uint32_t stream, int kind, int line, int column);
bool pl_lex_tokenize(pl_lexer *lx, uint32_t stream, bool interp);
pl_term pl_lex_atom(pl_lexer *lx, const char *s, size_t n);
/* Reads one UTF-8 code point at [lx->pos]; returns its length (1 for invalid bytes). */
int pl_lex_utf8(const pl_lexer *lx, size_t pos, uint32_t *cp);

/* Strings, heredocs, quoted atoms, sigils, numbers (lexer_str.c). */
bool pl_lex_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_heredoc(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_quoted_atom(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_sigil(pl_lexer *lx, uint32_t stream, int line, int column);
bool pl_lex_number(pl_lexer *lx, uint32_t stream);
bool pl_lex_char(pl_lexer *lx, uint32_t stream);
bool pl_lex_dot_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column);

#endif
