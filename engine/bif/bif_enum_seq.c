/* Enum's positional first-order built-ins: at/fetch, take/drop/split, zip,
 * unzip, with_index, concat, intersperse, take_every. Lists, maps and ranges
 * are accepted (as lists); the Elixir side handles user functions. */
#include "bif.h"
#include "bif_enum.h"
#include "../map.h"
#include "../term_order.h"

static pl_term fclause(pl_proc *p) { return pl_bif_error(p, PL_A(function_clause)); }

/* The [i]-th (0-based, negative from the end) element, or PL_NONE. Borrowed. */
static pl_term nth(pl_proc *p, pl_term t, int64_t i, bool *raised)
{
    int64_t f, l, s;
    *raised = false;
    if (pl_enum_range(p->e, t, &f, &l, &s)) {
        int64_t n = pl_enum_range_size(f, l, s);
        if (i < 0) {
            i += n;
        }
        return i >= 0 && i < n ? pl_small(f + i * s) : PL_NONE;
    }
    if (!pl_is_list(t) && !pl_is_map(t)) {
        pl_enum_list(p, t);
        *raised = true;
        return PL_NONE;
    }
    if (pl_is_map(t)) {
        return PL_NONE; /* callers convert maps first */
    }
    if (i < 0) {
        int64_t n = pl_list_length(t);
        i += n;
        if (i < 0) {
            return PL_NONE;
        }
    }
    for (; pl_is_cons(t); t = pl_tail(t), i--) {
        if (i == 0) {
            return pl_head(t);
        }
    }
    return PL_NONE;
}

/* at/fetch: the element as a new reference, PL_NONE when absent ([*raised] on error). */
static pl_term element_at(pl_proc *p, pl_term t, pl_term idx, bool *raised)
{
    int64_t i;
    *raised = false;
    if (!pl_get_int64(idx, &i)) {
        *raised = true;
        return fclause(p);
    }
    if (pl_is_map(t) && pl_map_get(p->e, t, PL_A(__struct__)) != PL_A(E_Range)) {
        pl_term list = pl_enum_list(p, t);
        if (list == PL_NONE) {
            *raised = true;
            return PL_NONE;
        }
        pl_term r = nth(p, list, i, raised);
        pl_retain(r);
        pl_release(p->e, list);
        return r;
    }
    pl_term r = nth(p, t, i, raised);
    return pl_is_small(r) ? r : pl_retain(r);
}

PL_BIF(enum_at_2)
{
    bool raised;
    pl_term r = element_at(p, args[0], args[1], &raised);
    return raised ? PL_NONE : r == PL_NONE ? PL_ATOM_NIL : r;
}

PL_BIF(enum_at_3)
{
    bool raised;
    pl_term r = element_at(p, args[0], args[1], &raised);
    return raised ? PL_NONE : r == PL_NONE ? pl_retain(args[2]) : r;
}

PL_BIF(enum_fetch_2)
{
    bool raised;
    pl_term r = element_at(p, args[0], args[1], &raised);
    if (raised) {
        return PL_NONE;
    }
    return r == PL_NONE ? PL_A(error) : pl_enum_ok(p, pl_tuple2(p->e, PL_A(ok), r));
}

PL_BIF(enum_fetch_bang_2)
{
    bool raised;
    pl_term r = element_at(p, args[0], args[1], &raised);
    if (raised) {
        return PL_NONE;
    }
    return r == PL_NONE ? pl_enum_raise(p, "Elixir.Enum.OutOfBoundsError", NULL) : r;
}

/* ---- take / drop / split ---- */

/* The list and the split point of [n] (negative counts from the end), clamped. */
static pl_term split_point(pl_proc *p, pl_term t, pl_term amount, size_t *at, size_t *len)
{
    int64_t n;
    if (!pl_get_int64(amount, &n)) {
        fclause(p);
        return PL_NONE;
    }
    pl_term list = pl_enum_list(p, t);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    int64_t count = pl_list_length(list);
    if (count < 0) {
        pl_release(p->e, list);
        pl_bif_badarg(p);
        return PL_NONE;
    }
    if (n < 0) {
        n = count + n < 0 ? 0 : count + n;
    }
    *at = (size_t)(n > count ? count : n);
    *len = (size_t)count;
    return list;
}

/* The first [k] elements of [list] (new reference). */
static pl_term prefix(pl_proc *p, pl_term list, size_t k)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    for (size_t i = 0; i < k && out != PL_NONE; i++, list = pl_tail(list)) {
        out = pl_cons_new(e, pl_retain(pl_head(list)), out);
    }
    if (out == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

static pl_term suffix(pl_term list, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        list = pl_tail(list);
    }
    return pl_retain(list);
}

