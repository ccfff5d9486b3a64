/* Lexer main loop: buffers and errors, newlines and comments, and the choice of
 * clause for the next character in the order of Elixir 1.14's elixir_tokenizer.erl
 * (operators, `:` atoms and `.` calls live in lexer_op.c, terminators in
 * lexer_term.c, identifiers and keywords in lexer_word.c, strings in lexer_str.c,
 * escapes in lexer_esc.c, numbers and chars in lexer_num.c). Token classification
 * depends on neighbours exactly as there. */
#include <stdarg.h>
#include <stdio.h>
#include "lexer_int.h"
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

bool pl_lex_push_simple(pl_lexer *lx, uint32_t stream, int kind, size_t len, const char *atom)
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

/* ---- Newlines, comments, spaces ---- */

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

bool pl_lex_skip_comment(pl_lexer *lx)
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

/* `foo -1` (space before the sign, none after) makes foo an op_identifier call. */
static bool space_sensitive(pl_lexer *lx, uint32_t stream)
{
    int sign = at(lx, 0), nm = at(lx, 1);
    pl_token *t = top(lx, stream);
    if ((sign == '+' || sign == '-') && nm >= 0 && !is_space_or_nl(nm) && !strchr("([<{%+-/>:", nm)
        && t && t->kind == PL_T_IDENT) {
        t->kind = PL_T_OP_IDENT;
        return pl_lex_push_simple(lx, stream, PL_T_DUAL_OP, 1, sign == '+' ? "+" : "-");
    }
    return true;
}

/* ---- The main loop ---- */

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
    case '(': return pl_lex_open_term(lx, stream, PL_T_LPAREN, 1);
    case '[': return pl_lex_open_term(lx, stream, PL_T_LBRACK, 1);
    case '{': return pl_lex_open_term(lx, stream, PL_T_LCURLY, 1);
    case ')': return pl_lex_close_term(lx, stream, PL_T_RPAREN, 1, base);
    case ']': return pl_lex_close_term(lx, stream, PL_T_RBRACK, 1, base);
    case '}':
        if (lx->nterms == base && interp) {
            *done = 1;
            return true;
        }
        return pl_lex_close_term(lx, stream, PL_T_RCURLY, 1, base);
    default: break;
    }
    if (starts(lx, "<<")) {
        return pl_lex_open_term(lx, stream, PL_T_LBIT, 2);
    }
    if (starts(lx, ">>")) {
        return pl_lex_close_term(lx, stream, PL_T_RBIT, 2, base);
    }
    *done = -1; /* not punctuation */
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
        return pl_lex_push_simple(lx, stream, at(lx, 1) == '{' ? PL_T_MAP : PL_T_PERCENT, 1, NULL);
    }
    if (c == '.') {
        return pl_lex_dot(lx, stream);
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
        return pl_lex_skip_comment(lx);
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
        return pl_lex_colon(lx, stream);
    }
    if (c == ':' && starts(lx, ":::")) {
        return pl_lex_colon(lx, stream);
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
        ok = pl_lex_operator(lx, stream, &matched);
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
        pl_lex_missing_terminator(lx);
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
