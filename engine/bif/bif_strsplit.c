/* String.split, String.replace and friends, the sigils ~s ~S ~c ~C ~w ~W and
 * Kernel.=~ for binary patterns. Patterns are a binary or a list of binaries,
 * matched leftmost-longest as :binary.split/:binary.replace do. */
#define _GNU_SOURCE /* memmem: glibc's is two-way, so searching stays linear */
#include <string.h>
#include "bif_str.h"

size_t pl_str_find(const unsigned char *s, size_t n, const unsigned char *x, size_t m)
{
    const unsigned char *hit = memmem(s, n, x, m);
    return hit ? (size_t)(hit - s) : (size_t)-1;
}

/* ---- Pattern sets ---- */

typedef struct pat {
    const unsigned char *x;
    size_t m;
    size_t next;   // first occurrence at or after the last search start; -1 = none
    bool known;
} pat;

typedef struct patset {
    pat *pats;
    size_t n;
    pat one;
} patset;

/* false when [pattern] is not a non-empty binary or a non-empty list of them. */
static bool patset_init(patset *ps, pl_term pattern)
{
    memset(ps, 0, sizeof *ps);
    if (pl_is_bin(pattern)) {
        ps->one = (pat){ pl_str_data(pattern), pl_str_len(pattern), 0, false };
        ps->pats = &ps->one;
        ps->n = 1;
        return ps->one.m > 0;
    }
    int64_t len = pl_list_length(pattern);
    if (len <= 0) {
        return false;
    }
    ps->pats = calloc((size_t)len, sizeof *ps->pats);
    if (!ps->pats) {
        return false;
    }
    for (pl_term l = pattern; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l);
        if (!pl_is_bin(h) || pl_str_len(h) == 0) {
            free(ps->pats);
            ps->pats = NULL;
            return false;
        }
        ps->pats[ps->n++] = (pat){ pl_str_data(h), pl_str_len(h), 0, false };
    }
    return true;
}

static void patset_free(patset *ps)
{
    if (ps->pats != &ps->one) {
        free(ps->pats);
    }
}

/* The leftmost (then longest) match in s[from..n). Searches start only ever
 * move forward, so each pattern's cached next occurrence stays valid. */
static bool patset_match(patset *ps, const unsigned char *s, size_t n, size_t from, size_t *at,
                         size_t *len)
{
    bool found = false;
    for (size_t i = 0; i < ps->n; i++) {
        pat *q = &ps->pats[i];
        if (!q->known || (q->next != (size_t)-1 && q->next < from)) {
            size_t k = from < n ? pl_str_find(s + from, n - from, q->x, q->m) : (size_t)-1;
            q->next = k == (size_t)-1 ? k : from + k;
            q->known = true;
        }
        if (q->next == (size_t)-1) {
            continue;
        }
        if (!found || q->next < *at || (q->next == *at && q->m > *len)) {
            *at = q->next;
            *len = q->m;
            found = true;
        }
    }
    return found;
}

static void push_piece(pl_proc *p, pl_tvec *v, const unsigned char *s, size_t n)
{
    pl_str_tvec_push(p->e, v, pl_bin_new(p->e, s, n));
}

/* ---- split ---- */

