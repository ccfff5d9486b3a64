/* Enum and Range first-order built-ins: the work that needs no user function
 * (reverse, sum, count, member?, min/max, sort, uniq, zip, join, take/drop ...).
 * Higher-order Enum functions are Elixir (engine/lib/enum.ex), which calls these.
 * Every BIF borrows its arguments and returns a new reference or PL_NONE. */
#include "bif.h"
#include "bif_enum.h"
#include "bif_sort.h"
#include "../inspect.h"
#include "../map.h"
#include "../num.h"
#include "../term_order.h"

/* ---- Shared helpers (declared in bif_enum.h) ---- */

bool pl_enum_range(const pl_engine *e, pl_term t, int64_t *first, int64_t *last, int64_t *step)
{
    if (!pl_is_map(t) || pl_map_get(e, t, PL_A(__struct__)) != PL_A(E_Range)) {
        return false;
    }
    pl_term s = pl_map_get(e, t, PL_A(step));
    if (!pl_get_int64(pl_map_get(e, t, PL_A(first)), first) ||
        !pl_get_int64(pl_map_get(e, t, PL_A(last)), last)) {
        return false;
    }
    if (s == PL_NONE) {
        *step = *first <= *last ? 1 : -1;
        return true;
    }
    return pl_get_int64(s, step) && *step != 0;
}

int64_t pl_enum_range_size(int64_t first, int64_t last, int64_t step)
{
    if ((step > 0 && first > last) || (step < 0 && first < last)) {
        return 0;
    }
    return (last - first) / step + 1;
}

pl_term pl_enum_list(pl_proc *p, pl_term t) { return pl_bif_enum_to_list(p, t); }

pl_term pl_enum_ok(pl_proc *p, pl_term r) { return r == PL_NONE ? pl_bif_nomem(p) : r; }

pl_term pl_enum_raise(pl_proc *p, const char *module, const char *msg)
{
    pl_engine *e = p->e;
    pl_term exc = pl_bif_make_struct(e, pl_bif_atom(e, module));
    if (msg) {
        pl_term with = pl_map_put(e, exc, PL_A(message), pl_cstr(e, msg));
        pl_release(e, exc);
        exc = with;
    }
    return pl_proc_error(p, exc == PL_NONE ? PL_A(system_limit) : exc);
}

pl_term pl_enum_argerr(pl_proc *p, const char *prefix, pl_term t)
{
    pl_engine *e = p->e;
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term s = pl_inspect(e, t, &o);
    if (s == PL_NONE) {
        return pl_bif_nomem(p);
    }
    size_t n = strlen(prefix), len = pl_bin_of(s)->len;
    char *buf = malloc(n + len + 1);
    if (!buf) {
        pl_release(e, s);
        return pl_bif_nomem(p);
    }
    memcpy(buf, prefix, n);
    memcpy(buf + n, pl_bin_of(s)->data, len);
    buf[n + len] = 0;
    pl_release(e, s);
    pl_term r = pl_bif_raise_msg(p, PL_A(E_ArgumentError), buf);
    free(buf);
    return r;
}

/* Lists of up to 2^32 elements as a malloc'd array of borrowed terms. */
bool pl_enum_array(pl_term list, pl_term **out, size_t *n)
{
    int64_t len = pl_list_length(list);
    if (len < 0) {
        return false;
    }
    pl_term *a = malloc((size_t)(len ? len : 1) * sizeof *a);
    if (!a) {
        return false;
    }
    size_t i = 0;
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        a[i++] = pl_head(l);
    }
    *out = a;
    *n = i;
    return true;
}

/* Stable merge sort of borrowed terms; [desc] sorts descending (>=), keeping
 * equal elements in their original order as :lists.sort/2 does. [key] >= 0
 * compares element [key] of tuples (List.keysort); the caller checked them. */
static int cmp_terms(const pl_engine *e, pl_term a, pl_term b, int64_t key)
{
    if (key >= 0) {
        a = pl_tuple_get(a, (uint64_t)key);
        b = pl_tuple_get(b, (uint64_t)key);
    }
    return pl_compare(e, a, b);
}

