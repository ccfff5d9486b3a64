/* Lexer: ?c char literals and numbers (decimal, 0x / 0o / 0b, floats with
 * exponents, `_` separators), as the char and number clauses of Elixir 1.14's
 * elixir_tokenizer.erl read them. Integers of any size become bignums. */
#include <stdlib.h>
#include "lexer_int.h"
#include "../engine.h"

/* ---- Chars and numbers ---- */

bool pl_lex_char(pl_lexer *lx, uint32_t stream)
{
    int line = lx->line, column = lx->column;
    uint32_t cp;
    size_t start = lx->pos;
    if (at(lx, 1) == '\\' && at(lx, 2) >= 0) {
        int n = pl_lex_utf8(lx, lx->pos + 2, &cp);
        if (cp < 128) {
            cp = (unsigned char)pl_lex_unescape_char((char)cp);
        }
        lx->pos += 2 + (size_t)n;
        lx->column += 3;
    } else {
        int n = pl_lex_utf8(lx, lx->pos + 1, &cp);
        lx->pos += 1 + (size_t)n;
        lx->column += 2;
    }
    pl_token *t = pl_lex_push(lx, stream, PL_T_CHAR, line, column);
    if (t) {
        t->value = pl_small(cp);
        t->src = (uint32_t)start;
        t->srclen = (uint32_t)(lx->pos - start);
    }
    return t != NULL;
}

static bool digit_in(int c, int base)
{
    if (base == 16) {
        return is_hex(c);
    }
    return c >= '0' && c < '0' + base;
}

/* Scans digits with `_` separators (each `_` must be followed by a digit). */
static size_t scan_digits(const pl_lexer *lx, size_t off, int base)
{
    size_t n = off;
    for (;;) {
        if (digit_in(at(lx, n), base)) {
            n++;
        } else if (at(lx, n) == '_' && digit_in(at(lx, n + 1), base)) {
            n += 2;
        } else {
            return n;
        }
    }
}

static bool number_token(pl_lexer *lx, uint32_t stream, size_t len, int base, size_t skip, bool is_float)
{
    int line = lx->line, column = lx->column;
    char tmp[128];
    char *digits = len < sizeof tmp ? tmp : pl_alloc_get(&lx->e->alloc, len + 1);
    if (!digits) {
        lx->oom = true;
        pl_lex_fail(lx, line, column, "SystemLimitError", "out of memory while parsing");
        return false;
    }
    size_t k = 0;
    for (size_t i = skip; i < len; i++) {
        if (lx->src[lx->pos + i] != '_') {
            digits[k++] = lx->src[lx->pos + i];
        }
    }
    digits[k] = 0;
    pl_term v;
    if (is_float) {
        double d = strtod(digits, NULL);
        v = d - d != 0 ? PL_NONE : pl_float_new(lx->e, d);
        if (d - d != 0) {
            pl_lex_fail(lx, line, column, "SyntaxError", "invalid float number %.*s", (int)len, lx->src + lx->pos);
        }
    } else {
        mpz_t z;
        mpz_init_set_str(z, digits, base);
        v = pl_big_from_mpz(lx->e, z);
        mpz_clear(z);
    }
    if (digits != tmp) {
        pl_alloc_put(&lx->e->alloc, digits, len + 1);
    }
    if (v == PL_NONE) {
        if (!lx->failed) {
            lx->oom = true;
            pl_lex_fail(lx, line, column, "SystemLimitError", "out of memory while parsing");
        }
        return false;
    }
    pl_token *t = pl_lex_push(lx, stream, is_float ? PL_T_FLT : PL_T_INT, line, column);
    if (!t) {
        pl_release(lx->e, v);
        return false;
    }
    t->value = v;
    t->src = (uint32_t)lx->pos;
    t->srclen = (uint32_t)len;
    lx->pos += len;
    lx->column += (int)len;
    return true;
}

/* tokenize_number/4: digits, one `.digit` fraction, and an exponent only after it. */
static size_t scan_decimal(const pl_lexer *lx, bool *is_float)
{
    size_t n = 1;
    *is_float = false;
    for (;;) {
        int c = at(lx, n), c1 = at(lx, n + 1), c2 = at(lx, n + 2);
        bool d1 = c1 >= '0' && c1 <= '9';
        if (c == '.' && d1 && !*is_float) {
            *is_float = true;
            n += 2;
        } else if (c == '_' && d1) {
            n += 2;
        } else if (*is_float && (c == 'e' || c == 'E') && (c1 == '+' || c1 == '-') && c2 >= '0' && c2 <= '9') {
            n += 3;
        } else if (*is_float && (c == 'e' || c == 'E') && d1) {
            n += 2;
        } else if (c >= '0' && c <= '9') {
            n++;
        } else {
            return n;
        }
    }
}

bool pl_lex_number(pl_lexer *lx, uint32_t stream)
{
    int c1 = at(lx, 1);
    if (at(lx, 0) == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b') && digit_in(at(lx, 2), c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2)) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        return number_token(lx, stream, scan_digits(lx, 2, base), base, 2, false);
    }
    bool is_float;
    size_t len = scan_decimal(lx, &is_float);
    int next = at(lx, len);
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '_') {
        pl_lex_fail(lx, lx->line, lx->column, "SyntaxError",
            "invalid character \"%c\" after number %.*s. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: %c",
            next, (int)len, lx->src + lx->pos, next);
        return false;
    }
    return number_token(lx, stream, len, 10, 0, is_float);
}
