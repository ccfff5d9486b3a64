/* Lexer main loop: operators, atoms, dots, terminators and newlines, in the clause
 * order of Elixir 1.14's elixir_tokenizer.erl (identifiers and keywords live in
 * lexer_word.c, strings and numbers in lexer_str.c). Token classification depends
 * on neighbours exactly as there. */
#include <stdarg.h>
#include <stdio.h>
#include "lexer.h"
#include "../engine.h"

#define PL_LEX_MAX_DEPTH 200 /* nested interpolations */

/* ---- Buffers and errors ---- */

void *pl_lex_grow(pl_lexer *lx, void *buf, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap) {
        return buf;
    }
    size_t ncap = *cap ? *cap * 2 : 16;
    void *nb = pl_alloc_get(&lx->e->alloc, ncap * elem);
    if (!nb) {
        lx->oom = true;
        pl_lex_fail(lx, lx->line, lx->column, "SystemLimitError", "out of memory while parsing");
        return NULL;
    }
    if (buf) {
        memcpy(nb, buf, *cap * elem);
        pl_alloc_put(&lx->e->alloc, buf, *cap * elem);
    }
    *cap = ncap;
    return nb;
}

void pl_lex_fail(pl_lexer *lx, int line, int column, const char *kind, const char *fmt, ...)
{
    if (lx->failed) {
        return;
    }
    lx->failed = true;
    lx->err.line = line;
    lx->err.column = column;
    snprintf(lx->err.kind, sizeof lx->err.kind, "%s", kind);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.message, sizeof lx->err.message, fmt, ap);
    va_end(ap);
}

pl_token *pl_lex_push(pl_lexer *lx, uint32_t stream, int kind, int line, int column)
{
    pl_tok_stream *s = &lx->streams[stream];
    pl_token *nt = pl_lex_grow(lx, s->toks, &s->cap, s->n, sizeof *nt);
    if (!nt) {
        return NULL;
    }
    s->toks = nt;
    pl_token *t = &s->toks[s->n++];
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->line = line;
    t->column = column;
    t->value = PL_NONE;
    t->modifiers = PL_NONE;
    t->delimiter = PL_NONE;
    t->indentation = -1;
    return t;
}

pl_term pl_lex_atom(pl_lexer *lx, const char *s, size_t n)
{
    pl_term a = pl_atom_intern(&lx->e->atoms, n ? s : "", n); /* an empty buffer may be NULL */
    if (a == PL_NONE) {
        lx->oom = true;
        pl_lex_fail(lx, lx->line, lx->column, "SystemLimitError", "atom table is full");
    }
    return a;
}

int pl_lex_utf8(const pl_lexer *lx, size_t pos, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)lx->src + pos;
    size_t left = lx->len - pos;
    int n = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3
        : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (n == 0 || (size_t)n > left) {
        *cp = s[0];
        return 1;
    }
    uint32_t c = n == 1 ? s[0] : n == 2 ? (s[0] & 0x1fu) : n == 3 ? (s[0] & 0x0fu) : (s[0] & 0x07u);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            *cp = s[0];
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3fu);
    }
    *cp = c;
    return n;
}

/* Binary operators swallow a newline right before them, so `a\n|> b` continues. */
pl_token *pl_lex_push_eol(pl_lexer *lx, uint32_t stream, int kind, int line, int column)
{
    pl_token *t = top(lx, stream);
    if (kind != PL_T_UNARY_OP && t && t->kind == PL_T_EOL) {
        lx->streams[stream].n--;
    }
    return pl_lex_push(lx, stream, kind, line, column);
}