void pl_enum_sort(const pl_engine *e, pl_term *a, pl_term *tmp, size_t n, bool desc, int64_t key)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int c = cmp_terms(e, a[i], a[j], key);
                bool left = desc ? c >= 0 : c <= 0;
                tmp[k++] = left ? a[i++] : a[j++];
            }
            while (i < mid) {
                tmp[k++] = a[i++];
            }
            while (j < hi) {
                tmp[k++] = a[j++];
            }
        }
        memcpy(a, tmp, n * sizeof *a);
    }
}

/* ---- Range ---- */

static pl_term make_range(pl_proc *p, pl_term first, pl_term last, pl_term step)
{
    pl_term keys[4] = { PL_A(__struct__), PL_A(first), PL_A(last), PL_A(step) };
    pl_term vals[4] = { PL_A(E_Range), first, last, step };
    return pl_enum_ok(p, pl_map_from_arrays(p->e, keys, vals, 4));
}

static pl_term range_error(pl_proc *p, const pl_term *args, bool with_step)
{
    pl_engine *e = p->e;
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term parts[3] = { PL_NONE, PL_NONE, PL_NONE };
    for (int i = 0; i < (with_step ? 3 : 2); i++) {
        parts[i] = pl_inspect(e, args[i], &o);
        if (parts[i] == PL_NONE) {
            pl_release(e, parts[0]);
            pl_release(e, parts[1]);
            return pl_bif_nomem(p);
        }
    }
    const char *pre = with_step ? "ranges (first..last//step) expect both sides to be integers "
                                  "and the step to be a non-zero integer, got: "
                                : "ranges (first..last) expect both sides to be integers, got: ";
    size_t len = strlen(pre) + 8;
    for (int i = 0; i < 3; i++) {
        len += parts[i] != PL_NONE ? pl_bin_of(parts[i])->len : 0;
    }
    char *buf = malloc(len);
    if (buf) {
        size_t k = strlen(pre);
        memcpy(buf, pre, k);
        for (int i = 0; i < 3 && parts[i] != PL_NONE; i++) {
            if (i > 0) {
                memcpy(buf + k, i == 1 ? ".." : "//", 2);
                k += 2;
            }
            memcpy(buf + k, pl_bin_of(parts[i])->data, pl_bin_of(parts[i])->len);
            k += pl_bin_of(parts[i])->len;
        }
        buf[k] = 0;
    }
    for (int i = 0; i < 3; i++) {
        pl_release(e, parts[i]);
    }
    if (!buf) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_bif_raise_msg(p, PL_A(E_ArgumentError), buf);
    free(buf);
    return r;
}

PL_BIF(range_new_2)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        return range_error(p, args, false);
    }
    bool up = pl_compare(p->e, args[0], args[1]) <= 0;
    return make_range(p, args[0], args[1], pl_small(up ? 1 : -1));
}

PL_BIF(range_new_3)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1]) || !pl_is_integer(args[2]) ||
        args[2] == pl_small(0)) {
        return range_error(p, args, true);
    }
    return make_range(p, args[0], args[1], args[2]);
}

PL_BIF(range_size_1)
{
    int64_t f, l, s;
    if (!pl_enum_range(p->e, args[0], &f, &l, &s)) {
        return pl_bif_error(p, PL_A(function_clause));
    }
    return pl_small(pl_enum_range_size(f, l, s));
}

/* ---- Counting and membership ---- */

PL_BIF(enum_count_1)
{
    int64_t f, l, s;
    if (pl_is_list(args[0])) {
        int64_t n = pl_list_length(args[0]);
        return n < 0 ? pl_bif_badarg(p) : pl_small(n);
    }
    if (pl_enum_range(p->e, args[0], &f, &l, &s)) {
        return pl_small(pl_enum_range_size(f, l, s));
    }
    if (pl_is_map(args[0])) {
        return pl_small((int64_t)pl_map_size(args[0]));
    }
    return pl_enum_list(p, args[0]);
}