PL_BIF(string_split_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(args[0]);
    size_t n = pl_str_len(args[0]);
    pl_tvec v = { 0 };
    size_t start = (size_t)-1;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        bool space = k > 0 && pl_str_is_space(cp) && cp != 0xA0 && cp != 0x2007 && cp != 0x202F;
        if (space && start != (size_t)-1) {
            push_piece(p, &v, d + start, i - start);
            start = (size_t)-1;
        } else if (!space && start == (size_t)-1) {
            start = i;
        }
        i += (size_t)(k < 0 ? 1 : k);
    }
    if (start != (size_t)-1) {
        push_piece(p, &v, d + start, n - start);
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

/* split(s, "", opts): between graphemes, with "" at both ends unless trimmed. */
static pl_term split_empty(pl_proc *p, pl_term s, int64_t count, bool trim)
{
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s), pos = 0;
    pl_tvec v = { 0 };
    if (!trim && count != 1) {
        push_piece(p, &v, d, 0);
        count--;
    }
    for (;; count--) {
        if (count == 1 || pos == n) {
            if (!(trim && pos == n)) {
                push_piece(p, &v, d + pos, n - pos);
            }
            break;
        }
        size_t end = pl_str_grapheme_end(d, n, pos);
        push_piece(p, &v, d + pos, end - pos);
        pos = end;
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

/* String.split_each/do_splitter: [count] pieces at most (0 = no limit). */
static pl_term split_pattern(pl_proc *p, pl_term s, patset *ps, int64_t count, bool trim)
{
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s), pos = 0;
    bool nomatch = false;
    pl_tvec v = { 0 };
    for (; !nomatch && !v.failed; count--) {
        if (count == 1) {
            if (!(trim && pos == n)) {
                push_piece(p, &v, d + pos, n - pos);
            }
            break;
        }
        bool got = false;
        while (!got) {
            size_t at, len;
            if (pos == n) {
                if (!trim) {
                    push_piece(p, &v, d + pos, 0);
                    nomatch = got = true;
                }
                break;
            }
            if (!patset_match(ps, d, n, pos, &at, &len)) {
                push_piece(p, &v, d + pos, n - pos);
                nomatch = got = true;
            } else if (trim && at == pos) {
                pos = at + len;
            } else {
                push_piece(p, &v, d + pos, at - pos);
                pos = at + len;
                got = true;
            }
        }
        if (!got) {
            break;
        }
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

static pl_term split(pl_proc *p, pl_term s, pl_term pattern, pl_term opts)
{
    if (!pl_is_bin(s) || !pl_is_list(opts)) {
        return pl_str_fclause(p);
    }
    pl_term parts = pl_str_opt(opts, pl_bif_atom(p->e, "parts"), PL_A(infinity));
    bool trim = pl_truthy(pl_str_opt(opts, pl_bif_atom(p->e, "trim"), PL_FALSE));
    int64_t count = 0;
    if (parts != PL_A(infinity) && (!pl_get_int64(parts, &count) || count <= 0)) {
        return pl_str_fclause(p);
    }
    if (pl_is_bin(pattern) && pl_str_len(pattern) == 0) {
        return split_empty(p, s, count, trim);
    }
    patset ps;
    if (!patset_init(&ps, pattern)) {
        return pl_bif_badarg_at(p, 2, "not a valid pattern");
    }
    pl_term r = split_pattern(p, s, &ps, count, trim);
    patset_free(&ps);
    return r;
}

PL_BIF(string_split_3) { return split(p, args[0], args[1], args[2]); }

/* ---- replace ---- */

/* The pieces of [s] around the matches of [pattern]: [text, match, text, ...,
 * text]. With [global] false only the first match counts. An empty pattern
 * matches between graphemes and at both ends. */
static pl_term matches_list(pl_proc *p, pl_term s, pl_term pattern, bool global)
{
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s), pos = 0;
    pl_tvec v = { 0 };
    if (pl_is_bin(pattern) && pl_str_len(pattern) == 0) {
        push_piece(p, &v, d, 0);
        push_piece(p, &v, d, 0);
        while (global && pos < n) {
            size_t end = pl_str_grapheme_end(d, n, pos);
            push_piece(p, &v, d + pos, end - pos);
            push_piece(p, &v, d, 0);
            pos = end;
        }
        if (global) {
            push_piece(p, &v, d, 0);
        } else {
            push_piece(p, &v, d, n);
        }
        return pl_str_tvec_list(p, &v, PL_NIL);
    }
    patset ps;
    if (!patset_init(&ps, pattern)) {
        return pl_bif_badarg_at(p, 2, "not a valid pattern");
    }
    size_t at, len;
    while (!v.failed && patset_match(&ps, d, n, pos, &at, &len)) {
        push_piece(p, &v, d + pos, at - pos);
        push_piece(p, &v, d + at, len);
        pos = at + len;
        if (!global) {
            break;
        }
    }
    push_piece(p, &v, d + pos, n - pos);
    patset_free(&ps);
    return pl_str_tvec_list(p, &v, PL_NIL);
}

/* String.__matches__(subject, pattern, global): for replace/4 with a function. */
PL_BIF(string_matches_3)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    return matches_list(p, args[0], args[1], pl_truthy(args[2]));
}

PL_BIF(string_replace_binary_4)
{
    pl_term s = args[0], repl = args[2];
    if (!pl_is_bin(s) || !pl_is_bin(repl)) {
        return pl_str_fclause(p);
    }
    pl_term pieces = matches_list(p, s, args[1], pl_truthy(args[3]));
    if (pieces == PL_NONE) {
        return PL_NONE;
    }
    pl_sbuf b = { 0 };
    bool is_match = false;
    for (pl_term l = pieces; pl_is_cons(l); l = pl_tail(l), is_match = !is_match) {
        pl_term x = is_match ? repl : pl_head(l);
        pl_str_put(&b, pl_str_data(x), pl_str_len(x));
    }
    pl_release(p->e, pieces);
    return pl_str_sbuf_finish(p, &b);
}

typedef enum { AFFIX_PREFIX, AFFIX_SUFFIX, AFFIX_LEADING, AFFIX_TRAILING } affix_kind;

static pl_term replace_affix(pl_proc *p, const pl_term *args, affix_kind kind)
{
    pl_term s = args[0], match = args[1], repl = args[2];
    if (!pl_is_bin(s) || !pl_is_bin(match) || !pl_is_bin(repl)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s), *m = pl_str_data(match);
    size_t n = pl_str_len(s), mn = pl_str_len(match), from = 0, to = n, times = 0;
    bool leading = kind == AFFIX_PREFIX || kind == AFFIX_LEADING;
    bool many = kind == AFFIX_LEADING || kind == AFFIX_TRAILING;
    if (many && mn == 0) {
        return pl_str_argerr(p, "cannot use an empty string as the match to replace");
    }
    do {
        if (to - from < mn || memcmp(leading ? d + from : d + to - mn, m, mn) != 0) {
            break;
        }
        if (leading) {
            from += mn;
        } else {
            to -= mn;
        }
        times++;
    } while (many);
    if (times == 0) {
        return pl_retain(s);
    }
    pl_sbuf b = { 0 };
    for (size_t i = 0; leading && i < times; i++) {
        pl_str_put(&b, pl_str_data(repl), pl_str_len(repl));
    }
    pl_str_put(&b, d + from, to - from);
    for (size_t i = 0; !leading && i < times; i++) {
        pl_str_put(&b, pl_str_data(repl), pl_str_len(repl));
    }
    return pl_str_sbuf_finish(p, &b);
}

PL_BIF(string_replace_prefix_3) { return replace_affix(p, args, AFFIX_PREFIX); }
PL_BIF(string_replace_suffix_3) { return replace_affix(p, args, AFFIX_SUFFIX); }
PL_BIF(string_replace_leading_3) { return replace_affix(p, args, AFFIX_LEADING); }
PL_BIF(string_replace_trailing_3) { return replace_affix(p, args, AFFIX_TRAILING); }

/* left =~ right for a binary right side. */
PL_BIF(kernel_match_op_2)
{
    if (!pl_is_bin(args[0]) || !pl_is_bin(args[1])) {
        return pl_str_fclause(p);
    }
    size_t m = pl_str_len(args[1]);
    return pl_bool(m == 0 ||
                   pl_str_find(pl_str_data(args[0]), pl_str_len(args[0]), pl_str_data(args[1]),
                               m) != (size_t)-1);
}

/* ---- Sigils ---- */

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Reads up to [max] hex digits at s[*i..n) (inside braces when [braced]). */
static bool hex_escape(const unsigned char *s, size_t n, size_t *i, int min, int max, bool braced,
                       int32_t *out)
{
    size_t j = *i + (braced ? 1 : 0);
    int32_t v = 0;
    int digits = 0;
    while (j < n && digits < max && hexval(s[j]) >= 0) {
        v = v * 16 + hexval(s[j++]);
        digits++;
    }
    if (digits < min || (braced && (j >= n || s[j] != '}'))) {
        return false;
    }
    *i = j + (braced ? 1 : 0);
    *out = v;
    return true;
}

/* Macro.unescape_string/1: the escapes of a double-quoted string. */
static void unescape(pl_sbuf *b, const unsigned char *s, size_t n)
{
    static const char from[] = "0abdefnrstv", to[] = "\0\a\b\177\033\f\n\r \t\v";
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\' || i + 1 >= n) {
            pl_str_putc(b, s[i++]);
            continue;
        }
        unsigned char c = s[i + 1];
        size_t j = i + 2;
        int32_t v;
        const char *hit = c ? strchr(from, c) : NULL;
        if (c == 'x' && j < n && s[j] == '{' && hex_escape(s, n, &j, 1, 6, true, &v)) {
            pl_str_put_cp(b, v);
        } else if (c == 'x' && hex_escape(s, n, &j, 1, 2, false, &v)) {
            pl_str_putc(b, (unsigned char)v);
        } else if (c == 'u' && j < n && s[j] == '{' && hex_escape(s, n, &j, 1, 6, true, &v)) {
            pl_str_put_cp(b, v);
        } else if (c == 'u' && hex_escape(s, n, &j, 4, 4, false, &v)) {
            pl_str_put_cp(b, v);
        } else if (c == '\n') {
            j = i + 2;
        } else if (c == '\r' && j < n && s[j] == '\n') {
            j = i + 3;
        } else if (hit) {
            pl_str_putc(b, (unsigned char)to[hit - from]);
        } else {
            pl_str_putc(b, c);
        }
        i = j;
    }
}