void pl_lex_unexpected(pl_lexer *lx)
{
    uint32_t cp;
    pl_lex_utf8(lx, lx->pos, &cp);
    static const struct { uint32_t c; const char *name; } names[] = {
        { 0, "null byte" }, { 7, "alert" }, { 8, "backspace" }, { 127, "delete" },
        { 27, "escape" }, { 12, "form feed" }, { 10, "newline" }, { 13, "carriage return" },
        { 32, "space" }, { 9, "tab" }, { 11, "vertical tab" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (names[i].c == cp) {
            pl_lex_fail(lx, lx->line, lx->column, "SyntaxError",
                "unexpected token: %s (column %d, code point U+%04X)", names[i].name, lx->column, cp);
            return;
        }
    }
    int n = pl_lex_utf8(lx, lx->pos, &cp);
    pl_lex_fail(lx, lx->line, lx->column, "SyntaxError",
        "unexpected token: \"%.*s\" (column %d, code point U+%04X)", n, lx->src + lx->pos,
        lx->column, cp);
}

/* ---- Terminators: ( [ { << fn do must be closed in order ---- */

static const char *term_open_name(int kind)
{
    switch (kind) {
    case PL_T_LPAREN: return "(";
    case PL_T_LBRACK: return "[";
    case PL_T_LCURLY: return "{";
    case PL_T_LBIT: return "<<";
    case PL_T_FN: return "fn";
    default: return "do";
    }
}

static int term_close_of(int kind)
{
    switch (kind) {
    case PL_T_LPAREN: return PL_T_RPAREN;
    case PL_T_LBRACK: return PL_T_RBRACK;
    case PL_T_LCURLY: return PL_T_RCURLY;
    case PL_T_LBIT: return PL_T_RBIT;
    default: return PL_T_END;
    }
}

static const char *term_close_name(int kind)
{
    switch (kind) {
    case PL_T_RPAREN: return ")";
    case PL_T_RBRACK: return "]";
    case PL_T_RCURLY: return "}";
    case PL_T_RBIT: return ">>";
    default: return "end";
    }
}

static bool add_hint(pl_lexer *lx, int kind, int line, int indentation)
{
    pl_lex_term *h = pl_lex_grow(lx, lx->hints, &lx->cap_hints, lx->nhints, sizeof *h);
    if (!h) {
        return false;
    }
    lx->hints = h;
    lx->hints[lx->nhints++] = (pl_lex_term){ kind, line, indentation };
    return true;
}

/* The most recent hint of [kind], as lists:keyfind finds it on a prepended list. */
static const pl_lex_term *find_hint(const pl_lexer *lx, int kind)
{
    for (size_t i = lx->nhints; i-- > 0;) {
        if (lx->hints[i].kind == kind) {
            return &lx->hints[i];
        }
    }
    return NULL;
}

static void missing_hint(const pl_lexer *lx, int open, char *buf, size_t n)
{
    const pl_lex_term *h = find_hint(lx, open);
    buf[0] = 0;
    if (h) {
        snprintf(buf, n, "\n\n    HINT: it looks like the \"%s\" on line %d does not have a matching \"%s\"\n",
            term_open_name(open), h->line, term_close_name(term_close_of(open)));
    }
}

bool pl_lex_push_term(pl_lexer *lx, int kind, int line)
{
    if ((kind == PL_T_FN || kind == PL_T_DO) && lx->nterms > 0) {
        pl_lex_term *prev = &lx->terms[lx->nterms - 1];
        if (prev->kind == kind && lx->indentation <= prev->indentation
            && !add_hint(lx, prev->kind, prev->line, prev->indentation)) {
            return false;
        }
    }
    pl_lex_term *t = pl_lex_grow(lx, lx->terms, &lx->cap_terms, lx->nterms, sizeof *t);
    if (!t) {
        return false;
    }
    lx->terms = t;
    lx->terms[lx->nterms++] = (pl_lex_term){ kind, line, lx->indentation };
    return true;
}

/* Pops the terminator a closing token needs; [base] is where this (interpolation) level began. */
bool pl_lex_pop_term(pl_lexer *lx, int close, int line, int column, size_t base)
{
    char hint[200];
    if (lx->nterms == base) {
        if (close == PL_T_END) {
            const pl_lex_term *h = find_hint(lx, PL_T_END);
            hint[0] = 0;
            if (h) {
                snprintf(hint, sizeof hint, "\n\n    HINT: it looks like the \"end\" on line %d does not have a matching \"do\" defined before it\n", h->line);
            }
            pl_lex_fail(lx, line, column, "SyntaxError", "unexpected reserved word: end%s", hint);
        } else {
            pl_lex_fail(lx, line, column, "SyntaxError", "unexpected token: %s", term_close_name(close));
        }
        return false;
    }
    pl_lex_term *t = &lx->terms[lx->nterms - 1];
    if (close == PL_T_END && t->kind == PL_T_DO) {
        if (lx->indentation > t->indentation && !add_hint(lx, PL_T_END, line, lx->indentation)) {
            return false;
        }
        lx->nterms--;
        return true;
    }
    if (term_close_of(t->kind) == close) {
        lx->nterms--;
        return true;
    }
    missing_hint(lx, t->kind, hint, sizeof hint);
    pl_lex_fail(lx, line, column, "SyntaxError", "%s%s. The \"%s\" at line %d is missing terminator \"%s\"%s",
        close == PL_T_END ? "unexpected reserved word: " : "unexpected token: ", term_close_name(close),
        term_open_name(t->kind), t->line, term_close_name(term_close_of(t->kind)), hint);
    return false;
}

/* ---- Operators ---- */

typedef struct op_def {
    const char *text;
    uint8_t kind;
    uint8_t how; /* 0 handle_op, 1 handle_unary_op, 2 plain push, 3 terminator-like */
} op_def;

/* Longest first, in the tokenizer's clause order. */
static const op_def ops[] = {
    { "~~~", PL_T_UNARY_OP, 1 }, { "===", PL_T_COMP_OP, 0 }, { "!==", PL_T_COMP_OP, 0 },
    { "&&&", PL_T_AND_OP, 0 }, { "|||", PL_T_OR_OP, 0 }, { "^^^", PL_T_XOR_OP, 0 },
    { "+++", PL_T_CONCAT_OP, 0 }, { "---", PL_T_CONCAT_OP, 0 },
    { "<<<", PL_T_ARROW_OP, 0 }, { ">>>", PL_T_ARROW_OP, 0 }, { "~>>", PL_T_ARROW_OP, 0 },
    { "<<~", PL_T_ARROW_OP, 0 }, { "<~>", PL_T_ARROW_OP, 0 }, { "<|>", PL_T_ARROW_OP, 0 },
    { "//", PL_T_TERNARY_OP, 2 }, { "**", PL_T_POWER_OP, 0 }, { "..", PL_T_RANGE_OP, 0 },
    { "++", PL_T_CONCAT_OP, 0 }, { "--", PL_T_CONCAT_OP, 0 }, { "<>", PL_T_CONCAT_OP, 0 },
    { "|>", PL_T_ARROW_OP, 0 }, { "~>", PL_T_ARROW_OP, 0 }, { "<~", PL_T_ARROW_OP, 0 },
    { "==", PL_T_COMP_OP, 0 }, { "=~", PL_T_COMP_OP, 0 }, { "!=", PL_T_COMP_OP, 0 },
    { "<=", PL_T_REL_OP, 0 }, { ">=", PL_T_REL_OP, 0 }, { "&&", PL_T_AND_OP, 0 },
    { "||", PL_T_OR_OP, 0 }, { "<-", PL_T_IN_MATCH_OP, 0 }, { "\\\\", PL_T_IN_MATCH_OP, 0 },
    { "::", PL_T_TYPE_OP, 0 }, { "->", PL_T_STAB_OP, 0 },
};

/* Atoms that may follow `:` unquoted, and call names that may follow `.`. */
static const char *const op_atoms3[] = { "~~~", "===", "!==", "&&&", "|||", "<<<", ">>>", "~>>",
    "<<~", "<~>", "<|>", "^^^", "+++", "---" };
static const char *const op_atoms2[] = { "==", "=~", "!=", "<=", ">=", "&&", "||", "|>", "~>",
    "<~", "<-", "\\\\", "++", "--", "<>", "**", "->", "..", "::" };
static const char op_atoms1[] = "@!^&+-*/<>=|.";

static size_t match_op_atom(const pl_lexer *lx, size_t off, bool for_dot)
{
    for (size_t i = 0; i < sizeof op_atoms3 / sizeof op_atoms3[0]; i++) {
        if (lx->pos + off + 3 <= lx->len && memcmp(lx->src + lx->pos + off, op_atoms3[i], 3) == 0) {
            return 3;
        }
    }
    for (size_t i = 0; i < sizeof op_atoms2 / sizeof op_atoms2[0]; i++) {
        /* `.->` is not a call, and `:::` is not the atom :: here */
        bool skip = for_dot ? strcmp(op_atoms2[i], "->") == 0 : strcmp(op_atoms2[i], "::") == 0;
        if (!skip && lx->pos + off + 2 <= lx->len && memcmp(lx->src + lx->pos + off, op_atoms2[i], 2) == 0) {
            return 2;
        }
    }
    int c = at(lx, off);
    if (c > 0 && strchr(op_atoms1, c) && (c != '.' || !for_dot)) {
        return 1;
    }
    return 0;
}

/* `+:` followed by space is a keyword key; `+/` (after spaces) names the operator for a
 * capture; anything else is the operator itself. */
static bool handle_op(pl_lexer *lx, uint32_t stream, int kind, size_t len, bool unary)
{
    int line = lx->line, column = lx->column;
    pl_term atom = pl_lex_atom(lx, lx->src + lx->pos, len);
    if (atom == PL_NONE) {
        return false;
    }
    pl_token *t;
    if (at(lx, len) == ':' && is_space_or_nl(at(lx, len + 1))) {
        if (!(t = pl_lex_push(lx, stream, PL_T_KW_IDENT, line, column))) {
            return false;
        }
        t->value = atom;
        adv(lx, len + 1);
        return true;
    }
    size_t sp = hspace(lx, len);
    int count = previous_was_eol(lx, stream);
    if (at(lx, len + sp) == '/') {
        t = pl_lex_push(lx, stream, PL_T_IDENT, line, column);
    } else if (unary) {
        t = pl_lex_push(lx, stream, kind, line, column);
    } else {
        t = pl_lex_push_eol(lx, stream, kind, line, column);
    }
    if (!t) {
        return false;
    }
    t->value = atom;
    t->count = unary ? 0 : count;
    adv(lx, len + sp);
    return true;
}

static bool push_simple(pl_lexer *lx, uint32_t stream, int kind, size_t len, const char *atom)
{
    pl_token *t = pl_lex_push(lx, stream, kind, lx->line, lx->column);
    if (!t) {
        return false;
    }
    if (atom && (t->value = pl_lex_atom(lx, atom, strlen(atom))) == PL_NONE) {
        return false;
    }
    adv(lx, len);
    return true;
}

/* ---- Atoms, dots, newlines ---- */

static bool tokenize_colon(pl_lexer *lx, uint32_t stream)
{
    int c = at(lx, 1);
    if (c == '"' || c == '\'') {
        return pl_lex_quoted_atom(lx, stream, (char)c, lx->line, lx->column);
    }
    static const char *const specials[] = { "...", "<<>>", "%{}", "%", "{}", "..//" };
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        size_t n = strlen(specials[i]);
        if (lx->pos + 1 + n <= lx->len && memcmp(lx->src + lx->pos + 1, specials[i], n) == 0) {
            pl_term a = pl_lex_atom(lx, specials[i], n);
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
            if (t) {
                t->value = a;
                adv(lx, n + 1);
            }
            return t != NULL;
        }
    }
    size_t n = match_op_atom(lx, 1, false);
    if (n == 0 && at(lx, 1) == ':' && at(lx, 2) == ':') {
        n = 2; /* ::: is :: with a warning */
    }
    if (n > 0) {
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos + 1, n);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
        if (t) {
            t->value = a;
            adv(lx, n + 1);
        }
        return t != NULL;
    }
    if (pl_lex_ident_start(lx, 1)) {
        bool has_at, punct;
        int cols;
        size_t len = pl_lex_scan_ident(lx, 1, &has_at, &punct, &cols);
        if (len > 255) {
            pl_lex_fail(lx, lx->line, lx->column, "SyntaxError", "atom length must be less than system limit: %.*s", (int)len, lx->src + lx->pos + 1);
            return false;
        }
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos + 1, len);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
        if (t) {
            t->value = a;
            lx->pos += len + 1;
            lx->column += cols + 1;
        }
        return t != NULL;
    }
    pl_lex_unexpected(lx);
    return false;
}