PL_BIF(enum_empty_1)
{
    pl_term t = args[0];
    if (pl_is_list(t)) {
        return pl_bool(t == PL_NIL);
    }
    int64_t f, l, s;
    if (pl_enum_range(p->e, t, &f, &l, &s)) {
        return pl_bool(pl_enum_range_size(f, l, s) == 0);
    }
    if (pl_is_map(t)) {
        return pl_bool(pl_map_size(t) == 0);
    }
    return pl_enum_list(p, t);
}

PL_BIF(enum_member_2)
{
    pl_engine *e = p->e;
    pl_term t = args[0], x = args[1];
    int64_t f, l, s, v;
    if (pl_is_list(t)) {
        for (; pl_is_cons(t); t = pl_tail(t)) {
            if (pl_exact_eq(pl_head(t), x)) {
                return PL_TRUE;
            }
        }
        return PL_FALSE;
    }
    if (pl_enum_range(e, t, &f, &l, &s)) {
        if (!pl_get_int64(x, &v)) {
            return PL_FALSE;
        }
        bool in = s > 0 ? (v >= f && v <= l) : (v <= f && v >= l);
        return pl_bool(in && (v - f) % s == 0);
    }
    if (pl_is_map(t)) {
        if (!pl_is_tuple(x) || pl_tuple_arity(x) != 2) {
            return PL_FALSE;
        }
        pl_term got = pl_map_get(e, t, pl_tuple_get(x, 0));
        return pl_bool(got != PL_NONE && pl_exact_eq(got, pl_tuple_get(x, 1)));
    }
    return pl_enum_list(p, t);
}

/* ---- Arithmetic folds ---- */

static pl_term fold_numbers(pl_proc *p, pl_term list, pl_arith_op op, int64_t start)
{
    pl_term acc = pl_small(start);
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        pl_term x = pl_head(l);
        int64_t r;
        if (pl_is_small(acc) && pl_is_small(x) && op == PL_ADD &&
            !__builtin_add_overflow(pl_small_value(acc), pl_small_value(x), &r) &&
            pl_fits_small(r)) {
            acc = pl_small(r);
            continue;
        }
        pl_term next = pl_num_arith(p, op, acc, x);
        pl_release(p->e, acc);
        if (next == PL_NONE) {
            return PL_NONE;
        }
        acc = next;
    }
    return acc;
}

/* n * (first + last') / 2 for a range, with bignums when it grows. */
static pl_term range_sum(pl_proc *p, int64_t f, int64_t l, int64_t s)
{
    int64_t n = pl_enum_range_size(f, l, s);
    if (n == 0) {
        return pl_small(0);
    }
    mpz_t a, b;
    mpz_init_set_si(a, s);
    mpz_mul_si(a, a, n - 1);
    mpz_init_set_si(b, f);
    mpz_mul_2exp(b, b, 1);
    mpz_add(a, a, b); /* first + last' */
    mpz_mul_si(a, a, n);
    mpz_fdiv_q_2exp(a, a, 1);
    pl_term r = pl_big_from_mpz(p->e, a);
    mpz_clear(a);
    mpz_clear(b);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_sum_1)
{
    int64_t f, l, s;
    if (pl_enum_range(p->e, args[0], &f, &l, &s)) {
        return range_sum(p, f, l, s);
    }
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = fold_numbers(p, list, PL_ADD, 0);
    pl_release(p->e, list);
    return r;
}

PL_BIF(enum_product_1)
{
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = fold_numbers(p, list, PL_MUL, 1);
    pl_release(p->e, list);
    return r;
}

/* ---- Min and max ---- */

static pl_term empty_error(pl_proc *p) { return pl_enum_raise(p, "Elixir.Enum.EmptyError", NULL); }

