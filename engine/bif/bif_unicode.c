/* Unicode-aware String functions: UTF-8 and grapheme stepping, case mapping,
 * graphemes/codepoints, reverse, validity, printability and normalisation.
 * Character data comes from utf8proc; SpecialCasing's one-to-many mappings,
 * which utf8proc lacks, from special_casing.def. Also the shared buffer and
 * list-builder helpers of bif_str.h. */
#include <stdarg.h>
#include <stdio.h>
#include <utf8proc.h>
#include "bif_str.h"

/* ---- Buffers and lists ---- */

bool pl_str_sbuf_grow(pl_sbuf *b, size_t extra)
{
    if (b->failed) {
        return false;
    }
    if (b->len + extra <= b->cap) {
        return true;
    }
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    unsigned char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void pl_str_put_cp(pl_sbuf *b, int32_t cp)
{
    unsigned char u[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, u);
    pl_str_put(b, u, (size_t)k);
}

pl_term pl_str_sbuf_finish(pl_proc *p, pl_sbuf *b)
{
    pl_term r = b->failed ? PL_NONE : pl_bin_new(p->e, b->data, b->len);
    free(b->data);
    b->data = NULL;
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

pl_term pl_str_bin(pl_proc *p, const void *s, size_t n)
{
    pl_term r = pl_bin_new(p->e, s, n);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

void pl_str_tvec_push(pl_engine *e, pl_tvec *v, pl_term owned)
{
    if (owned == PL_NONE || v->failed) {
        v->failed = true;
        pl_release(e, owned);
        return;
    }
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        pl_term *items = realloc(v->items, cap * sizeof *items);
        if (!items) {
            v->failed = true;
            pl_release(e, owned);
            return;
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = owned;
}

void pl_str_tvec_free(pl_engine *e, pl_tvec *v)
{
    for (size_t i = 0; i < v->len; i++) {
        pl_release(e, v->items[i]);
    }
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

pl_term pl_str_tvec_list(pl_proc *p, pl_tvec *v, pl_term tail)
{
    pl_engine *e = p->e;
    pl_term out = v->failed ? PL_NONE : tail;
    if (v->failed) {
        pl_release(e, tail);
    }
    while (v->len > 0 && out != PL_NONE) {
        out = pl_cons_new(e, v->items[--v->len], out);
    }
    pl_str_tvec_free(e, v);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

pl_term pl_str_argerr(pl_proc *p, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return pl_bif_raise_msg(p, PL_A(E_ArgumentError), buf);
}

pl_term pl_str_opt(pl_term opts, pl_term key, pl_term dflt)
{
    for (; pl_is_cons(opts); opts = pl_tail(opts)) {
        pl_term kv = pl_head(opts);
        if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2 && pl_tuple_get(kv, 0) == key) {
            return pl_tuple_get(kv, 1);
        }
    }
    return dflt;
}

/* ---- UTF-8 and graphemes ---- */

int pl_str_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n < 4 ? n : 4), &c);
    if (k <= 0) {
        return -1;
    }
    *cp = c;
    return (int)k;
}

size_t pl_str_grapheme_end(const unsigned char *s, size_t n, size_t pos)
{
    int32_t c1, c2;
    int k = pl_str_decode(s + pos, n - pos, &c1);
    if (k < 0) {
        return pos + 1;
    }
    utf8proc_int32_t state = 0;
    size_t i = pos + (size_t)k;
    while (i < n) {
        if (c1 < 0x80 && s[i] < 0x80 && c1 != '\r') {
            break; // two ASCII code points other than CR LF always break
        }
        k = pl_str_decode(s + i, n - i, &c2);
        if (k < 0 || utf8proc_grapheme_break_stateful(c1, c2, &state)) {
            break;
        }
        c1 = c2;
        i += (size_t)k;
    }
    return i;
}

size_t pl_str_grapheme_count(const unsigned char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i = pl_str_grapheme_end(s, n, i)) {
        count++;
    }
    return count;
}

size_t pl_str_skip_graphemes(const unsigned char *s, size_t n, size_t pos, size_t count)
{
    while (count-- > 0 && pos < n) {
        pos = pl_str_grapheme_end(s, n, pos);
    }
    return pos;
}

bool pl_str_is_space(int32_t cp)
{
    if (cp < 0x80) {
        return cp == ' ' || (cp >= 9 && cp <= 13);
    }
    if (cp == 0x85) {
        return true;
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

/* ---- Case mapping ---- */

typedef struct special_case {
    int32_t cp;
    int n;
    int32_t to[3];
} special_case;

#define ROW(cp, n, a, b, c) { cp, n, { a, b, c } },
#define SKIP(cp, n, a, b, c)
static const special_case SPECIAL_UPPER[] = {
#define UPPER ROW
#define LOWER SKIP
#define TITLE SKIP
#include "special_casing.def"
#undef UPPER
#undef LOWER
#undef TITLE
};
static const special_case SPECIAL_TITLE[] = {
#define UPPER SKIP
#define LOWER SKIP
#define TITLE ROW
#include "special_casing.def"
#undef UPPER
#undef LOWER
#undef TITLE
};
#undef ROW
#undef SKIP

typedef enum { CASE_UPPER, CASE_LOWER, CASE_TITLE } case_kind;
typedef enum { MODE_DEFAULT, MODE_ASCII, MODE_GREEK, MODE_TURKIC, MODE_BAD } case_mode;

static const special_case *special(const special_case *t, size_t n, int32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].cp == cp) {
            return &t[mid];
        }
        if (t[mid].cp < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

static case_mode mode_of(pl_engine *e, pl_term m)
{
    if (m == pl_bif_atom(e, "default")) {
        return MODE_DEFAULT;
    }
    if (m == pl_bif_atom(e, "ascii")) {
        return MODE_ASCII;
    }
    if (m == pl_bif_atom(e, "greek")) {
        return MODE_GREEK;
    }
    if (m == pl_bif_atom(e, "turkic")) {
        return MODE_TURKIC;
    }
    return MODE_BAD;
}

/* Is the code point at s[i..) followed, past case-ignorable marks, by a letter?
 * Decides Greek final sigma. */
static bool letter_follows(const unsigned char *s, size_t n, size_t i)
{
    int32_t cp;
    while (i < n) {
        int k = pl_str_decode(s + i, n - i, &cp);
        if (k < 0) {
            return false;
        }
        utf8proc_category_t c = utf8proc_category(cp);
        if (c != UTF8PROC_CATEGORY_MN && c != UTF8PROC_CATEGORY_ME) {
            return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
        }
        i += (size_t)k;
    }
    return false;
}

static void map_cp(pl_sbuf *b, int32_t cp, case_kind kind, case_mode mode, bool final_sigma)
{
    if (mode == MODE_ASCII) {
        if (kind != CASE_LOWER && cp >= 'a' && cp <= 'z') {
            cp -= 32;
        } else if (kind == CASE_LOWER && cp >= 'A' && cp <= 'Z') {
            cp += 32;
        }
        pl_str_put_cp(b, cp);
        return;
    }
    if (mode == MODE_TURKIC) {
        if (kind != CASE_LOWER && cp == 'i') {
            pl_str_put_cp(b, 0x130);
            return;
        }
        if (kind == CASE_LOWER && (cp == 'I' || cp == 0x130)) {
            pl_str_put_cp(b, cp == 'I' ? 0x131 : 'i');
            return;
        }
    }
    if (kind == CASE_LOWER) {
        if (cp == 0x130) {
            pl_str_put_cp(b, 'i');
            pl_str_put_cp(b, 0x307);
        } else if (cp == 0x3A3 && final_sigma) {
            pl_str_put_cp(b, 0x3C2);
        } else {
            pl_str_put_cp(b, utf8proc_tolower(cp));
        }
        return;
    }
    const special_case *sc =
        kind == CASE_UPPER
            ? special(SPECIAL_UPPER, sizeof SPECIAL_UPPER / sizeof SPECIAL_UPPER[0], cp)
            : special(SPECIAL_TITLE, sizeof SPECIAL_TITLE / sizeof SPECIAL_TITLE[0], cp);
    if (sc) {
        for (int i = 0; i < sc->n; i++) {
            pl_str_put_cp(b, sc->to[i]);
        }
        return;
    }
    pl_str_put_cp(b, kind == CASE_UPPER ? utf8proc_toupper(cp) : utf8proc_totitle(cp));
}

/* Maps s[from..n) into [b]; invalid bytes are copied unchanged. */
static void map_case(pl_sbuf *b, const unsigned char *s, size_t n, size_t from, case_kind kind,
                     case_mode mode)
{
    bool after_letter = false;
    for (size_t i = from; i < n;) {
        int32_t cp;
        int k = pl_str_decode(s + i, n - i, &cp);
        if (k < 0) {
            pl_str_putc(b, s[i++]);
            after_letter = false;
            continue;
        }
        bool final_sigma = mode == MODE_GREEK && cp == 0x3A3 && after_letter &&
                           !letter_follows(s, n, i + (size_t)k);
        if (cp < 0x80 && mode != MODE_TURKIC) {
            unsigned char c = (unsigned char)cp;
            if (kind == CASE_LOWER && c >= 'A' && c <= 'Z') {
                c += 32;
            } else if (kind != CASE_LOWER && c >= 'a' && c <= 'z') {
                c -= 32;
            }
            pl_str_putc(b, c);
        } else {
            map_cp(b, cp, kind, mode, final_sigma);
        }
        utf8proc_category_t c = utf8proc_category(cp);
        if (c != UTF8PROC_CATEGORY_MN && c != UTF8PROC_CATEGORY_ME) {
            after_letter = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
        }
        i += (size_t)k;
    }
}

static pl_term change_case(pl_proc *p, pl_term s, pl_term mode_atom, case_kind kind)
{
    case_mode mode = MODE_DEFAULT;
    if (mode_atom != PL_NONE) {
        mode = pl_is_atom(mode_atom) ? mode_of(p->e, mode_atom) : MODE_BAD;
    }
    if (!pl_is_bin(s) || mode == MODE_BAD) {
        return pl_str_fclause(p);
    }
    pl_sbuf b = { 0 };
    map_case(&b, pl_str_data(s), pl_str_len(s), 0, kind, mode);
    return pl_str_sbuf_finish(p, &b);
}

PL_BIF(string_upcase_2) { return change_case(p, args[0], args[1], CASE_UPPER); }
PL_BIF(string_downcase_2) { return change_case(p, args[0], args[1], CASE_LOWER); }

/* The first grapheme's first code point in title case, the rest in lower case. */
static pl_term capitalize(pl_proc *p, pl_term s, pl_term mode_atom)
{
    case_mode mode = MODE_DEFAULT;
    if (mode_atom != PL_NONE) {
        mode = pl_is_atom(mode_atom) ? mode_of(p->e, mode_atom) : MODE_BAD;
    }
    if (!pl_is_bin(s) || mode == MODE_BAD) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    pl_sbuf b = { 0 };
    if (n > 0) {
        int32_t cp;
        int k = pl_str_decode(d, n, &cp);
        size_t rest;
        if (k < 0 || mode == MODE_ASCII) {
            map_case(&b, d, 1, 0, k < 0 ? CASE_LOWER : CASE_UPPER, MODE_ASCII);
            rest = 1;
        } else if (cp == 'i' && mode != MODE_TURKIC) {
            pl_str_putc(&b, 'I');
            rest = 1;
        } else {
            map_cp(&b, cp, CASE_TITLE, mode, false);
            rest = pl_str_grapheme_end(d, n, 0);
            pl_str_put(&b, d + k, rest - (size_t)k);
        }
        map_case(&b, d, n, rest, CASE_LOWER, mode);
    }
    return pl_str_sbuf_finish(p, &b);
}

PL_BIF(string_capitalize_2) { return capitalize(p, args[0], args[1]); }

/* ---- Graphemes and code points ---- */

PL_BIF(string_length_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    size_t n = pl_str_grapheme_count(pl_str_data(args[0]), pl_str_len(args[0]));
    return pl_int64(p->e, (int64_t)n);
}

/* The clusters (graphemes) or code points of a binary, as a list of binaries. */
static pl_term pieces(pl_proc *p, pl_term s, bool graphemes)
{
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    pl_tvec v = { 0 };
    for (size_t i = 0; i < n && !v.failed;) {
        size_t end;
        if (graphemes) {
            end = pl_str_grapheme_end(d, n, i);
        } else {
            int32_t cp;
            int k = pl_str_decode(d + i, n - i, &cp);
            end = i + (size_t)(k < 0 ? 1 : k);
        }
        pl_str_tvec_push(p->e, &v, pl_bin_new(p->e, d + i, end - i));
        i = end;
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

PL_BIF(string_graphemes_1) { return pieces(p, args[0], true); }
PL_BIF(string_codepoints_1) { return pieces(p, args[0], false); }

/* {first, rest} for next_grapheme/next_codepoint, or nil at the end. */
static pl_term next_piece(pl_proc *p, pl_term s, bool grapheme)
{
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    if (n == 0) {
        return PL_ATOM_NIL;
    }
    size_t end;
    if (grapheme) {
        end = pl_str_grapheme_end(d, n, 0);
    } else {
        int32_t cp;
        int k = pl_str_decode(d, n, &cp);
        end = (size_t)(k < 0 ? 1 : k);
    }
    pl_term a = pl_bin_new(p->e, d, end);
    pl_term b = pl_bin_new(p->e, d + end, n - end);
    pl_term t = a != PL_NONE && b != PL_NONE ? pl_tuple2(p->e, a, b) : PL_NONE;
    if (t == PL_NONE) {
        if (a == PL_NONE || b == PL_NONE) {
            pl_release(p->e, a);
            pl_release(p->e, b);
        }
        return pl_bif_nomem(p);
    }
    return t;
}

PL_BIF(string_next_grapheme_1) { return next_piece(p, args[0], true); }
PL_BIF(string_next_codepoint_1) { return next_piece(p, args[0], false); }

PL_BIF(string_reverse_1)
{
    pl_term s = args[0];
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    pl_term r = pl_bin_alloc(p->e, n);
    if (r == PL_NONE) {
        return pl_bif_nomem(p);
    }
    unsigned char *out = pl_bin_of(r)->data + n;
    for (size_t i = 0; i < n;) {
        size_t end = pl_str_grapheme_end(d, n, i);
        out -= end - i;
        memcpy(out, d + i, end - i);
        i = end;
    }
    return r;
}

PL_BIF(string_valid_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(args[0]);
    size_t n = pl_str_len(args[0]);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        if (k < 0) {
            return PL_FALSE;
        }
        i += (size_t)k;
    }
    return PL_TRUE;
}

static bool printable_cp(int32_t cp)
{
    return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF) ||
           (cp >= 7 && cp <= 13) || cp == 27 || cp == 127;
}

static pl_term printable(pl_proc *p, pl_term s, pl_term limit)
{
    int64_t max = -1;
    if (limit != PL_NONE && limit != PL_A(infinity) &&
        (!pl_get_int64(limit, &max) || max < 0)) {
        return pl_str_fclause(p);
    }
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    for (size_t i = 0; i < n && max != 0; max--) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        if (k < 0 || !printable_cp(cp)) {
            return PL_FALSE;
        }
        i += (size_t)k;
    }
    return PL_TRUE;
}

PL_BIF(string_printable_2) { return printable(p, args[0], args[1]); }

/* ---- Normalisation ---- */

/* utf8proc over each valid run of [s]; invalid bytes are kept as they are. */
static bool normalize_into(pl_sbuf *b, const unsigned char *s, size_t n, utf8proc_option_t opt)
{
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n) {
            int32_t cp;
            int k = pl_str_decode(s + i, n - i, &cp);
            if (k < 0) {
                break;
            }
            i += (size_t)k;
        }
        if (i > start) {
            utf8proc_uint8_t *out = NULL;
            utf8proc_ssize_t k = utf8proc_map(s + start, (utf8proc_ssize_t)(i - start), &out, opt);
            if (k < 0) {
                return false;
            }
            pl_str_put(b, out, (size_t)k);
            free(out);
        }
        if (i < n) {
            pl_str_putc(b, s[i++]);
        }
    }
    return true;
}