/* Newlines merge into a preceding , ; or eol, as the tokenizer's eol/3 does. */
static bool tokenize_eol(pl_lexer *lx, uint32_t stream, size_t nl_len, bool make_token)
{
    if (make_token) {
        pl_token *t = top(lx, stream);
        if (t && (t->kind == PL_T_COMMA || t->kind == PL_T_SEMI || t->kind == PL_T_EOL)) {
            t->count++;
        } else {
            t = pl_lex_push(lx, stream, PL_T_EOL, lx->line, lx->column);
            if (!t) {
                return false;
            }
            t->count = 1;
        }
    }
    lx->pos += nl_len;
    size_t sp = hspace(lx, 0);
    lx->pos += sp;
    lx->indentation = (int)sp;
    lx->line++;
    lx->column = (int)sp + 1;
    return true;
}

static bool skip_comment(pl_lexer *lx)
{
    while (lx->pos < lx->len && lx->src[lx->pos] != '\n' && !starts(lx, "\r\n")) {
        uint32_t cp;
        int n = pl_lex_utf8(lx, lx->pos, &cp);
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            pl_lex_fail(lx, lx->line, lx->column, "SyntaxError", "invalid bidirectional formatting character in comment: \\u%04X", cp);
            return false;
        }
        lx->pos += (size_t)n;
    }
    return true;
}

