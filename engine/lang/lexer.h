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

pl_token *pl_lex_push_eol(pl_lexer *lx, uint32_t stream, int kind, int line, int column);
void pl_lex_unexpected(pl_lexer *lx);
bool pl_lex_push_term(pl_lexer *lx, int kind, int line);
bool pl_lex_pop_term(pl_lexer *lx, int close, int line, int column, size_t base);

/* Identifiers and keywords (lexer_word.c). */
bool pl_lex_ident_start(const pl_lexer *lx, size_t off);
size_t pl_lex_scan_ident(const pl_lexer *lx, size_t off, bool *has_at, bool *punct, int *cols);
pl_token *pl_lex_call_ident(pl_lexer *lx, uint32_t stream, pl_term atom, int line, int column, size_t after);
bool pl_lex_word(pl_lexer *lx, uint32_t stream, size_t base);

/* Strings, heredocs, quoted atoms, sigils, numbers (lexer_str.c). */
bool pl_lex_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_heredoc(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_quoted_atom(pl_lexer *lx, uint32_t stream, char quote, int line, int column);
bool pl_lex_sigil(pl_lexer *lx, uint32_t stream, int line, int column);
bool pl_lex_number(pl_lexer *lx, uint32_t stream);
bool pl_lex_char(pl_lexer *lx, uint32_t stream);
bool pl_lex_dot_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column);

/* ---- Scanning helpers shared by the lexer files ---- */

static inline int at(const pl_lexer *lx, size_t off)
{
    return lx->pos + off < lx->len ? (unsigned char)lx->src[lx->pos + off] : -1;
}

static inline bool starts(const pl_lexer *lx, const char *s)
{
    size_t n = strlen(s);
    return lx->pos + n <= lx->len && memcmp(lx->src + lx->pos, s, n) == 0;
}

static inline void adv(pl_lexer *lx, size_t n)
{
    lx->pos += n;
    lx->column += (int)n;
}

static inline bool is_space_or_nl(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static inline bool is_lower(int c) { return (c >= 'a' && c <= 'z') || c == '_'; }
static inline bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline bool is_ident_char(int c) { return is_lower(c) || is_upper(c) || is_digit(c); }

/* Counts spaces and tabs from [off] on. */
static inline size_t hspace(const pl_lexer *lx, size_t off)
{
    size_t n = 0;
    while (at(lx, off + n) == ' ' || at(lx, off + n) == '\t') {
        n++;
    }
    return n;
}

static inline pl_token *top(pl_lexer *lx, uint32_t stream)
{
    pl_tok_stream *s = &lx->streams[stream];
    return s->n ? &s->toks[s->n - 1] : NULL;
}

static inline int previous_was_eol(pl_lexer *lx, uint32_t stream)
{
    pl_token *t = top(lx, stream);
    if (t && (t->kind == PL_T_COMMA || t->kind == PL_T_SEMI || t->kind == PL_T_EOL) && t->count > 0) {
        return t->count;
    }
    return 0;
}

static inline bool kw_follows(const pl_lexer *lx, size_t off)
{
    return at(lx, off) == ':' && is_space_or_nl(at(lx, off + 1));
}

#endif
