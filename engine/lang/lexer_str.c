/* Lexer: strings, heredocs, quoted atoms and calls, and sigils. A port of
 * elixir_interpolation.erl's extract; interpolations are tokenized into streams of
 * their own. Escapes are undone in lexer_esc.c, numbers and chars are in lexer_num.c. */
#include <stdio.h>
#include "lexer_int.h"
#include "../engine.h"

/* ---- Extraction buffers ---- */

typedef struct raw_part {
    size_t off, len;  /* bytes in the extraction buffer, for literal parts */
    bool interp;
    uint32_t stream;
    int line, column;
} raw_part;

typedef struct extract {
    pl_lexer *lx;
    char *buf;
    size_t len, cap;
    size_t part_start;   /* where the literal being collected begins in buf */
    raw_part *parts;
    size_t nparts, cap_parts;
    bool interpol, heredoc;
    char last;           /* the closing character (or the heredoc quote) */
    const char *what;    /* "string", "sigil ~s\"", ... for error messages */
    int start_line;
} extract;

static bool buf_put(extract *x, const char *s, size_t n)
{
    while (x->len + n > x->cap) {
        char *nb = pl_lex_grow(x->lx, x->buf, &x->cap, x->cap, 1);
        if (!nb) {
            return false;
        }
        x->buf = nb;
    }
    memcpy(x->buf + x->len, s, n);
    x->len += n;
    return true;
}

static raw_part *add_part(extract *x)
{
    raw_part *p = pl_lex_grow(x->lx, x->parts, &x->cap_parts, x->nparts, sizeof *p);
    if (!p) {
        return NULL;
    }
    x->parts = p;
    p = &x->parts[x->nparts++];
    memset(p, 0, sizeof *p);
    return p;
}

/* Ends the literal being collected, if it has any bytes (build_string/2). */
static bool flush_literal(extract *x)
{
    if (x->len == x->part_start) {
        return true;
    }
    raw_part *p = add_part(x);
    if (!p) {
        return false;
    }
    p->off = x->part_start;
    p->len = x->len - x->part_start;
    x->part_start = x->len;
    return true;
}

static void extract_free(extract *x)
{
    pl_alloc_put(&x->lx->e->alloc, x->buf, x->cap);
    pl_alloc_put(&x->lx->e->alloc, x->parts, x->cap_parts * sizeof *x->parts);
}

static int cur(const pl_lexer *lx, size_t off)
{
    return lx->pos + off < lx->len ? (unsigned char)lx->src[lx->pos + off] : -1;
}

/* ---- extract/6 ---- */

static bool interpolation(extract *x)
{
    pl_lexer *lx = x->lx;
    int line = lx->line, column = lx->column;
    if (!flush_literal(x)) {
        return false;
    }
    pl_tok_stream *s = pl_lex_grow(lx, lx->streams, &lx->cap_streams, lx->nstreams, sizeof *s);
    if (!s) {
        return false;
    }
    lx->streams = s;
    uint32_t stream = (uint32_t)lx->nstreams++;
    memset(&lx->streams[stream], 0, sizeof lx->streams[stream]);
    lx->pos += 2;
    lx->column += 2;
    int indentation = lx->indentation;
    size_t nhints = lx->nhints;
    if (!pl_lex_tokenize(lx, stream, true)) {
        if (!lx->failed) {
            pl_lex_fail(lx, line, column, "TokenMissingError",
                "missing interpolation terminator: \"}\" (for %s starting at line %d)", x->what, x->start_line);
        }
        return false;
    }
    lx->indentation = indentation;
    lx->nhints = nhints;
    if (!pl_lex_push(lx, stream, PL_T_EOF, lx->line, lx->column)) {
        return false;
    }
    raw_part *p = add_part(x);
    if (!p) {
        return false;
    }
    p->interp = true;
    p->stream = stream;
    p->line = line;
    p->column = column;
    lx->pos++; /* the } */
    lx->column++;
    return true;
}