static bool tokenize_dot(pl_lexer *lx, uint32_t stream)
{
    int dline = lx->line, dcol = lx->column;
    adv(lx, 1);
    for (;;) {
        adv(lx, hspace(lx, 0));
        if (at(lx, 0) == '#') {
            if (!skip_comment(lx)) {
                return false;
            }
            lx->column = 1;
        } else if (at(lx, 0) == '\n' || starts(lx, "\r\n")) {
            lx->pos += at(lx, 0) == '\n' ? 1 : 2;
            lx->line++;
            lx->column = 1;
        } else {
            break;
        }
    }
    size_t n = match_op_atom(lx, 0, true);
    if (n > 0) {
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos, n);
        if (a == PL_NONE || !pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol)) {
            return false;
        }
        pl_token *t = pl_lex_call_ident(lx, stream, a, lx->line, lx->column, n);
        adv(lx, n);
        return t != NULL;
    }
    if (at(lx, 0) == '(') {
        return pl_lex_push_eol(lx, stream, PL_T_DOT_CALL, dline, dcol) != NULL;
    }
    if (at(lx, 0) == '"' || at(lx, 0) == '\'') {
        if (!pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol)) {
            return false;
        }
        return pl_lex_dot_string(lx, stream, (char)at(lx, 0), lx->line, lx->column);
    }
    return pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol) != NULL;
}