PL_BIF(string_normalize_2)
{
    pl_engine *e = p->e;
    pl_term form = args[1];
    utf8proc_option_t opt = UTF8PROC_STABLE;
    if (form == pl_bif_atom(e, "nfd")) {
        opt |= UTF8PROC_DECOMPOSE;
    } else if (form == pl_bif_atom(e, "nfc")) {
        opt |= UTF8PROC_COMPOSE;
    } else if (form == pl_bif_atom(e, "nfkd")) {
        opt |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    } else if (form == pl_bif_atom(e, "nfkc")) {
        opt |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    } else {
        return pl_str_fclause(p);
    }
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    pl_sbuf b = { 0 };
    if (!normalize_into(&b, pl_str_data(args[0]), pl_str_len(args[0]), opt)) {
        pl_str_sbuf_free(&b);
        return pl_bif_nomem(p);
    }
    return pl_str_sbuf_finish(p, &b);
}

PL_BIF(string_equivalent_2)
{
    if (!pl_is_bin(args[0]) || !pl_is_bin(args[1])) {
        return pl_str_fclause(p);
    }
    pl_sbuf a = { 0 }, b = { 0 };
    utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
    bool ok = normalize_into(&a, pl_str_data(args[0]), pl_str_len(args[0]), opt) &&
              normalize_into(&b, pl_str_data(args[1]), pl_str_len(args[1]), opt) && !a.failed &&
              !b.failed;
    bool eq = ok && a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0);
    pl_str_sbuf_free(&a);
    pl_str_sbuf_free(&b);
    return ok ? pl_bool(eq) : pl_bif_nomem(p);
}