/* After a newline: a heredoc may end on this line with only whitespace before it. */
static bool extract_nl(extract *x, bool *finished)
{
    pl_lexer *lx = x->lx;
    lx->line++;
    lx->column = 1;
    if (!x->heredoc) {
        return true;
    }
    size_t sp = 0;
    while (cur(lx, sp) == ' ' || cur(lx, sp) == '\t') {
        sp++;
    }
    if (cur(lx, sp) == x->last && cur(lx, sp + 1) == x->last && cur(lx, sp + 2) == x->last) {
        lx->pos += sp + 3;
        lx->column = (int)sp + 4;
        *finished = true;
        return true;
    }
    if (!buf_put(x, lx->src + lx->pos, sp)) {
        return false;
    }
    lx->pos += sp;
    lx->column = (int)sp + 1;
    return true;
}

static bool put_char(extract *x)
{
    pl_lexer *lx = x->lx;
    uint32_t cp;
    int n = pl_lex_utf8(lx, lx->pos, &cp);
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        pl_lex_fail(lx, lx->line, lx->column, "SyntaxError",
            "invalid bidirectional formatting character in string: \\u%04X. If you want to use such character, use it in its escaped \\u%04X form instead", cp, cp);
        return false;
    }
    if (!buf_put(x, lx->src + lx->pos, (size_t)n)) {
        return false;
    }
    lx->pos += (size_t)n;
    lx->column++;
    return true;
}

/* One step of extract/8; sets [finished] when the closing delimiter was consumed. */
static bool extract_step(extract *x, bool *finished)
{
    pl_lexer *lx = x->lx;
    int c = cur(lx, 0), c1 = cur(lx, 1);
    char q[3] = { x->last, x->last, x->last };
    if (!x->heredoc && c == x->last) {
        lx->pos++;
        lx->column++;
        *finished = true;
        return true;
    }
    if (c == '\\' && c1 == '\r' && cur(lx, 2) == '\n') {
        lx->pos += 3;
        return buf_put(x, "\\\r\n", 3) && extract_nl(x, finished);
    }
    if (c == '\\' && c1 == '\n') {
        lx->pos += 2;
        return buf_put(x, "\\\n", 2) && extract_nl(x, finished);
    }
    if (c == '\n') {
        lx->pos++;
        return buf_put(x, "\n", 1) && extract_nl(x, finished);
    }
    if (c == '\\' && !x->heredoc && c1 == x->last) {
        lx->pos += 2;
        lx->column += 2;
        return buf_put(x, q, 1);
    }
    if (c == '\\' && x->heredoc && c1 == x->last && cur(lx, 2) == x->last && cur(lx, 3) == x->last) {
        lx->pos += 4;
        lx->column += 4;
        return buf_put(x, q, 3);
    }
    if (c == '\\' && c1 == '#' && cur(lx, 2) == '{' && x->interpol) {
        lx->pos += 3;
        lx->column += 1; /* sic: elixir_interpolation advances one column here */
        return buf_put(x, "\\#{", 3);
    }
    if (c == '#' && c1 == '{' && x->interpol) {
        return interpolation(x);
    }
    if (c == '\\') {
        lx->pos++;
        lx->column++;
        if (!buf_put(x, "\\", 1)) {
            return false;
        }
        return lx->pos < lx->len ? put_char(x) : true;
    }
    return put_char(x);
}

static bool run_extract(extract *x)
{
    pl_lexer *lx = x->lx;
    bool finished = false;
    while (!finished) {
        if (lx->pos >= lx->len) {
            if (x->heredoc) {
                pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError",
                    "missing terminator: %c%c%c (for %s starting at line %d)", x->last, x->last, x->last, x->what, x->start_line);
            } else {
                pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError",
                    "missing terminator: %c (for %s starting at line %d)", x->last, x->what, x->start_line);
            }
            return false;
        }
        if (!extract_step(x, &finished)) {
            return false;
        }
    }
    if (!flush_literal(x)) {
        return false;
    }
    if (x->nparts == 0) {
        raw_part *p = add_part(x); /* finish_extraction's [[]] */
        if (!p) {
            return false;
        }
        p->off = x->len;
    }
    return true;
}

