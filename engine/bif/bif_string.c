/* String functions that count in graphemes or compare bytes: slice, at, first,
 * last, split_at, duplicate, contains?/starts_with?/ends_with?, trim and pad,
 * and the distance metrics. Each walks its input once (linear). */
#include <math.h>
#include "bif_str.h"
#include "../map.h"

/* ---- Slicing ---- */

/* Graphemes [start, start+count) of [s] as a new binary (count may be huge). */
static pl_term take(pl_proc *p, pl_term s, size_t start, size_t count)
{
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    size_t from = pl_str_skip_graphemes(d, n, 0, start);
    size_t to = pl_str_skip_graphemes(d, n, from, count);
    if (from == 0 && to == n) {
        return pl_retain(s);
    }
    return pl_str_bin(p, d + from, to - from);
}

PL_BIF(string_slice_3)
{
    pl_term s = args[0];
    int64_t start, len;
    if (args[2] == pl_small(0)) {
        return pl_bin_new(p->e, "", 0);
    }
    if (!pl_is_bin(s) || !pl_get_int64(args[1], &start) || !pl_get_int64(args[2], &len) ||
        len < 0) {
        return pl_str_fclause(p);
    }
    if (start < 0) {
        int64_t count = (int64_t)pl_str_grapheme_count(pl_str_data(s), pl_str_len(s));
        start = count + start < 0 ? 0 : count + start;
    }
    return take(p, s, (size_t)start, (size_t)len);
}

