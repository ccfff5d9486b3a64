/* :lists first-order built-ins (seq, sort, nth, keyfind and the other key
 * functions, flatten, sum, max/min, append, split, sublist, ...) and the List
 * functions that are thin wrappers around them. Errors are :badarg or
 * :function_clause as OTP 25 raises them. */
#include "bif.h"
#include "bif_enum.h"
#include "bif_sort.h"
#include "../map.h"
#include "../num.h"
#include "../term_order.h"

static pl_term fclause(pl_proc *p) { return pl_bif_error(p, PL_A(function_clause)); }

/* Reverses the accumulator [acc] (taken) onto [tail] (taken). */
static pl_term finish(pl_proc *p, pl_term acc, pl_term tail)
{
    pl_engine *e = p->e;
    if (acc == PL_NONE || tail == PL_NONE) {
        pl_release(e, acc);
        pl_release(e, tail);
        return pl_bif_nomem(p);
    }
    pl_term out = tail;
    for (pl_term l = acc; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, acc);
    return pl_enum_ok(p, out);
}

/* ---- seq, nth, nthtail, last, duplicate ---- */

static pl_term seq(pl_proc *p, pl_term a, pl_term b, pl_term c)
{
    int64_t from, to, step;
    if (!pl_get_int64(a, &from) || !pl_get_int64(b, &to) || !pl_get_int64(c, &step)) {
        return fclause(p);
    }
    if ((step > 0 && to < from - step) || (step < 0 && to > from - step) ||
        (step == 0 && from != to)) {
        return fclause(p);
    }
    if (step == 0) {
        return pl_enum_ok(p, pl_cons_new(p->e, pl_int64(p->e, from), PL_NIL));
    }
    int64_t n = pl_enum_range_size(from, to, step);
    pl_term out = PL_NIL;
    for (int64_t i = n; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(p->e, pl_int64(p->e, from + (i - 1) * step), out);
    }
    return pl_enum_ok(p, out);
}

PL_BIF(lists_seq_2) { return seq(p, args[0], args[1], pl_small(1)); }
PL_BIF(lists_seq_3) { return seq(p, args[0], args[1], args[2]); }

PL_BIF(lists_nth_2)
{
    int64_t n;
    pl_term l = args[1];
    if (!pl_get_int64(args[0], &n) || n < 1) {
        return fclause(p);
    }
    for (; pl_is_cons(l); l = pl_tail(l)) {
        if (--n == 0) {
            return pl_retain(pl_head(l));
        }
    }
    return fclause(p);
}

PL_BIF(lists_nthtail_2)
{
    int64_t n;
    pl_term l = args[1];
    if (!pl_get_int64(args[0], &n) || n < 0) {
        return fclause(p);
    }
    for (; n > 0; n--, l = pl_tail(l)) {
        if (!pl_is_cons(l)) {
            return fclause(p);
        }
    }
    return pl_retain(l);
}

PL_BIF(lists_last_1)
{
    pl_term l = args[0];
    if (!pl_is_cons(l)) {
        return fclause(p);
    }
    while (pl_is_cons(pl_tail(l))) {
        l = pl_tail(l);
    }
    return pl_retain(pl_head(l));
}

static pl_term duplicate(pl_proc *p, pl_term count, pl_term x)
{
    int64_t n;
    if (!pl_get_int64(count, &n) || n < 0) {
        return fclause(p);
    }
    pl_term out = PL_NIL;
    for (int64_t i = 0; i < n && out != PL_NONE; i++) {
        out = pl_cons_new(p->e, pl_retain(x), out);
    }
    return pl_enum_ok(p, out);
}

PL_BIF(lists_duplicate_2) { return duplicate(p, args[0], args[1]); }
PL_BIF(list_duplicate_2) { return duplicate(p, args[1], args[0]); }

/* ---- Sorting ---- */