/* ---- Heredoc indentation (extract_heredoc_indent) ---- */

static void strip_heredoc(extract *x, int indent)
{
    for (size_t i = 0; i < x->nparts; i++) {
        raw_part *p = &x->parts[i];
        if (p->interp) {
            continue;
        }
        char *s = x->buf + p->off;
        size_t w = 0;
        for (size_t r = 0; r < p->len;) {
            char c = s[r++];
            s[w++] = c;
            if (c != '\n') {
                continue;
            }
            for (int k = 0; k < indent && r < p->len && (s[r] == ' ' || s[r] == '\t'); k++) {
                r++;
            }
        }
        p->len = w;
    }
    if (x->nparts > 0 && !x->parts[0].interp && x->parts[0].len > 0) {
        x->parts[0].off++;
        x->parts[0].len--;
    }
}

/* ---- Publishing parts to the lexer ---- */

static bool publish(extract *x, pl_token *t, bool do_unescape, int eline, int ecol)
{
    pl_lexer *lx = x->lx;
    size_t first = lx->nparts;
    for (size_t i = 0; i < x->nparts; i++) {
        raw_part *r = &x->parts[i];
        pl_str_part *p = pl_lex_grow(lx, lx->parts, &lx->cap_parts, lx->nparts, sizeof *p);
        if (!p) {
            return false;
        }
        lx->parts = p;
        p = &lx->parts[lx->nparts];
        memset(p, 0, sizeof *p);
        p->bin = PL_NONE;
        if (r->interp) {
            p->stream = r->stream;
            p->line = r->line;
            p->column = r->column;
        } else {
            if (do_unescape && !pl_lex_unescape(lx, x->buf + r->off, &r->len, eline, ecol)) {
                return false;
            }
            if ((p->bin = pl_bin_new(lx->e, x->buf + r->off, r->len)) == PL_NONE) {
                lx->oom = true;
                pl_lex_fail(lx, lx->line, lx->column, "SystemLimitError", "out of memory while parsing");
                return false;
            }
        }
        lx->nparts++;
    }
    t->part = (uint32_t)first;
    t->nparts = (uint32_t)(lx->nparts - first);
    return true;
}

static void extract_init(extract *x, pl_lexer *lx, bool interpol, char last, const char *what, int line)
{
    memset(x, 0, sizeof *x);
    x->lx = lx;
    x->interpol = interpol;
    x->last = last;
    x->what = what;
    x->start_line = line;
    /* Give the buffer a home at once: empty literals then point into it, never
     * at NULL + 0 (undefined behaviour, which UBSan reports). */
    if (buf_put(x, "", 1)) {
        x->len = 0;
    }
}

static bool single_literal(const extract *x) { return x->nparts == 1 && !x->parts[0].interp; }

/* ---- Strings, keyword strings, quoted atoms and calls ---- */

bool pl_lex_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column)
{
    extract x;
    extract_init(&x, lx, true, quote, "string", line);
    lx->pos++;
    lx->column++;
    bool ok = run_extract(&x);
    bool kw = ok && cur(lx, 0) == ':' && (cur(lx, 1) == ' ' || cur(lx, 1) == '\t' || cur(lx, 1) == '\r' || cur(lx, 1) == '\n');
    if (ok && kw) {
        for (size_t i = 0; i < x.nparts; i++) {
            if (!x.parts[i].interp && !pl_lex_unescape(lx, x.buf + x.parts[i].off, &x.parts[i].len, line, column + 1)) {
                ok = false;
                break;
            }
        }
        if (ok && single_literal(&x)) {
            pl_term a = PL_NONE;
            if (x.parts[0].len > 255) {
                pl_lex_fail(lx, line, column, "SyntaxError", "atom length must be less than system limit: %.*s", (int)x.parts[0].len, x.buf + x.parts[0].off);
            } else {
                a = pl_lex_atom(lx, x.buf + x.parts[0].off, x.parts[0].len);
            }
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_KW_IDENT, line, column);
            ok = t != NULL;
            if (t) {
                t->value = a;
            }
        } else if (ok) {
            pl_token *t = pl_lex_push(lx, stream, PL_T_KW_IDENT_UNSAFE, line, column);
            ok = t && publish(&x, t, false, line, column + 1);
        }
        if (ok) {
            lx->pos++;
            lx->column++;
        }
    } else if (ok) {
        pl_token *t = pl_lex_push(lx, stream, quote == '"' ? PL_T_BIN_STRING : PL_T_LIST_STRING, line, column);
        ok = t && publish(&x, t, true, line, column + 1);
    }
    extract_free(&x);
    return ok;
}