/* `foo -1` (space before the sign, none after) makes foo an op_identifier call. */
static bool space_sensitive(pl_lexer *lx, uint32_t stream)
{
    int sign = at(lx, 0), nm = at(lx, 1);
    pl_token *t = top(lx, stream);
    if ((sign == '+' || sign == '-') && nm >= 0 && !is_space_or_nl(nm) && !strchr("([<{%+-/>:", nm)
        && t && t->kind == PL_T_IDENT) {
        t->kind = PL_T_OP_IDENT;
        return push_simple(lx, stream, PL_T_DUAL_OP, 1, sign == '+' ? "+" : "-");
    }
    return true;
}

/* ---- The main loop ---- */

static bool open_term(pl_lexer *lx, uint32_t stream, int kind, size_t len)
{
    pl_token *prev = top(lx, stream);
    if (kind == PL_T_LPAREN && prev && prev->kind == PL_T_ALIAS) {
        const char *a = pl_atom_name(&lx->e->atoms, prev->value);
        pl_lex_fail(lx, lx->line, lx->column + 1, "SyntaxError",
            "unexpected ( after alias %s. Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\nUnexpected token: (", a);
        return false;
    }
    if (!pl_lex_push_term(lx, kind, lx->line)) {
        return false;
    }
    return push_simple(lx, stream, kind, len, NULL);
}

static bool close_term(pl_lexer *lx, uint32_t stream, int kind, size_t len, size_t base)
{
    int count = previous_was_eol(lx, stream);
    if (!pl_lex_pop_term(lx, kind, lx->line, lx->column, base)) {
        return false;
    }
    pl_token *t = pl_lex_push(lx, stream, kind, lx->line, lx->column);
    if (t) {
        t->count = count;
        adv(lx, len);
    }
    return t != NULL;
}

static bool kw_special(pl_lexer *lx, uint32_t stream)
{
    static const char *const names[] = { "...", "<<>>", "%{}", "%", "&", "{}", "..//", "." };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        if (starts(lx, names[i]) && kw_follows(lx, n)) {
            pl_term a = pl_lex_atom(lx, names[i], n);
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_KW_IDENT, lx->line, lx->column);
            if (t) {
                t->value = a;
                adv(lx, n + 1);
            }
            return t != NULL;
        }
    }
    return false;
}

static bool is_kw_special(const pl_lexer *lx)
{
    static const char *const names[] = { "...", "<<>>", "%{}", "%", "&", "{}", "..//", "." };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        if (starts(lx, names[i]) && kw_follows(lx, n)) {
            return true;
        }
    }
    return false;
}

