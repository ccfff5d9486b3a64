/* The text rules of inspect: UTF-8 as <<c::utf8>> reads it, String.printable?/2,
 * Code.Identifier.escape/4 (how strings, charlists and quoted atoms are escaped)
 * and chardata to UTF-8 for charlists and String.Chars. No terms become documents here. */
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "inspect_int.h"

/* ---- UTF-8 and String.printable?/2 ---- */

/* Length of the code point at [s] as <<c::utf8>> matches it (no overlongs, no
 * surrogates, at most U+10FFFF), or 0 when the bytes are not valid UTF-8. */
int pl_inspect_utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || (size_t)len > n) {
        return 0;
    }
    static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
    uint32_t v = c & (0x7Fu >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    *cp = v;
    return len;
}

static int utf8_put(uint32_t cp, char *out)
{
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

static bool printable_cp(uint32_t cp)
{
    return (cp >= 32 && cp <= 126) || (cp >= 160 && cp <= 0xD7FF)
           || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* String.printable?(s, limit): true as soon as [limit] characters passed. */
bool pl_inspect_printable(const unsigned char *s, size_t n, int64_t limit)
{
    static const char controls[] = "\n\r\t\v\b\f\033\177\a";
    size_t i = 0;
    for (int64_t count = limit; count != 0 && i < n; count -= count > 0) {
        uint32_t cp;
        if (s[i] != 0 && memchr(controls, s[i], sizeof controls - 1)) {
            i++;
        } else {
            int len = pl_inspect_utf8_next(s + i, n - i, &cp);
            if (len == 0 || !printable_cp(cp)) {
                return false;
            }
            i += (size_t)len;
        }
    }
    return true;
}

static const char *escape_map(uint32_t cp)
{
    switch (cp) {
    case 7: return "\\a";
    case 8: return "\\b";
    case 127: return "\\d";
    case 27: return "\\e";
    case 12: return "\\f";
    case 10: return "\\n";
    case 13: return "\\r";
    case 9: return "\\t";
    case 11: return "\\v";
    case 92: return "\\\\";
    default: return NULL;
    }
}

/* escape_char/1 for a valid code point that escape_map/1 left alone. */
static int escape_char(uint32_t cp, char *out)
{
    if (cp == 0) {
        return snprintf(out, 16, "\\0");
    }
    if (cp == 0xFEFF) {
        return snprintf(out, 16, "\\uFEFF");
    }
    if (printable_cp(cp)) {
        return utf8_put(cp, out);
    }
    if (cp < 256) {
        return snprintf(out, 16, "\\x%02X", (unsigned)cp);
    }
    return snprintf(out, 16, cp < 65536 ? "\\x{%04X}" : "\\x{%06X}", (unsigned)cp);
}

/* Code.Identifier.escape(s, quote, limit) appended to the builder; returns how
 * many bytes of [s] were consumed (fewer than [n] when [limit] cut it short). */
size_t pl_inspect_escape(pl_doc_builder *b, const unsigned char *s, size_t n, unsigned char quote,
                         int64_t limit)
{
    size_t i = 0;
    for (int64_t count = limit; i < n; count -= count > 0) {
        if (count == 0) {
            return i;
        }
        char tmp[16];
        const char *out = tmp;
        int len;
        uint32_t cp;
        if (s[i] == quote) {
            tmp[0] = '\\';
            tmp[1] = (char)quote;
            len = 2;
            i++;
        } else if (s[i] == '#' && i + 1 < n && s[i + 1] == '{') {
            out = "\\#{";
            len = 3;
            i += 2;
        } else if ((len = pl_inspect_utf8_next(s + i, n - i, &cp)) > 0) {
            i += (size_t)len;
            out = escape_map(cp);
            len = out ? (int)strlen(out) : escape_char(cp, tmp);
            out = out ? out : tmp;
        } else {
            len = snprintf(tmp, sizeof tmp, "\\x%02X", s[i]);
            i++;
        }
        pl_doc_append(b, out, (size_t)len);
    }
    return i;
}

/* A quoted, escaped text: "..." or '...', with [more] after it when
 * printable_limit cut it short (" <> ..." / " ++ ..."). */
pl_doc pl_inspect_quoted(pl_doc_builder *b, const unsigned char *s, size_t n, char quote,
                         int64_t limit, const char *more)
{
    size_t mark = pl_doc_mark(b);
    pl_doc_append(b, &quote, 1);
    size_t used = pl_inspect_escape(b, s, n, (unsigned char)quote, limit);
    pl_doc_append(b, &quote, 1);
    if (used < n) {
        pl_doc_append(b, more, strlen(more));
    }
    return pl_doc_text_since(b, mark);
}

/* ---- Chardata, for charlists and String.Chars ---- */

/* :unicode.characters_to_binary/1 on chardata, with an explicit stack for
 * nesting. False when [t] is not valid chardata. */
bool pl_inspect_chardata(pl_doc_builder *b, pl_term t)
{
    pl_doc_builder stack; /* its text buffer holds the pending tails */
    pl_doc_init(&stack, b->e);
    bool ok = true;
    while (ok && !b->oom) {
        if (pl_is_cons(t)) {
            pl_term tail = pl_tail(t);
            ok = (pl_is_list(tail) || pl_is_bin(tail)) && pl_doc_append(&stack, &tail, sizeof tail);
            t = pl_head(t);
            continue;
        }
        if (pl_is_bin(t)) {
            const pl_bin *bin = pl_bin_of(t);
            uint32_t cp;
            for (size_t i = 0, len; ok && i < bin->len; i += len) {
                ok = (len = (size_t)pl_inspect_utf8_next(bin->data + i, bin->len - i, &cp)) > 0;
            }
            pl_doc_append(b, bin->data, bin->len);
        } else if (pl_is_small(t)) {
            int64_t v = pl_small_value(t);
            char buf[4];
            ok = v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
            pl_doc_append(b, buf, ok ? (size_t)utf8_put((uint32_t)v, buf) : 0);
        } else {
            ok = t == PL_NIL;
        }
        if (stack.text_len == 0) {
            break;
        }
        stack.text_len -= sizeof t;
        memcpy(&t, stack.text + stack.text_len, sizeof t);
    }
    if (stack.oom) {
        b->oom = true; /* out of memory is not "not chardata" */
    }
    pl_doc_destroy(&stack);
    return ok && !b->oom;
}