bool pl_lex_quoted_atom(pl_lexer *lx, uint32_t stream, char quote, int line, int column)
{
    extract x;
    extract_init(&x, lx, true, quote, "atom", line);
    lx->pos += 2;
    lx->column += 2;
    bool ok = run_extract(&x);
    for (size_t i = 0; ok && i < x.nparts; i++) {
        if (!x.parts[i].interp) {
            ok = pl_lex_unescape(lx, x.buf + x.parts[i].off, &x.parts[i].len, line, column);
        }
    }
    if (ok && single_literal(&x)) {
        pl_term a = PL_NONE;
        if (x.parts[0].len > 255) {
            pl_lex_fail(lx, line, column, "SyntaxError", "atom length must be less than system limit: %.*s", (int)x.parts[0].len, x.buf + x.parts[0].off);
        } else {
            a = pl_lex_atom(lx, x.buf + x.parts[0].off, x.parts[0].len);
        }
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM_QUOTED, line, column);
        ok = t != NULL;
        if (t) {
            t->value = a;
        }
    } else if (ok) {
        pl_token *t = pl_lex_push(lx, stream, PL_T_ATOM_UNSAFE, line, column);
        ok = t && publish(&x, t, false, line, column);
    }
    extract_free(&x);
    return ok;
}

bool pl_lex_dot_string(pl_lexer *lx, uint32_t stream, char quote, int line, int column)
{
    extract x;
    extract_init(&x, lx, true, quote, "function name", line);
    lx->pos++;
    lx->column++;
    bool ok = run_extract(&x);
    if (ok && !single_literal(&x)) {
        pl_lex_fail(lx, line, column, "SyntaxError", "interpolation is not allowed when calling function/macro. Found interpolation in a call starting with: %c", quote);
        ok = false;
    }
    if (ok) {
        pl_term a = pl_lex_atom(lx, x.buf + x.parts[0].off, x.parts[0].len);
        int c = cur(lx, 0);
        int kind = c == '(' ? PL_T_PAREN_IDENT : c == '[' ? PL_T_BRACKET_IDENT : PL_T_IDENT;
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, kind, line, column);
        ok = t != NULL;
        if (t) {
            t->value = a;
        }
    }
    extract_free(&x);
    return ok;
}

/* ---- Heredocs and sigils ---- */

/* After the opening quotes only whitespace may follow on the line. */
static bool heredoc_header(pl_lexer *lx, char quote, int line, int column)
{
    size_t k = 3;
    while (cur(lx, k) == ' ' || cur(lx, k) == '\t') {
        k++;
    }
    if (cur(lx, k) == '\n' || (cur(lx, k) == '\r' && cur(lx, k + 1) == '\n')) {
        lx->pos += k + (cur(lx, k) == '\n' ? 1 : 2);
        return true;
    }
    pl_lex_fail(lx, line, column, "SyntaxError", "heredoc allows only zero or more whitespace characters followed by a new line after %c%c%c", quote, quote, quote);
    return false;
}

static bool run_heredoc(extract *x, int *indent)
{
    pl_lexer *lx = x->lx;
    bool finished = false;
    x->heredoc = true;
    if (!buf_put(x, "\n", 1) || !extract_nl(x, &finished)) {
        return false;
    }
    if (!finished && !run_extract(x)) {
        return false;
    }
    if (finished && (!flush_literal(x) || (x->nparts == 0 && !add_part(x)))) {
        return false;
    }
    *indent = lx->column - 4;
    strip_heredoc(x, *indent);
    return true;
}