/* Every [step]-th grapheme from index [first] to [last] inclusive. */
static pl_term take_step(pl_proc *p, pl_term s, int64_t first, int64_t last, int64_t step)
{
    if (step == 1) {
        return take(p, s, (size_t)first, (size_t)(last - first + 1));
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    pl_sbuf b = { 0 };
    size_t i = pl_str_skip_graphemes(d, n, 0, (size_t)first);
    for (int64_t k = first; k <= last && i < n; k += step) {
        size_t end = pl_str_grapheme_end(d, n, i);
        pl_str_put(&b, d + i, end - i);
        i = pl_str_skip_graphemes(d, n, end, (size_t)(step - 1));
    }
    return pl_str_sbuf_finish(p, &b);
}

static bool range_fields(pl_engine *e, pl_term r, int64_t *first, int64_t *last, int64_t *step)
{
    if (!pl_is_map(r) || pl_map_get(e, r, PL_A(__struct__)) != PL_A(E_Range)) {
        return false;
    }
    pl_term f = pl_map_get(e, r, PL_A(first)), l = pl_map_get(e, r, PL_A(last));
    pl_term st = pl_map_get(e, r, PL_A(step));
    if (f == PL_NONE || l == PL_NONE || !pl_get_int64(f, first) || !pl_get_int64(l, last)) {
        return false;
    }
    if (st == PL_NONE) {
        *step = *first <= *last ? 1 : -1;
        return true;
    }
    return pl_get_int64(st, step);
}

PL_BIF(string_slice_2)
{
    pl_term s = args[0];
    int64_t first, last, step;
    if (!pl_is_bin(s) || !range_fields(p->e, args[1], &first, &last, &step)) {
        return pl_str_fclause(p);
    }
    if (step < 0 && !(step == -1 && first > last)) {
        return pl_str_argerr_term(
            p, "String.slice/2 does not accept ranges with negative steps, got: ", args[1]);
    }
    if (step < 0) {
        step = 1;
    }
    if (pl_str_len(s) == 0) {
        return pl_retain(s);
    }
    if (first < 0 || last < 0) {
        int64_t count = (int64_t)pl_str_grapheme_count(pl_str_data(s), pl_str_len(s));
        if (first < 0) {
            first = first + count < 0 ? 0 : first + count;
        }
        if (last < 0) {
            last += count;
        }
    }
    if (last < first) {
        return pl_bin_new(p->e, "", 0);
    }
    return take_step(p, s, first, last, step);
}

PL_BIF(string_at_2)
{
    pl_term s = args[0];
    int64_t i;
    if (!pl_is_bin(s) || !pl_get_int64(args[1], &i)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    if (i < 0) {
        i += (int64_t)pl_str_grapheme_count(d, n);
        if (i < 0) {
            return PL_ATOM_NIL;
        }
    }
    size_t from = pl_str_skip_graphemes(d, n, 0, (size_t)i);
    if (from >= n) {
        return PL_ATOM_NIL;
    }
    return pl_str_bin(p, d + from, pl_str_grapheme_end(d, n, from) - from);
}

PL_BIF(string_first_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(args[0]);
    size_t n = pl_str_len(args[0]);
    return n == 0 ? PL_ATOM_NIL : pl_str_bin(p, d, pl_str_grapheme_end(d, n, 0));
}

PL_BIF(string_last_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(args[0]);
    size_t n = pl_str_len(args[0]);
    if (n == 0) {
        return PL_ATOM_NIL;
    }
    size_t i = 0, end;
    while ((end = pl_str_grapheme_end(d, n, i)) < n) {
        i = end;
    }
    return pl_str_bin(p, d + i, n - i);
}

PL_BIF(string_split_at_2)
{
    pl_term s = args[0];
    int64_t pos;
    if (!pl_is_bin(s) || !pl_get_int64(args[1], &pos)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    if (pos < 0) {
        pos += (int64_t)pl_str_grapheme_count(d, n);
    }
    size_t at = pos < 0 ? 0 : pl_str_skip_graphemes(d, n, 0, (size_t)pos);
    pl_term a = pl_bin_new(p->e, d, at), b = pl_bin_new(p->e, d + at, n - at);
    if (a == PL_NONE || b == PL_NONE) {
        pl_release(p->e, a);
        pl_release(p->e, b);
        return pl_bif_nomem(p);
    }
    pl_term t = pl_tuple2(p->e, a, b);
    return t == PL_NONE ? pl_bif_nomem(p) : t;
}

PL_BIF(string_duplicate_2)
{
    int64_t times;
    if (!pl_is_bin(args[0])) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    if (!pl_get_int64(args[1], &times) || times < 0) {
        return pl_bif_badarg_at(p, 2, "out of range");
    }
    size_t n = pl_str_len(args[0]);
    if (n > 0 && (uint64_t)times > (SIZE_MAX / 4) / n) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_bin_alloc(p->e, n * (size_t)times);
    if (r == PL_NONE) {
        return pl_bif_nomem(p);
    }
    for (int64_t i = 0; i < times; i++) {
        memcpy(pl_bin_of(r)->data + (size_t)i * n, pl_str_data(args[0]), n);
    }
    return r;
}

/* ---- Searching ---- */

/* Calls [test] for the pattern, or for each element of a pattern list; true as
 * soon as one matches. -1 when the pattern is not a binary or list of them. */
static int any_pattern(pl_term s, pl_term pat,
                       bool (*test)(const unsigned char *, size_t, const unsigned char *, size_t))
{
    if (pl_is_bin(pat)) {
        return test(pl_str_data(s), pl_str_len(s), pl_str_data(pat), pl_str_len(pat));
    }
    if (!pl_is_list(pat)) {
        return -1;
    }
    int found = 0;
    for (; pl_is_cons(pat); pat = pl_tail(pat)) {
        pl_term h = pl_head(pat);
        if (!pl_is_bin(h)) {
            return -1;
        }
        if (!found && test(pl_str_data(s), pl_str_len(s), pl_str_data(h), pl_str_len(h))) {
            found = 1;
        }
    }
    return pat == PL_NIL ? found : -1;
}

static bool has_prefix(const unsigned char *s, size_t n, const unsigned char *x, size_t m)
{
    return m <= n && memcmp(s, x, m) == 0;
}

static bool has_suffix(const unsigned char *s, size_t n, const unsigned char *x, size_t m)
{
    return m <= n && memcmp(s + n - m, x, m) == 0;
}

static bool has_infix(const unsigned char *s, size_t n, const unsigned char *x, size_t m)
{
    if (m == 0) {
        return true;
    }
    return pl_str_find(s, n, x, m) != (size_t)-1;
}

static pl_term search(pl_proc *p, const pl_term *args,
                      bool (*test)(const unsigned char *, size_t, const unsigned char *, size_t))
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    int r = any_pattern(args[0], args[1], test);
    if (r < 0) {
        return pl_bif_badarg_at(p, 2, "not a valid pattern");
    }
    return pl_bool(r);
}

PL_BIF(string_contains_2) { return search(p, args, has_infix); }
PL_BIF(string_starts_with_2) { return search(p, args, has_prefix); }
PL_BIF(string_ends_with_2) { return search(p, args, has_suffix); }

/* ---- Trimming ---- */

static size_t space_prefix(const unsigned char *d, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        if (k < 0 || !pl_str_is_space(cp)) {
            break;
        }
        i += (size_t)k;
    }
    return i;
}

/* Start of the trailing whitespace of d[from..n). */
static size_t space_suffix(const unsigned char *d, size_t n, size_t from)
{
    size_t end = from;
    for (size_t i = from; i < n;) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        i += (size_t)(k < 0 ? 1 : k);
        if (k < 0 || !pl_str_is_space(cp)) {
            end = i;
        }
    }
    return end;
}