PL_BIF(enum_take_2)
{
    size_t at, len;
    int64_t n = 0;
    if (pl_get_int64(args[1], &n) && n >= 0 && pl_is_list(args[0])) {
        pl_term l = args[0];
        size_t k = 0;
        for (; pl_is_cons(l) && (int64_t)k < n; l = pl_tail(l)) {
            k++;
        }
        return l == PL_NIL ? pl_retain(args[0]) : prefix(p, args[0], k);
    }
    if (pl_get_int64(args[1], &n) && n >= 0) {
        int64_t f, l, s;
        if (pl_enum_range(p->e, args[0], &f, &l, &s)) {
            int64_t c = pl_enum_range_size(f, l, s);
            c = c < n ? c : n;
            pl_term out = PL_NIL;
            for (int64_t i = c; i > 0 && out != PL_NONE; i--) {
                out = pl_cons_new(p->e, pl_int64(p->e, f + (i - 1) * s), out);
            }
            return pl_enum_ok(p, out);
        }
    }
    pl_term list = split_point(p, args[0], args[1], &at, &len);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = n >= 0 ? prefix(p, list, at) : suffix(list, at);
    pl_release(p->e, list);
    return r;
}

PL_BIF(enum_drop_2)
{
    size_t at, len;
    int64_t n = 0;
    pl_get_int64(args[1], &n);
    pl_term list = split_point(p, args[0], args[1], &at, &len);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = n >= 0 ? suffix(list, at) : prefix(p, list, at);
    pl_release(p->e, list);
    return r;
}

PL_BIF(enum_split_2)
{
    size_t at, len;
    pl_term list = split_point(p, args[0], args[1], &at, &len);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term a = prefix(p, list, at);
    pl_term b = a == PL_NONE ? PL_NONE : suffix(list, at);
    pl_release(p->e, list);
    if (a == PL_NONE) {
        return PL_NONE;
    }
    return pl_enum_ok(p, pl_tuple2(p->e, a, b));
}

PL_BIF(enum_take_every_2)
{
    pl_engine *e = p->e;
    int64_t n;
    if (!pl_get_int64(args[1], &n) || n < 0) {
        return fclause(p);
    }
    if (n == 0) {
        return PL_NIL;
    }
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term out = PL_NIL;
    int64_t i = 0;
    for (pl_term l = list; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l), i++) {
        if (i % n == 0) {
            out = pl_cons_new(e, pl_retain(pl_head(l)), out);
        }
    }
    pl_release(e, list);
    if (out == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

/* ---- zip / unzip / with_index ---- */

/* Tuples of the i-th elements of every list in [lists] (n lists), up to the shortest. */
static pl_term zip_lists(pl_proc *p, pl_term *lists, size_t n)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    if (n == 0) {
        return PL_NIL;
    }
    for (;;) {
        for (size_t i = 0; i < n; i++) {
            if (!pl_is_cons(lists[i])) {
                pl_term r = pl_list_reverse(e, out);
                pl_release(e, out);
                return pl_enum_ok(p, r);
            }
        }
        pl_term t = pl_tuple_new(e, n);
        if (t == PL_NONE) {
            pl_release(e, out);
            return pl_bif_nomem(p);
        }
        for (size_t i = 0; i < n; i++) {
            pl_tuple_of(t)->el[i] = pl_retain(pl_head(lists[i]));
            lists[i] = pl_tail(lists[i]);
        }
        out = pl_cons_new(e, t, out);
        if (out == PL_NONE) {
            return pl_bif_nomem(p);
        }
    }
}

PL_BIF(enum_zip_2)
{
    pl_term a = pl_enum_list(p, args[0]);
    if (a == PL_NONE) {
        return PL_NONE;
    }
    pl_term b = pl_enum_list(p, args[1]);
    if (b == PL_NONE) {
        pl_release(p->e, a);
        return PL_NONE;
    }
    pl_term lists[2] = { a, b };
    pl_term r = zip_lists(p, lists, 2);
    pl_release(p->e, a);
    pl_release(p->e, b);
    return r;
}

PL_BIF(enum_zip_1)
{
    pl_engine *e = p->e;
    pl_term outer = pl_enum_list(p, args[0]);
    if (outer == PL_NONE) {
        return PL_NONE;
    }
    int64_t n = pl_list_length(outer);
    pl_term *owned = malloc((size_t)(n > 0 ? n : 1) * sizeof *owned);
    pl_term *cur = malloc((size_t)(n > 0 ? n : 1) * sizeof *cur);
    pl_term r = PL_NONE;
    size_t k = 0;
    if (owned && cur && n >= 0) {
        for (pl_term l = outer; pl_is_cons(l); l = pl_tail(l)) {
            owned[k] = pl_enum_list(p, pl_head(l));
            if (owned[k] == PL_NONE) {
                break;
            }
            cur[k] = owned[k];
            k++;
        }
        if ((int64_t)k == n) {
            r = zip_lists(p, cur, k);
        }
    } else {
        pl_bif_nomem(p);
    }
    for (size_t i = 0; i < k; i++) {
        pl_release(e, owned[i]);
    }
    free(owned);
    free(cur);
    pl_release(e, outer);
    return r;
}