bool pl_lex_heredoc(pl_lexer *lx, uint32_t stream, char quote, int line, int column)
{
    if (!heredoc_header(lx, quote, line, column)) {
        return false;
    }
    extract x;
    extract_init(&x, lx, true, quote, "heredoc", line);
    int indent;
    bool ok = run_heredoc(&x, &indent);
    if (ok) {
        pl_token *t = pl_lex_push(lx, stream, quote == '"' ? PL_T_BIN_HEREDOC : PL_T_LIST_HEREDOC, line, column);
        ok = t && publish(&x, t, true, line, column);
        if (ok) {
            lx->streams[stream].toks[lx->streams[stream].n - 1].indentation = indent;
        }
    }
    extract_free(&x);
    return ok;
}

static char sigil_terminator(char c)
{
    switch (c) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    default: return c;
    }
}

static bool sigil_token(pl_lexer *lx, uint32_t stream, extract *x, int line, int column, char letter, const char *delim, int indent)
{
    size_t m = 0;
    while (cur(lx, m) >= 0 && ((cur(lx, m) >= 'a' && cur(lx, m) <= 'z') || (cur(lx, m) >= 'A' && cur(lx, m) <= 'Z') || (cur(lx, m) >= '0' && cur(lx, m) <= '9'))) {
        m++;
    }
    char name[8] = "sigil_";
    name[6] = letter;
    pl_term a = pl_lex_atom(lx, name, 7);
    pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_SIGIL, line, column);
    if (!t) {
        return false;
    }
    t->value = a;
    t->indentation = indent;
    pl_term mods = PL_NIL;
    for (size_t i = m; i-- > 0;) {
        mods = pl_cons_new(lx->e, pl_small((unsigned char)lx->src[lx->pos + i]), mods);
        if (mods == PL_NONE) {
            break;
        }
    }
    t->modifiers = mods;
    t->delimiter = pl_bin_new(lx->e, delim, strlen(delim));
    if (mods == PL_NONE || t->delimiter == PL_NONE) {
        lx->oom = true;
        pl_lex_fail(lx, line, column, "SystemLimitError", "out of memory while parsing");
        return false;
    }
    lx->pos += m;
    lx->column += (int)m;
    return publish(x, &lx->streams[stream].toks[lx->streams[stream].n - 1], false, line, column);
}

bool pl_lex_sigil(pl_lexer *lx, uint32_t stream, int line, int column)
{
    char letter = (char)cur(lx, 1), h = (char)cur(lx, 2);
    bool lower = letter >= 'a' && letter <= 'z';
    extract x;
    char what[32];
    snprintf(what, sizeof what, "sigil ~%c%c", letter, h);
    if ((h == '"' || h == '\'') && cur(lx, 3) == h && cur(lx, 4) == h) {
        lx->pos += 2;
        lx->column += 2;
        if (!heredoc_header(lx, h, line, column)) {
            return false;
        }
        extract_init(&x, lx, lower, h, "heredoc", line);
        int indent;
        char delim[4] = { h, h, h, 0 };
        bool ok = run_heredoc(&x, &indent) && sigil_token(lx, stream, &x, line, column, letter, delim, indent);
        extract_free(&x);
        return ok;
    }
    if (!strchr("/<\"'[({|", h) || h == 0) {
        uint32_t cp;
        int n = pl_lex_utf8(lx, lx->pos + 2, &cp);
        pl_lex_fail(lx, line, column, "SyntaxError",
            "invalid sigil delimiter: \"%.*s\" (column %d, code point U+%04X). The available delimiters are: //, ||, \"\", '', (), [], {}, <>",
            n, lx->src + lx->pos + 2, column + 2, cp);
        return false;
    }
    extract_init(&x, lx, lower, sigil_terminator(h), what, line);
    lx->pos += 3;
    lx->column += 3;
    char delim[2] = { h, 0 };
    bool ok = run_extract(&x) && sigil_token(lx, stream, &x, line, column, letter, delim, -1);
    extract_free(&x);
    return ok;
}