PL_BIF(lists_sort_1)
{
    if (pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    return pl_lists_sort(p, args[0]);
}

PL_BIF(lists_usort_1)
{
    if (pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    return pl_lists_usort(p, args[0]);
}

/* Every element must be a tuple with at least [pos] elements. */
static bool key_tuples(pl_term list, int64_t pos)
{
    if (pos < 1 || pl_list_length(list) < 0) {
        return false;
    }
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        if (!pl_is_tuple(pl_head(l)) || pl_tuple_arity(pl_head(l)) < (uint64_t)pos) {
            return false;
        }
    }
    return true;
}

static pl_term keysort(pl_proc *p, pl_term list, pl_term position, int64_t base, bool desc)
{
    int64_t pos;
    if (!pl_get_int64(position, &pos) || !key_tuples(list, pos + base)) {
        return fclause(p);
    }
    return pl_enum_sorted(p, list, desc, pos + base - 1);
}

PL_BIF(lists_keysort_2) { return keysort(p, args[1], args[0], 0, false); }
PL_BIF(list_keysort_2) { return keysort(p, args[0], args[1], 1, false); }
/* List.__keysort__(list, pos, desc?) for keysort/3 with :asc/:desc */
PL_BIF(list_keysort_dir_3) { return keysort(p, args[0], args[1], 1, args[2] == PL_TRUE); }

/* ---- Key functions: [pos] is 1-based here ---- */

static pl_term key_at(pl_term t, int64_t pos)
{
    if (!pl_is_tuple(t) || pl_tuple_arity(t) < (uint64_t)pos) {
        return PL_NONE;
    }
    return pl_tuple_get(t, (uint64_t)pos - 1);
}

/* The first cons cell whose head has [key] at [pos] (== comparison), or PL_NONE. */
static pl_term key_cell(const pl_engine *e, pl_term list, pl_term key, int64_t pos)
{
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        pl_term k = key_at(pl_head(l), pos);
        if (k != PL_NONE && pl_eq(e, k, key)) {
            return l;
        }
    }
    return PL_NONE;
}

static bool pos_arg(pl_term t, int64_t base, int64_t *pos)
{
    return pl_get_int64(t, pos) && (*pos += base) >= 1;
}

PL_BIF(lists_keyfind_3)
{
    int64_t pos;
    if (!pos_arg(args[1], 0, &pos) || pl_list_length(args[2]) < 0) {
        return pl_bif_badarg(p);
    }
    pl_term c = key_cell(p->e, args[2], args[0], pos);
    return c == PL_NONE ? PL_FALSE : pl_retain(pl_head(c));
}

PL_BIF(lists_keymember_3)
{
    int64_t pos;
    if (!pos_arg(args[1], 0, &pos) || pl_list_length(args[2]) < 0) {
        return pl_bif_badarg(p);
    }
    return pl_bool(key_cell(p->e, args[2], args[0], pos) != PL_NONE);
}

/* Copies [list] up to [cell], then [with] (or nothing), then what follows [cell]. */
static pl_term replace_cell(pl_proc *p, pl_term list, pl_term cell, pl_term with)
{
    pl_engine *e = p->e;
    pl_term acc = PL_NIL;
    for (pl_term l = list; l != cell && acc != PL_NONE; l = pl_tail(l)) {
        acc = pl_cons_new(e, pl_retain(pl_head(l)), acc);
    }
    pl_term tail = pl_retain(pl_tail(cell));
    if (with != PL_NONE) {
        tail = pl_cons_new(e, pl_retain(with), tail);
    }
    return finish(p, acc, tail);
}

static pl_term keydelete(pl_proc *p, pl_term list, pl_term key, pl_term position, int64_t base)
{
    int64_t pos;
    if (!pos_arg(position, base, &pos) || pl_list_length(list) < 0) {
        return fclause(p);
    }
    pl_term c = key_cell(p->e, list, key, pos);
    return c == PL_NONE ? pl_retain(list) : replace_cell(p, list, c, PL_NONE);
}

PL_BIF(lists_keydelete_3) { return keydelete(p, args[2], args[0], args[1], 0); }
PL_BIF(list_keydelete_3) { return keydelete(p, args[0], args[1], args[2], 1); }

static pl_term keyreplace(pl_proc *p, pl_term list, pl_term key, pl_term position, pl_term with,
                          int64_t base, bool store)
{
    int64_t pos;
    if (!pos_arg(position, base, &pos) || pl_list_length(list) < 0 || !pl_is_tuple(with)) {
        return fclause(p);
    }
    pl_term c = key_cell(p->e, list, key, pos);
    if (c != PL_NONE) {
        return replace_cell(p, list, c, with);
    }
    if (!store) {
        return pl_retain(list);
    }
    pl_term rev = pl_list_reverse(p->e, list);
    return finish(p, rev == PL_NONE ? PL_NONE : pl_cons_new(p->e, pl_retain(with), rev), PL_NIL);
}

PL_BIF(lists_keyreplace_4) { return keyreplace(p, args[2], args[0], args[1], args[3], 0, false); }
PL_BIF(list_keyreplace_4) { return keyreplace(p, args[0], args[1], args[2], args[3], 1, false); }
PL_BIF(lists_keystore_4) { return keyreplace(p, args[2], args[0], args[1], args[3], 0, true); }
PL_BIF(list_keystore_4) { return keyreplace(p, args[0], args[1], args[2], args[3], 1, true); }