PL_BIF(enum_unzip_1)
{
    pl_engine *e = p->e;
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term a = PL_NIL, b = PL_NIL;
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        pl_term t = pl_head(l);
        if (!pl_is_tuple(t) || pl_tuple_arity(t) != 2) {
            pl_release(e, a);
            pl_release(e, b);
            pl_release(e, list);
            return fclause(p);
        }
        a = pl_cons_new(e, pl_retain(pl_tuple_get(t, 0)), a);
        b = pl_cons_new(e, pl_retain(pl_tuple_get(t, 1)), b);
        if (a == PL_NONE || b == PL_NONE) {
            pl_release(e, a);
            pl_release(e, b);
            pl_release(e, list);
            return pl_bif_nomem(p);
        }
    }
    pl_release(e, list);
    pl_term ra = pl_list_reverse(e, a), rb = pl_list_reverse(e, b);
    pl_release(e, a);
    pl_release(e, b);
    return pl_enum_ok(p, pl_tuple2(e, ra, rb));
}

/* Enum.__with_index__(enum, offset): [{x, offset}, {y, offset + 1}, ...]. */
PL_BIF(enum_with_index_2)
{
    pl_engine *e = p->e;
    int64_t i;
    if (!pl_get_int64(args[1], &i)) {
        return fclause(p);
    }
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term out = PL_NIL;
    for (pl_term l = list; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l), i++) {
        out = pl_cons_new(e, pl_tuple2(e, pl_retain(pl_head(l)), pl_int64(e, i)), out);
    }
    pl_release(e, list);
    if (out == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

/* ---- concat / intersperse ---- */

/* Appends copies of [list]'s elements onto the reversed accumulator [acc] (taken). */
static pl_term push_all(pl_engine *e, pl_term acc, pl_term list)
{
    for (pl_term l = list; pl_is_cons(l) && acc != PL_NONE; l = pl_tail(l)) {
        acc = pl_cons_new(e, pl_retain(pl_head(l)), acc);
    }
    return acc;
}

PL_BIF(enum_concat_2)
{
    pl_engine *e = p->e;
    pl_term a = pl_enum_list(p, args[0]);
    if (a == PL_NONE) {
        return PL_NONE;
    }
    pl_term b = pl_enum_list(p, args[1]);
    if (b == PL_NONE) {
        pl_release(e, a);
        return PL_NONE;
    }
    pl_term rev = pl_list_reverse(e, a), out = b;
    for (pl_term l = rev; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, rev);
    pl_release(e, a);
    return pl_enum_ok(p, out);
}

PL_BIF(enum_concat_1)
{
    pl_engine *e = p->e;
    pl_term outer = pl_enum_list(p, args[0]);
    if (outer == PL_NONE) {
        return PL_NONE;
    }
    pl_term acc = PL_NIL;
    for (pl_term l = outer; pl_is_cons(l) && acc != PL_NONE; l = pl_tail(l)) {
        pl_term inner = pl_enum_list(p, pl_head(l));
        if (inner == PL_NONE) {
            pl_release(e, acc);
            pl_release(e, outer);
            return PL_NONE;
        }
        acc = push_all(e, acc, inner);
        pl_release(e, inner);
    }
    pl_release(e, outer);
    if (acc == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, acc);
    pl_release(e, acc);
    return pl_enum_ok(p, r);
}

PL_BIF(enum_intersperse_2)
{
    pl_engine *e = p->e;
    pl_term list = pl_enum_list(p, args[0]);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term out = PL_NIL;
    for (pl_term l = list; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        if (l != list) {
            out = pl_cons_new(e, pl_retain(args[1]), out);
        }
        out = out == PL_NONE ? PL_NONE : pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, list);
    if (out == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return pl_enum_ok(p, r);
}

/* ---- Tuple ---- */

static pl_term tuple_fold(pl_proc *p, pl_term t, bool sum)
{
    if (!pl_is_tuple(t)) {
        return fclause(p);
    }
    pl_term list = pl_list_from_array(p->e, pl_tuple_of(t)->el, pl_tuple_arity(t));
    if (list == PL_NONE) {
        return pl_bif_nomem(p);
    }
    pl_term r = sum ? pl_bif_enum_sum_1(p, &list) : pl_bif_enum_product_1(p, &list);
    pl_release(p->e, list);
    return r;
}

PL_BIF(tuple_sum_1) { return tuple_fold(p, args[0], true); }
PL_BIF(tuple_product_1) { return tuple_fold(p, args[0], false); }

PL_BIF(tuple_duplicate_2)
{
    pl_term swapped[2] = { args[1], args[0] };
    return pl_bif_erlang_make_tuple_2(p, swapped);
}

PL_BIF(tuple_insert_at_3)
{
    pl_term a[3] = { pl_is_small(args[1]) ? pl_small(pl_small_value(args[1]) + 1) : args[1],
                     args[0], args[2] };
    return pl_bif_erlang_insert_element_3(p, a);
}

PL_BIF(tuple_delete_at_2)
{
    pl_term a[2] = { pl_is_small(args[1]) ? pl_small(pl_small_value(args[1]) + 1) : args[1],
                     args[0] };
    return pl_bif_erlang_delete_element_2(p, a);
}