static bool tokenize_punct(pl_lexer *lx, uint32_t stream, size_t base, bool interp, int *done)
{
    int c = at(lx, 0);
    switch (c) {
    case ',': {
        pl_token *t = pl_lex_push(lx, stream, PL_T_COMMA, lx->line, lx->column);
        adv(lx, 1);
        return t != NULL;
    }
    case '(': return open_term(lx, stream, PL_T_LPAREN, 1);
    case '[': return open_term(lx, stream, PL_T_LBRACK, 1);
    case '{': return open_term(lx, stream, PL_T_LCURLY, 1);
    case ')': return close_term(lx, stream, PL_T_RPAREN, 1, base);
    case ']': return close_term(lx, stream, PL_T_RBRACK, 1, base);
    case '}':
        if (lx->nterms == base && interp) {
            *done = 1;
            return true;
        }
        return close_term(lx, stream, PL_T_RCURLY, 1, base);
    default: break;
    }
    if (starts(lx, "<<")) {
        return open_term(lx, stream, PL_T_LBIT, 2);
    }
    if (starts(lx, ">>")) {
        return close_term(lx, stream, PL_T_RBIT, 2, base);
    }
    *done = -1; /* not punctuation */
    return true;
}

static bool tokenize_operator(pl_lexer *lx, uint32_t stream, bool *matched)
{
    *matched = true;
    if (starts(lx, "=>")) {
        int count = previous_was_eol(lx, stream);
        pl_term a = pl_lex_atom(lx, "=>", 2);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push_eol(lx, stream, PL_T_ASSOC_OP, lx->line, lx->column);
        if (t) {
            t->value = a;
            t->count = count;
            adv(lx, 2);
        }
        return t != NULL;
    }
    if (starts(lx, "..//")) {
        size_t sp = hspace(lx, 4);
        if (at(lx, 4 + sp) != '/') {
            adv(lx, 0);
            pl_lex_unexpected(lx);
            return false;
        }
        pl_term a = pl_lex_atom(lx, "..//", 4);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_IDENT, lx->line, lx->column);
        if (t) {
            t->value = a;
            adv(lx, 4 + sp);
        }
        return t != NULL;
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (i == 14 && (starts(lx, "<<") || starts(lx, ">>"))) {
            break; /* << and >> are terminators unless a 3-char operator matched */
        }
        if (!starts(lx, ops[i].text)) {
            continue;
        }
        size_t n = strlen(ops[i].text);
        if (ops[i].how == 2) { /* // is pushed as is */
            int count = previous_was_eol(lx, stream);
            pl_term a = pl_lex_atom(lx, "//", 2);
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push_eol(lx, stream, ops[i].kind, lx->line, lx->column);
            if (t) {
                t->value = a;
                t->count = count;
                adv(lx, n);
            }
            return t != NULL;
        }
        return handle_op(lx, stream, ops[i].kind, n, ops[i].how == 1);
    }
    int c = at(lx, 0);
    if (starts(lx, "<<") || starts(lx, ">>")) {
        *matched = false;
        return true;
    }
    switch (c) {
    case '&': {
        size_t sp = hspace(lx, 1);
        int kind = PL_T_CAPTURE_OP;
        if (at(lx, 1 + sp) == '/') {
            size_t sp2 = hspace(lx, 2 + sp);
            kind = at(lx, 2 + sp + sp2) == '/' ? PL_T_CAPTURE_OP : PL_T_IDENT;
        }
        return push_simple(lx, stream, kind, 1, "&");
    }
    case '@': return handle_op(lx, stream, PL_T_AT_OP, 1, true);
    case '!': case '^': return handle_op(lx, stream, PL_T_UNARY_OP, 1, true);
    case '<': case '>': return handle_op(lx, stream, PL_T_REL_OP, 1, false);
    case '+': case '-': return handle_op(lx, stream, PL_T_DUAL_OP, 1, true);
    case '*': case '/': return handle_op(lx, stream, PL_T_MULT_OP, 1, false);
    case '=': return handle_op(lx, stream, PL_T_MATCH_OP, 1, false);
    case '|': return handle_op(lx, stream, PL_T_PIPE_OP, 1, false);
    default: break;
    }
    *matched = false;
    return true;
}