/* {found, rest} or PL_NONE (not found / raised: check p). */
static pl_term keytake(pl_proc *p, pl_term list, pl_term key, pl_term position, int64_t base,
                       bool *raised)
{
    int64_t pos;
    *raised = false;
    if (!pos_arg(position, base, &pos) || pl_list_length(list) < 0) {
        *raised = true;
        return fclause(p);
    }
    pl_term c = key_cell(p->e, list, key, pos);
    if (c == PL_NONE) {
        return PL_NONE;
    }
    pl_term rest = replace_cell(p, list, c, PL_NONE);
    if (rest == PL_NONE) {
        *raised = true;
        return PL_NONE;
    }
    return pl_enum_ok(p, pl_tuple2(p->e, pl_retain(pl_head(c)), rest));
}

PL_BIF(lists_keytake_3)
{
    bool raised;
    pl_term r = keytake(p, args[2], args[0], args[1], 0, &raised);
    if (r == PL_NONE) {
        return raised ? PL_NONE : PL_FALSE;
    }
    pl_term out = pl_tuple3(p->e, pl_bif_atom(p->e, "value"), pl_retain(pl_tuple_get(r, 0)),
                            pl_retain(pl_tuple_get(r, 1)));
    pl_release(p->e, r);
    return pl_enum_ok(p, out);
}

PL_BIF(list_keytake_3)
{
    bool raised;
    pl_term r = keytake(p, args[0], args[1], args[2], 1, &raised);
    return r == PL_NONE && !raised ? PL_ATOM_NIL : r;
}