typedef enum { TRIM_LEADING = 1, TRIM_TRAILING = 2, TRIM_BOTH = 3 } trim_side;

static pl_term trim(pl_proc *p, pl_term s, pl_term what, trim_side side)
{
    if (!pl_is_bin(s) || (what != PL_NONE && !pl_is_bin(what))) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s), from = 0, to = n;
    if (what == PL_NONE) {
        from = side & TRIM_LEADING ? space_prefix(d, n) : 0;
        to = side & TRIM_TRAILING ? space_suffix(d, n, from) : n;
    } else {
        const unsigned char *w = pl_str_data(what);
        size_t m = pl_str_len(what);
        if (m > 0) {
            while (side & TRIM_LEADING && to - from >= m && memcmp(d + from, w, m) == 0) {
                from += m;
            }
            while (side & TRIM_TRAILING && to - from >= m && memcmp(d + to - m, w, m) == 0) {
                to -= m;
            }
        }
    }
    return from == 0 && to == n ? pl_retain(s) : pl_str_bin(p, d + from, to - from);
}

PL_BIF(string_trim_1) { return trim(p, args[0], PL_NONE, TRIM_BOTH); }
PL_BIF(string_trim_2) { return trim(p, args[0], args[1], TRIM_BOTH); }
PL_BIF(string_trim_leading_1) { return trim(p, args[0], PL_NONE, TRIM_LEADING); }
PL_BIF(string_trim_leading_2) { return trim(p, args[0], args[1], TRIM_LEADING); }
PL_BIF(string_trim_trailing_1) { return trim(p, args[0], PL_NONE, TRIM_TRAILING); }
PL_BIF(string_trim_trailing_2) { return trim(p, args[0], args[1], TRIM_TRAILING); }

/* ---- Padding ---- */

static pl_term pad(pl_proc *p, pl_term s, pl_term count_t, pl_term padding, bool leading)
{
    int64_t count;
    if (!pl_is_bin(s) || !pl_get_int64(count_t, &count) || count < 0 || !pl_is_bin(padding) ||
        pl_str_len(padding) == 0) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    int64_t missing = count - (int64_t)pl_str_grapheme_count(d, n);
    if (missing <= 0) {
        return pl_retain(s);
    }
    const unsigned char *pd = pl_str_data(padding);
    size_t pn = pl_str_len(padding);
    pl_sbuf b = { 0 };
    if (!leading) {
        pl_str_put(&b, d, n);
    }
    for (size_t i = 0; missing > 0 && !b.failed; missing--) {
        size_t end = pl_str_grapheme_end(pd, pn, i);
        pl_str_put(&b, pd + i, end - i);
        i = end == pn ? 0 : end;
    }
    if (leading) {
        pl_str_put(&b, d, n);
    }
    return pl_str_sbuf_finish(p, &b);
}

PL_BIF(string_pad_leading_3) { return pad(p, args[0], args[1], args[2], true); }
PL_BIF(string_pad_trailing_3) { return pad(p, args[0], args[1], args[2], false); }