static bool tokenize_misc(pl_lexer *lx, uint32_t stream, size_t base)
{
    int c = at(lx, 0);
    if (c == ' ' || c == '\t') {
        adv(lx, 1 + hspace(lx, 1));
        return space_sensitive(lx, stream);
    }
    if (c == ';') {
        pl_token *t = top(lx, stream);
        if (t && t->kind == PL_T_SEMI) {
            pl_lex_unexpected(lx);
            return false;
        }
        t = pl_lex_push(lx, stream, PL_T_SEMI, lx->line, lx->column);
        adv(lx, 1);
        return t != NULL;
    }
    if (c == '\\') {
        if (at(lx, 1) == '\n' || (at(lx, 1) == '\r' && at(lx, 2) == '\n')) {
            if (lx->pos + (at(lx, 1) == '\n' ? 2 : 3) >= lx->len) {
                pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError", "invalid escape \\ at end of file");
                return false;
            }
            return tokenize_eol(lx, stream, at(lx, 1) == '\n' ? 2 : 3, false);
        }
        if (at(lx, 1) < 0) {
            pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError", "invalid escape \\ at end of file");
            return false;
        }
    }
    if (c == '\n') {
        return tokenize_eol(lx, stream, 1, true);
    }
    if (c == '\r' && at(lx, 1) == '\n') {
        return tokenize_eol(lx, stream, 2, true);
    }
    if (c == '%') {
        if (at(lx, 1) == '(' || at(lx, 1) == '[') {
            pl_lex_fail(lx, lx->line, lx->column, "SyntaxError", "expected %%{ to define a map, got: %%%c", at(lx, 1));
            return false;
        }
        return push_simple(lx, stream, at(lx, 1) == '{' ? PL_T_MAP : PL_T_PERCENT, 1, NULL);
    }
    if (c == '.') {
        return tokenize_dot(lx, stream);
    }
    if (pl_lex_ident_start(lx, 0)) {
        return pl_lex_word(lx, stream, base);
    }
    pl_lex_unexpected(lx);
    return false;
}

static bool tokenize_prefix_forms(pl_lexer *lx, uint32_t stream, bool *matched)
{
    int c = at(lx, 0), c1 = at(lx, 1);
    *matched = true;
    if (c == '0' && ((c1 == 'x' && is_hex(at(lx, 2)))
                        || (c1 == 'b' && (at(lx, 2) == '0' || at(lx, 2) == '1'))
                        || (c1 == 'o' && at(lx, 2) >= '0' && at(lx, 2) <= '7'))) {
        return pl_lex_number(lx, stream);
    }
    if (c == '#') {
        return skip_comment(lx);
    }
    if (c == '~' && c1 >= 0 && (is_upper(c1) || (c1 >= 'a' && c1 <= 'z')) && at(lx, 2) >= 0) {
        return pl_lex_sigil(lx, stream, lx->line, lx->column);
    }
    if (c == '?' && c1 >= 0) {
        return pl_lex_char(lx, stream);
    }
    if (starts(lx, "\"\"\"") || starts(lx, "'''")) {
        return pl_lex_heredoc(lx, stream, (char)c, lx->line, lx->column);
    }
    if (c == '"' || c == '\'') {
        return pl_lex_string(lx, stream, (char)c, lx->line, lx->column);
    }
    if (is_kw_special(lx)) {
        return kw_special(lx, stream);
    }
    if (c == ':' && c1 >= 0 && c1 != ':') {
        return tokenize_colon(lx, stream);
    }
    if (c == ':' && starts(lx, ":::")) {
        return tokenize_colon(lx, stream);
    }
    if (starts(lx, "...")) {
        pl_term a = pl_lex_atom(lx, "...", 3);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_call_ident(lx, stream, a, lx->line, lx->column, 3);
        adv(lx, 3);
        return t != NULL;
    }
    *matched = false;
    return true;
}