static pl_term extreme(pl_proc *p, pl_term t, int sign)
{
    pl_engine *e = p->e;
    int64_t f, l, s;
    if (pl_enum_range(e, t, &f, &l, &s) && pl_enum_range_size(f, l, s) > 0) {
        int64_t last = f + (pl_enum_range_size(f, l, s) - 1) * s;
        int64_t lo = f < last ? f : last, hi = f < last ? last : f;
        return pl_int64(e, sign < 0 ? lo : hi);
    }
    pl_term list = pl_enum_list(p, t);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    if (!pl_is_cons(list)) {
        pl_release(e, list);
        return empty_error(p);
    }
    pl_term best = pl_head(list);
    for (pl_term x = pl_tail(list); pl_is_cons(x); x = pl_tail(x)) {
        int c = pl_compare(e, pl_head(x), best);
        if (sign < 0 ? c < 0 : c > 0) {
            best = pl_head(x);
        }
    }
    pl_retain(best);
    pl_release(e, list);
    return best;
}

PL_BIF(enum_min_1) { return extreme(p, args[0], -1); }
PL_BIF(enum_max_1) { return extreme(p, args[0], 1); }

PL_BIF(enum_min_max_1)
{
    pl_term lo = extreme(p, args[0], -1);
    if (lo == PL_NONE) {
        return PL_NONE;
    }
    pl_term hi = extreme(p, args[0], 1);
    if (hi == PL_NONE) {
        pl_release(p->e, lo);
        return PL_NONE;
    }
    return pl_enum_ok(p, pl_tuple2(p->e, lo, hi));
}

/* ---- Reordering ---- */

/* Enum.to_list of a map is Map.to_list (the :maps.to_list order), unlike the
 * reduce-based functions that walk a large map the other way. */
PL_BIF(enum_to_list_1)
{
    if (pl_is_map(args[0]) && pl_map_get(p->e, args[0], PL_A(__struct__)) == PL_NONE) {
        return pl_bif_map_to_list_1(p, args);
    }
    return pl_enum_list(p, args[0]);
}

PL_BIF(enum_reverse_1)
{
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = pl_list_reverse(p->e, list);
    pl_release(p->e, list);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_reverse_2)
{
    pl_engine *e = p->e;
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term out = pl_enum_list(p, args[1]);
    for (pl_term l = list; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
        if (out == PL_NONE) {
            pl_bif_nomem(p);
        }
    }
    pl_release(e, list);
    return out;
}

/* Sorted copy of a list ([desc] for :desc); [key] >= 0 sorts tuples by that element. */
pl_term pl_enum_sorted(pl_proc *p, pl_term list, bool desc, int64_t key)
{
    pl_term *a, *tmp;
    size_t n;
    if (!pl_enum_array(list, &a, &n)) {
        return pl_bif_nomem(p);
    }
    tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp) {
        free(a);
        return pl_bif_nomem(p);
    }
    pl_enum_sort(p->e, a, tmp, n, desc, key);
    pl_term r = pl_list_from_array(p->e, a, n);
    free(a);
    free(tmp);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_sort_1)
{
    if (pl_list_length(args[0]) >= 0) { /* a list: :lists.sort/1, as enum.ex does */
        return pl_lists_sort(p, args[0]);
    }
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    if (pl_list_length(list) < 0) {
        pl_release(p->e, list);
        return pl_bif_badarg(p);
    }
    pl_term r = pl_enum_sorted(p, list, false, -1);
    pl_release(p->e, list);
    return r;
}

/* Enum.__sort__(list, desc?) — :asc/:desc sorting for Enum.sort/2 and sort_by. */
PL_BIF(enum_sort_dir_2)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    return pl_enum_sorted(p, args[0], args[1] == PL_TRUE, -1);
}

/* Enum.__sort_keyed__(pairs, desc?): sorts [{value, key}] by key, stable. */
PL_BIF(enum_sort_keyed_2)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    return pl_enum_sorted(p, args[0], args[1] == PL_TRUE, 1);
}

