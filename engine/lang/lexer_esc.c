/* Lexer: escape sequences in strings, charlists, quoted atoms and ?c chars, a port
 * of elixir_interpolation.erl's unescape_chars with its error messages. Text is
 * unescaped in place once extraction (lexer_str.c) has collected it. */
#include <stdio.h>
#include "lexer_int.h"

/* ---- Unescaping (elixir_interpolation:unescape_chars) ---- */

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xc0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xe0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Reads \u{H..} / \x{H..} braces or a fixed count of digits; -1 when malformed. */
static long read_hex(const char *s, size_t n, size_t *used, int fixed, bool braces)
{
    if (braces && n >= 3 && s[0] == '{') {
        size_t k = 1;
        long v = 0;
        while (k < n && k <= 7 && hexval((unsigned char)s[k]) >= 0) {
            v = v * 16 + hexval((unsigned char)s[k]);
            k++;
        }
        if (k >= 2 && k <= 7 && k < n && s[k] == '}') {
            *used = k + 1;
            return v;
        }
        return -1;
    }
    if ((size_t)fixed > n) {
        return -1;
    }
    long v = 0;
    for (int k = 0; k < fixed; k++) {
        int h = hexval((unsigned char)s[k]);
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    *used = (size_t)fixed;
    return v;
}

static bool escape_error(pl_lexer *lx, int line, int column, const char *msg, const char *tok)
{
    pl_lex_fail(lx, line, column, "SyntaxError", "%s. Syntax error after: %s", msg, tok);
    return false;
}

static bool unescape_code(pl_lexer *lx, const char *s, size_t n, size_t *i, char *o, size_t *w, int line, int column)
{
    size_t used = 0;
    bool hex = s[*i] == 'x';
    long v;
    const char *rest = s + *i + 1;
    size_t left = n - *i - 1;
    if (hex) {
        v = read_hex(rest, left, &used, 2, false);
        if (v >= 0) {
            o[(*w)++] = (char)v;
            *i += 1 + used;
            return true;
        }
        v = read_hex(rest, left, &used, 1, true);
    } else {
        v = read_hex(rest, left, &used, 4, true);
    }
    if (v < 0) {
        return escape_error(lx, line, column, hex ? "invalid hex escape character, expected \\xHH where H is a hexadecimal digit"
            : "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit", hex ? "\\x" : "\\u");
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid or reserved Unicode code point \\u{%.*s}",
            (int)(rest[0] == '{' ? used - 2 : used), rest[0] == '{' ? rest + 1 : rest);
        return escape_error(lx, line, column, msg, "\\u");
    }
    *w += put_utf8(o + *w, (uint32_t)v);
    *i += 1 + used;
    return true;
}

char pl_lex_unescape_char(char c)
{
    switch (c) {
    case '0': return 0;
    case 'a': return 7;
    case 'b': return 8;
    case 'd': return 127;
    case 'e': return 27;
    case 'f': return 12;
    case 'n': return '\n';
    case 'r': return '\r';
    case 's': return ' ';
    case 't': return '\t';
    case 'v': return '\v';
    default: return c;
    }
}

/* Unescapes [s, s+n) in place; escapes never grow the text (\u{10FFFF} is 4 bytes out). */
bool pl_lex_unescape(pl_lexer *lx, char *s, size_t *len, int line, int column)
{
    size_t n = *len, w = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\' || i + 1 >= n) {
            s[w++] = s[i++];
            continue;
        }
        i++;
        char c = s[i];
        if (c == 'x' || c == 'u') {
            if (!unescape_code(lx, s, n, &i, s, &w, line, column)) {
                return false;
            }
        } else if (c == '\n') {
            i++;
        } else if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
            i += 2;
        } else {
            s[w++] = pl_lex_unescape_char(c);
            i++;
        }
    }
    *len = w;
    return true;
}