bool pl_lex_tokenize(pl_lexer *lx, uint32_t stream, bool interp)
{
    size_t base = lx->nterms;
    if (++lx->depth > PL_LEX_MAX_DEPTH) {
        pl_lex_fail(lx, lx->line, lx->column, "SyntaxError", "too many nested interpolations");
        return false;
    }
    bool ok = true;
    while (ok && lx->pos < lx->len) {
        if (lx->column == 1 && starts(lx, "<<<<<<<")) {
            size_t n = 0;
            while (at(lx, n) >= 0 && at(lx, n) != '\n' && at(lx, n) != '\r') {
                n++;
            }
            pl_lex_fail(lx, lx->line, 1, "SyntaxError", "found an unexpected version control marker, please resolve the conflicts: %.*s", (int)n, lx->src + lx->pos);
            ok = false;
            break;
        }
        bool matched;
        ok = tokenize_prefix_forms(lx, stream, &matched);
        if (!ok || matched) {
            continue;
        }
        ok = tokenize_operator(lx, stream, &matched);
        if (!ok || matched) {
            continue;
        }
        int done = 0;
        ok = tokenize_punct(lx, stream, base, interp, &done);
        if (done == 1) {
            lx->depth--;
            return true; /* the `}` closing an interpolation */
        }
        if (!ok || done == 0) {
            continue;
        }
        if (at(lx, 0) >= '0' && at(lx, 0) <= '9') {
            ok = pl_lex_number(lx, stream);
            continue;
        }
        ok = tokenize_misc(lx, stream, base);
    }
    lx->depth--;
    if (!ok) {
        return false;
    }
    if (lx->nterms > base) {
        pl_lex_term *t = &lx->terms[lx->nterms - 1];
        char hint[200];
        missing_hint(lx, t->kind, hint, sizeof hint);
        pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError", "missing terminator: %s (for \"%s\" starting at line %d)%s",
            term_close_name(term_close_of(t->kind)), term_open_name(t->kind), t->line, hint);
        return false;
    }
    return !interp; /* an interpolation ran out of input; the caller reports it */
}

/* Elixir turns the source into a charlist first, so invalid UTF-8 (overlong forms,
 * surrogates, truncated sequences) fails before any token. Returns the bad offset. */
static size_t invalid_utf8(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        size_t n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (n == 0 || i + n > len) {
            return i;
        }
        uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1fu) : n == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xc0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (s[i + k] & 0x3fu);
        }
        static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += n;
    }
    return len;
}

static void encoding_error(pl_lexer *lx, size_t at_byte)
{
    char buf[256];
    size_t w = (size_t)snprintf(buf, sizeof buf, "invalid encoding starting at <<");
    for (size_t i = at_byte; i < lx->len && w < sizeof buf - 16; i++) {
        if (i - at_byte == 50) {
            w += (size_t)snprintf(buf + w, sizeof buf - w, "...");
            break;
        }
        w += (size_t)snprintf(buf + w, sizeof buf - w, "%s%u", i > at_byte ? ", " : "", (unsigned char)lx->src[i]);
    }
    snprintf(buf + w, sizeof buf - w, ">>");
    pl_lex_fail(lx, 0, 0, "UnicodeConversionError", "%s", buf);
}

bool pl_lex(pl_engine *e, const char *src, size_t len, pl_lexer *lx)
{
    memset(lx, 0, sizeof *lx);
    lx->e = e;
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->column = 1;
    size_t bad = invalid_utf8((const unsigned char *)src, len);
    if (bad < len) {
        encoding_error(lx, bad);
        return false;
    }
    pl_tok_stream *s = pl_lex_grow(lx, NULL, &lx->cap_streams, 0, sizeof *s);
    if (!s) {
        return false;
    }
    lx->streams = s;
    memset(&lx->streams[0], 0, sizeof lx->streams[0]);
    lx->nstreams = 1;
    if (!pl_lex_tokenize(lx, 0, false)) {
        return false;
    }
    return pl_lex_push(lx, 0, PL_T_EOF, lx->line, lx->column) != NULL;
}

static void free_token(pl_engine *e, pl_token *t)
{
    pl_release(e, t->value);
    pl_release(e, t->modifiers);
    pl_release(e, t->delimiter);
}

void pl_lex_free(pl_lexer *lx)
{
    pl_alloc *a = &lx->e->alloc;
    for (size_t i = 0; i < lx->nstreams; i++) {
        pl_tok_stream *s = &lx->streams[i];
        for (size_t j = 0; j < s->n; j++) {
            free_token(lx->e, &s->toks[j]);
        }
        pl_alloc_put(a, s->toks, s->cap * sizeof *s->toks);
    }
    for (size_t i = 0; i < lx->nparts; i++) {
        pl_release(lx->e, lx->parts[i].bin);
    }
    pl_alloc_put(a, lx->streams, lx->cap_streams * sizeof *lx->streams);
    pl_alloc_put(a, lx->parts, lx->cap_parts * sizeof *lx->parts);
    pl_alloc_put(a, lx->terms, lx->cap_terms * sizeof *lx->terms);
    pl_alloc_put(a, lx->hints, lx->cap_hints * sizeof *lx->hints);
    lx->streams = NULL;
    lx->parts = NULL;
    lx->terms = NULL;
    lx->hints = NULL;
    lx->nstreams = lx->nparts = lx->nterms = lx->nhints = 0;
}