/* Keeps the first of each value; seen values live in a map (exact keys). */
static pl_term uniq_list(pl_proc *p, pl_term list)
{
    pl_engine *e = p->e;
    pl_term seen = pl_map_empty(e), out = PL_NIL;
    for (pl_term l = list; pl_is_cons(l) && seen != PL_NONE && out != PL_NONE; l = pl_tail(l)) {
        if (pl_map_find(e, seen, pl_head(l)) >= 0) {
            continue;
        }
        pl_term next = pl_map_put(e, seen, pl_retain(pl_head(l)), PL_TRUE);
        pl_release(e, seen);
        seen = next;
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    if (seen == PL_NONE || out == PL_NONE) {
        pl_release(e, seen);
        pl_release(e, out);
        return pl_bif_nomem(p);
    }
    pl_release(e, seen);
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_uniq_1)
{
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = uniq_list(p, list);
    pl_release(p->e, list);
    return r;
}

PL_BIF(enum_dedup_1)
{
    pl_engine *e = p->e;
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term out = PL_NIL;
    for (pl_term l = list; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        if (pl_is_cons(out) && pl_exact_eq(pl_head(out), pl_head(l))) {
            continue;
        }
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, list);
    if (out == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

/* Counts in a map; the counts are small integers. */
PL_BIF(enum_frequencies_1)
{
    pl_engine *e = p->e;
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term m = pl_map_empty(e);
    for (pl_term l = list; pl_is_cons(l) && m != PL_NONE; l = pl_tail(l)) {
        pl_term old = pl_map_get(e, m, pl_head(l));
        int64_t n = old == PL_NONE ? 1 : pl_small_value(old) + 1;
        pl_term next = pl_map_put(e, m, pl_retain(pl_head(l)), pl_small(n));
        pl_release(e, m);
        m = next;
    }
    pl_release(e, list);
    return pl_enum_ok(p, m);
}

/* ---- Joining ---- */

typedef struct sbuf {
    char *data;
    size_t len, cap;
} sbuf;

static bool sb_add(sbuf *b, const void *s, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n) {
            cap *= 2;
        }
        char *d = realloc(b->data, cap);
        if (!d) {
            return false;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

static pl_term not_chars(pl_proc *p, pl_term x)
{
    pl_engine *e = p->e;
    pl_term exc = pl_bif_make_struct(e, PL_A(E_Protocol_UndefinedError));
    pl_term a = pl_map_put(e, exc, pl_bif_atom(e, "protocol"), pl_bif_atom(e, "Elixir.String.Chars"));
    pl_release(e, exc);
    pl_term b = pl_map_put(e, a, PL_A(value), pl_retain(x));
    pl_release(e, a);
    return pl_bif_error(p, b);
}

/* Enum.join(enum, sep): to_string of each element, [sep] between. */
static pl_term join(pl_proc *p, pl_term enumerable, pl_term sep)
{
    pl_engine *e = p->e;
    if (!pl_is_bin(sep)) {
        return pl_bif_error(p, PL_A(function_clause));
    }
    pl_term list = pl_enum_list(p, enumerable);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    sbuf b = { NULL, 0, 0 };
    bool ok = true;
    pl_term bad = PL_NONE;
    for (pl_term l = list; pl_is_cons(l) && ok; l = pl_tail(l)) {
        pl_term x = pl_head(l);
        if (l != list) {
            ok = sb_add(&b, pl_bin_of(sep)->data, pl_bin_of(sep)->len);
        }
        if (pl_is_bin(x)) {
            ok = ok && sb_add(&b, pl_bin_of(x)->data, pl_bin_of(x)->len);
            continue;
        }
        pl_term s = pl_to_string(e, x);
        if (s == PL_NONE) {
            bad = x;
            ok = false;
            break;
        }
        ok = ok && sb_add(&b, pl_bin_of(s)->data, pl_bin_of(s)->len);
        pl_release(e, s);
    }
    pl_term r = ok ? pl_bin_new(e, b.data ? b.data : "", b.len) : PL_NONE;
    free(b.data);
    if (bad != PL_NONE) {
        pl_retain(bad);
        pl_release(e, list);
        r = not_chars(p, bad);
        pl_release(e, bad);
        return r;
    }
    pl_release(e, list);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_join_1)
{
    pl_term sep = pl_bin_new(p->e, "", 0);
    if (sep == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = join(p, args[0], sep);
    pl_release(p->e, sep);
    return r;
}
PL_BIF(enum_join_2) { return join(p, args[0], args[1]); }