static pl_term unescaped(pl_proc *p, pl_term s)
{
    pl_sbuf b = { 0 };
    unescape(&b, pl_str_data(s), pl_str_len(s));
    return pl_str_sbuf_finish(p, &b);
}

/* The code points of a binary as a list (invalid bytes as themselves). */
static pl_term charlist_of(pl_proc *p, pl_term s)
{
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    pl_tvec v = { 0 };
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        pl_str_tvec_push(p->e, &v, pl_small(k < 0 ? d[i] : cp));
        i += (size_t)(k < 0 ? 1 : k);
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

PL_BIF(kernel_sigil_s_2)
{
    return pl_is_bin(args[0]) ? unescaped(p, args[0]) : pl_str_fclause(p);
}

PL_BIF(kernel_sigil_S_2) { return pl_is_bin(args[0]) ? pl_retain(args[0]) : pl_str_fclause(p); }

PL_BIF(kernel_sigil_c_2)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    pl_term s = unescaped(p, args[0]);
    if (s == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = charlist_of(p, s);
    pl_release(p->e, s);
    return r;
}

PL_BIF(kernel_sigil_C_2)
{
    return pl_is_bin(args[0]) ? charlist_of(p, args[0]) : pl_str_fclause(p);
}

/* ~w / ~W: whitespace-separated words as strings, atoms (a) or charlists (c). */
static pl_term words(pl_proc *p, pl_term s, pl_term mods)
{
    pl_engine *e = p->e;
    char kind = 's';
    for (pl_term l = mods; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_is_small(pl_head(l))) {
            kind = (char)pl_small_value(pl_head(l));
        }
    }
    if (kind != 's' && kind != 'a' && kind != 'c') {
        return pl_str_argerr(p, "modifier must be one of: s, a, c");
    }
    pl_term list = pl_bif_string_split_1(p, &s);
    if (list == PL_NONE || kind == 's') {
        return list;
    }
    pl_tvec v = { 0 };
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        pl_term w = pl_head(l);
        const char *name = (const char *)pl_str_data(w);
        size_t n = pl_str_len(w);
        pl_term x = kind == 'a' ? pl_atom_intern(&e->atoms, name, n) : charlist_of(p, w);
        pl_str_tvec_push(e, &v, x);
    }
    pl_release(e, list);
    return pl_str_tvec_list(p, &v, PL_NIL);
}

PL_BIF(kernel_sigil_w_2)
{
    if (!pl_is_bin(args[0])) {
        return pl_str_fclause(p);
    }
    pl_term s = unescaped(p, args[0]);
    if (s == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = words(p, s, args[1]);
    pl_release(p->e, s);
    return r;
}

PL_BIF(kernel_sigil_W_2)
{
    return pl_is_bin(args[0]) ? words(p, args[0], args[1]) : pl_str_fclause(p);
}