PL_BIF(list_keyfind_3)
{
    int64_t pos;
    if (!pos_arg(args[2], 1, &pos) || pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    pl_term c = key_cell(p->e, args[0], args[1], pos);
    return c == PL_NONE ? PL_ATOM_NIL : pl_retain(pl_head(c));
}

PL_BIF(list_keyfind_4)
{
    int64_t pos;
    if (!pos_arg(args[2], 1, &pos) || pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    pl_term c = key_cell(p->e, args[0], args[1], pos);
    return pl_retain(c == PL_NONE ? args[3] : pl_head(c));
}

PL_BIF(list_keymember_3)
{
    int64_t pos;
    if (!pos_arg(args[2], 1, &pos) || pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    return pl_bool(key_cell(p->e, args[0], args[1], pos) != PL_NONE);
}

/* ---- flatten, append, subtract, delete ---- */

/* Pushes the leaves of [t] onto [acc] (taken), depth-first, without C recursion
 * on the list spine; nesting depth uses an explicit stack. */
static pl_term flatten_into(pl_engine *e, pl_term t, pl_term acc, bool *ok)
{
    size_t cap = 16, n = 0;
    pl_term *stack = malloc(cap * sizeof *stack);
    if (!stack) {
        *ok = false;
        return acc;
    }
    stack[n++] = t;
    while (n > 0 && acc != PL_NONE) {
        pl_term l = stack[--n];
        if (l == PL_NIL) {
            continue;
        }
        if (!pl_is_cons(l)) {
            *ok = false;
            break;
        }
        if (n + 2 > cap) {
            pl_term *s = realloc(stack, cap * 2 * sizeof *stack);
            if (!s) {
                *ok = false;
                break;
            }
            stack = s;
            cap *= 2;
        }
        stack[n++] = pl_tail(l);
        pl_term h = pl_head(l);
        if (pl_is_list(h)) {
            stack[n++] = h;
        } else {
            acc = pl_cons_new(e, pl_retain(h), acc);
        }
    }
    free(stack);
    return acc;
}

static pl_term flatten(pl_proc *p, pl_term list, pl_term tail)
{
    bool ok = true;
    if (!pl_is_list(list) || pl_list_length(tail) < 0) {
        return fclause(p);
    }
    pl_term acc = flatten_into(p->e, list, PL_NIL, &ok);
    if (!ok) {
        pl_release(p->e, acc);
        return fclause(p);
    }
    return finish(p, acc, pl_retain(tail));
}

PL_BIF(lists_flatten_1) { return flatten(p, args[0], PL_NIL); }
PL_BIF(lists_flatten_2) { return flatten(p, args[0], args[1]); }

PL_BIF(lists_append_2)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    pl_term rev = pl_list_reverse(p->e, args[0]);
    return finish(p, rev, pl_retain(args[1]));
}

PL_BIF(lists_append_1)
{
    pl_engine *e = p->e;
    if (pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    pl_term acc = PL_NIL;
    pl_term l = args[0];
    for (; pl_is_cons(l) && pl_is_cons(pl_tail(l)) && acc != PL_NONE; l = pl_tail(l)) {
        if (pl_list_length(pl_head(l)) < 0) {
            pl_release(e, acc);
            return pl_bif_badarg(p);
        }
        for (pl_term x = pl_head(l); pl_is_cons(x) && acc != PL_NONE; x = pl_tail(x)) {
            acc = pl_cons_new(e, pl_retain(pl_head(x)), acc);
        }
    }
    return finish(p, acc, pl_is_cons(l) ? pl_retain(pl_head(l)) : PL_NIL);
}

/* Removes the first element exactly equal (=:=) to [x]. */
static pl_term delete_first(pl_proc *p, pl_term list, pl_term x)
{
    if (pl_list_length(list) < 0) {
        return fclause(p);
    }
    for (pl_term l = list; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_exact_eq(pl_head(l), x)) {
            return replace_cell(p, list, l, PL_NONE);
        }
    }
    return pl_retain(list);
}

PL_BIF(lists_delete_2) { return delete_first(p, args[1], args[0]); }
PL_BIF(list_delete_2) { return delete_first(p, args[0], args[1]); }

PL_BIF(lists_subtract_2) { return pl_bif_erlang_subtract_2(p, args); }

/* ---- sum, max, min ---- */

PL_BIF(lists_sum_1)
{
    if (pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    return pl_bif_enum_sum_1(p, args);
}

static pl_term lists_extreme(pl_proc *p, pl_term list, int sign)
{
    if (!pl_is_cons(list) || pl_list_length(list) < 0) {
        return fclause(p);
    }
    return sign < 0 ? pl_bif_enum_min_1(p, &list) : pl_bif_enum_max_1(p, &list);
}

PL_BIF(lists_max_1) { return lists_extreme(p, args[0], 1); }
PL_BIF(lists_min_1) { return lists_extreme(p, args[0], -1); }

/* ---- split, sublist, zip, unzip ---- */

PL_BIF(lists_split_2)
{
    int64_t n;
    if (!pl_get_int64(args[0], &n) || n < 0 || pl_list_length(args[1]) < n) {
        return pl_bif_badarg(p);
    }
    pl_term swapped[2] = { args[1], args[0] };
    return pl_bif_enum_split_2(p, swapped);
}

static pl_term sublist(pl_proc *p, pl_term list, int64_t start, int64_t len)
{
    pl_engine *e = p->e;
    int64_t n = pl_list_length(list);
    if (n < 0 || start < 1 || len < 0 || start > n + 1) {
        return fclause(p);
    }
    pl_term l = list;
    for (int64_t i = 1; i < start; i++) {
        l = pl_tail(l);
    }
    pl_term acc = PL_NIL;
    for (int64_t i = 0; i < len && pl_is_cons(l) && acc != PL_NONE; i++, l = pl_tail(l)) {
        acc = pl_cons_new(e, pl_retain(pl_head(l)), acc);
    }
    return finish(p, acc, PL_NIL);
}

PL_BIF(lists_sublist_2)
{
    int64_t len;
    if (!pl_get_int64(args[1], &len)) {
        return fclause(p);
    }
    return sublist(p, args[0], 1, len);
}

PL_BIF(lists_sublist_3)
{
    int64_t start, len;
    if (!pl_get_int64(args[1], &start) || !pl_get_int64(args[2], &len)) {
        return fclause(p);
    }
    return sublist(p, args[0], start, len);
}

PL_BIF(lists_zip_2)
{
    int64_t a = pl_list_length(args[0]), b = pl_list_length(args[1]);
    if (a < 0 || a != b) {
        return fclause(p);
    }
    return pl_bif_enum_zip_2(p, args);
}

PL_BIF(lists_unzip_1)
{
    if (pl_list_length(args[0]) < 0) {
        return fclause(p);
    }
    return pl_bif_enum_unzip_1(p, args);
}

/* ---- List ---- */

PL_BIF(list_wrap_1)
{
    if (pl_is_list(args[0])) {
        return pl_retain(args[0]);
    }
    if (args[0] == PL_ATOM_NIL) {
        return PL_NIL;
    }
    return pl_enum_ok(p, pl_cons_new(p->e, pl_retain(args[0]), PL_NIL));
}

PL_BIF(list_improper_1)
{
    if (!pl_is_list(args[0])) {
        return fclause(p);
    }
    return pl_bool(pl_list_length(args[0]) < 0);
}

PL_BIF(list_starts_with_2)
{
    pl_term l = args[0], pre = args[1];
    if (!pl_is_list(l) || !pl_is_list(pre)) {
        return fclause(p);
    }
    for (; pl_is_cons(pre); pre = pl_tail(pre), l = pl_tail(l)) {
        if (!pl_is_cons(l) || !pl_exact_eq(pl_head(l), pl_head(pre))) {
            return PL_FALSE;
        }
    }
    return PL_TRUE;
}
