/* lists:sort/1 ported from OTP 25's lists.erl, clause by clause, so that terms
 * which compare equal but differ (1 and 1.0) end up in the BEAM's order.
 *
 * Every Erlang list of the original is a `seq`: an array whose LAST slot is the
 * list's head, so [H | T] is a push and matching [H | T] is a pop, exactly as
 * cheap as in Erlang. A list of lists (the runs, Rs and Acc) is a `seqs` stack
 * with the same convention. The Erlang functions tail-call each other; here
 * each group of mutually tail-calling functions is one C function whose labels
 * are the Erlang function names, so nothing recurses in C. Elements are
 * borrowed from the input list throughout. */
#include "bif_sort.h"
#include "bif_sort_int.h"
#include "../term_order.h"

/* ---- seq and seqs ---- */

bool pl_sort_seq_push(pl_sort_ctx *c, pl_sort_seq *s, pl_term t)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        pl_term *v = c->oom ? NULL : realloc(s->v, cap * sizeof *v);
        if (!v) {
            c->oom = true;
            return false;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = t;
    return true;
}

void pl_sort_seqs_push(pl_sort_ctx *c, pl_sort_seqs *l, pl_sort_seq s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        pl_sort_seq *v = c->oom ? NULL : realloc(l->v, cap * sizeof *v);
        if (!v) {
            c->oom = true;
            free(s.v);
            return;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
}

void pl_sort_seqs_free(pl_sort_seqs *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].v);
    }
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* lists:reverse(L, []) in place. */
void pl_sort_seq_reverse(pl_sort_seq *s)
{
    for (size_t i = 0, j = s->n; i + 1 < j; i++, j--) {
        pl_term t = s->v[i];
        s->v[i] = s->v[j - 1];
        s->v[j - 1] = t;
    }
}

/* lists:reverse(T, M): pops T onto M. */
void pl_sort_seq_revonto(pl_sort_ctx *c, pl_sort_seq *t, pl_sort_seq *m)
{
    while (t->n > 0) {
        pl_sort_seq_push(c, m, t->v[--t->n]);
    }
}

/* The list as a term (new reference); [s]'s last slot is the head. */
pl_term pl_sort_seq_to_list(pl_proc *p, const pl_sort_seq *s)
{
    pl_term out = PL_NIL;
    for (size_t i = 0; i < s->n && out != PL_NONE; i++) {
        out = pl_cons_new(p->e, pl_retain(s->v[i]), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

static inline bool le(const pl_sort_ctx *c, pl_term a, pl_term b)
{
    return pl_compare(c->e, a, b) <= 0;
}


/* ---- merge2_1 / merge2_2 and the reversed rmerge2_1 / rmerge2_2 ---- */

enum { M2_1, M2_2 };

/* merge2_1(T1, H2, T2, M) when [state] is M2_1, merge2_2(T1, H2 = HdM, T2, M,
 * H1) when M2_2. The merged list, reversed, ends in [m]. */
static void merge2(pl_sort_ctx *c, int state, pl_sort_seq *t1, pl_term h2, pl_sort_seq *t2,
                   pl_sort_seq *m, pl_term h1)
{
    if (state == M2_2) {
        goto merge2_2;
    }
merge2_1:
    while (t1->n > 0) {
        h1 = pl_sort_pop(t1);
        if (!le(c, h1, h2)) {
            goto merge2_2;
        }
        pl_sort_seq_push(c, m, h1);
    }
    pl_sort_seq_push(c, m, h2);
    pl_sort_seq_revonto(c, t2, m);
    return;
merge2_2: /* h2 plays HdM */
    while (t2->n > 0) {
        pl_term next = pl_sort_pop(t2);
        pl_sort_seq_push(c, m, h2);
        h2 = next;
        if (le(c, h1, next)) {
            pl_sort_seq_push(c, m, h1);
            goto merge2_1;
        }
    }
    pl_sort_seq_push(c, m, h2);
    pl_sort_seq_push(c, m, h1);
    pl_sort_seq_revonto(c, t1, m);
}

/* rmerge2_1(T1, H2, T2, M) / rmerge2_2(T1, H2 = HdM, T2, M, H1). */
static void rmerge2(pl_sort_ctx *c, int state, pl_sort_seq *t1, pl_term h2, pl_sort_seq *t2,
                    pl_sort_seq *m, pl_term h1)
{
    if (state == M2_2) {
        goto rmerge2_2;
    }
rmerge2_1:
    while (t1->n > 0) {
        h1 = pl_sort_pop(t1);
        if (le(c, h1, h2)) {
            goto rmerge2_2;
        }
        pl_sort_seq_push(c, m, h1);
    }
    pl_sort_seq_push(c, m, h2);
    pl_sort_seq_revonto(c, t2, m);
    return;
rmerge2_2: /* h2 plays HdM */
    while (t2->n > 0) {
        pl_term next = pl_sort_pop(t2);
        if (le(c, h1, next)) {
            pl_sort_seq_push(c, m, h2);
            h2 = next;
            continue;
        }
        pl_sort_seq_push(c, m, h2);
        pl_sort_seq_push(c, m, h1);
        h2 = next;
        goto rmerge2_1;
    }
    pl_sort_seq_push(c, m, h2);
    pl_sort_seq_push(c, m, h1);
    pl_sort_seq_revonto(c, t1, m);
}

/* ---- merge3_1 and friends ---- */

/* merge3_1(T1, [], H2, T2, H3, T3): the merge of three ascending lists,
 * reversed, into [m]. */
static void merge3(pl_sort_ctx *c, pl_sort_seq *t1, pl_term h2, pl_sort_seq *t2, pl_term h3,
                   pl_sort_seq *t3, pl_sort_seq *m)
{
    pl_term h1;
merge3_1:
    if (t1->n == 0) {
        if (le(c, h2, h3)) {
            pl_sort_seq_push(c, m, h2);
            merge2(c, M2_1, t2, h3, t3, m, PL_NONE);
        } else {
            merge2(c, M2_2, t2, h3, t3, m, h2);
        }
        return;
    }
    h1 = pl_sort_pop(t1);
    if (le(c, h1, h2)) {
        goto merge3_12;
    }
    goto merge3_21;
merge3_2:
    if (t2->n == 0) {
        if (le(c, h1, h3)) {
            pl_sort_seq_push(c, m, h1);
            merge2(c, M2_1, t1, h3, t3, m, PL_NONE);
        } else {
            merge2(c, M2_2, t1, h3, t3, m, h1);
        }
        return;
    }
    h2 = pl_sort_pop(t2);
    if (le(c, h1, h2)) {
        goto merge3_12;
    }
    goto merge3_21;
merge3_12:
    if (le(c, h1, h3)) {
        pl_sort_seq_push(c, m, h1);
        goto merge3_1;
    }
    pl_sort_seq_push(c, m, h3);
    /* merge3_12_3 */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (le(c, h1, h3)) {
            pl_sort_seq_push(c, m, h1);
            goto merge3_1;
        }
        pl_sort_seq_push(c, m, h3);
    }
    pl_sort_seq_push(c, m, h1);
    merge2(c, M2_1, t1, h2, t2, m, PL_NONE);
    return;
merge3_21:
    if (le(c, h2, h3)) {
        pl_sort_seq_push(c, m, h2);
        goto merge3_2;
    }
    pl_sort_seq_push(c, m, h3);
    /* merge3_21_3 */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (le(c, h2, h3)) {
            pl_sort_seq_push(c, m, h2);
            goto merge3_2;
        }
        pl_sort_seq_push(c, m, h3);
    }
    merge2(c, M2_2, t1, h2, t2, m, h1);
}

/* rmerge3_1(T1, [], H2, T2, H3, T3): three descending lists merged, reversed. */
static void rmerge3(pl_sort_ctx *c, pl_sort_seq *t1, pl_term h2, pl_sort_seq *t2, pl_term h3,
                    pl_sort_seq *t3, pl_sort_seq *m)
{
    pl_term h1;
rmerge3_1:
    if (t1->n == 0) {
        if (le(c, h2, h3)) {
            rmerge2(c, M2_2, t2, h3, t3, m, h2);
        } else {
            pl_sort_seq_push(c, m, h2);
            rmerge2(c, M2_1, t2, h3, t3, m, PL_NONE);
        }
        return;
    }
    h1 = pl_sort_pop(t1);
    if (le(c, h1, h2)) {
        goto rmerge3_12;
    }
    goto rmerge3_21;
rmerge3_2:
    if (t2->n == 0) {
        if (le(c, h1, h3)) {
            rmerge2(c, M2_2, t1, h3, t3, m, h1);
        } else {
            pl_sort_seq_push(c, m, h1);
            rmerge2(c, M2_1, t1, h3, t3, m, PL_NONE);
        }
        return;
    }
    h2 = pl_sort_pop(t2);
    if (le(c, h1, h2)) {
        goto rmerge3_12;
    }
    goto rmerge3_21;
rmerge3_12:
    if (!le(c, h2, h3)) {
        pl_sort_seq_push(c, m, h2);
        goto rmerge3_2;
    }
    pl_sort_seq_push(c, m, h3);
    /* rmerge3_12_3 */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (!le(c, h2, h3)) {
            pl_sort_seq_push(c, m, h2);
            goto rmerge3_2;
        }
        pl_sort_seq_push(c, m, h3);
    }
    rmerge2(c, M2_2, t1, h2, t2, m, h1);
    return;
rmerge3_21:
    if (!le(c, h1, h3)) {
        pl_sort_seq_push(c, m, h1);
        goto rmerge3_1;
    }
    pl_sort_seq_push(c, m, h3);
    /* rmerge3_21_3 */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (!le(c, h1, h3)) {
            pl_sort_seq_push(c, m, h1);
            goto rmerge3_1;
        }
        pl_sort_seq_push(c, m, h3);
    }
    pl_sort_seq_push(c, m, h1);
    rmerge2(c, M2_1, t1, h2, t2, m, PL_NONE);
}

/* ---- mergel / rmergel ---- */


/* mergel(L, []) when [rev] is false, rmergel(L, []) when true. Consumes [l];
 * the sorted list ends in [out]. Each pass merges runs three at a time into
 * Acc, which becomes the next pass's input with the opposite direction. The
 * runs are never empty (split makes none, merges keep them), so the clauses
 * for empty lists do not arise. */
static void merge_runs(pl_sort_ctx *c, pl_sort_seqs *l, bool rev, pl_sort_seq *out)
{
    pl_sort_seqs acc = { 0 };
    while (!c->oom) {
        if (l->n >= 3) {
            pl_sort_seq a = pl_sort_take(l), b = pl_sort_take(l), d = pl_sort_take(l), m = { 0 };
            if (!rev) { /* mergel([T1, [H2 | T2], [H3 | T3] | L], Acc) */
                pl_term h2 = pl_sort_pop(&b), h3 = pl_sort_pop(&d);
                merge3(c, &a, h2, &b, h3, &d, &m);
            } else { /* rmergel([[H3 | T3], [H2 | T2], T1 | L], Acc) */
                pl_term h3 = pl_sort_pop(&a), h2 = pl_sort_pop(&b);
                rmerge3(c, &d, h2, &b, h3, &a, &m);
            }
            free(a.v);
            free(b.v);
            free(d.v);
            pl_sort_seqs_push(c, &acc, m);
            continue;
        }
        if (l->n == 2) {
            pl_sort_seq a = pl_sort_take(l), b = pl_sort_take(l), m = { 0 };
            if (!rev) { /* mergel([T1, [H2 | T2]], Acc) */
                pl_term h2 = pl_sort_pop(&b);
                merge2(c, M2_1, &a, h2, &b, &m, PL_NONE);
            } else { /* rmergel([[H2 | T2], T1], Acc) */
                pl_term h2 = pl_sort_pop(&a);
                rmerge2(c, M2_1, &b, h2, &a, &m, PL_NONE);
            }
            free(a.v);
            free(b.v);
            pl_sort_seqs_push(c, &acc, m);
        } else if (l->n == 1) {
            if (!rev && acc.n == 0) { /* mergel([L], []) -> L */
                *out = pl_sort_take(l);
                break;
            }
            pl_sort_seq a = pl_sort_take(l);
            pl_sort_seq_reverse(&a);
            pl_sort_seqs_push(c, &acc, a);
        } else if (!rev && acc.n == 0) { /* mergel([], []) -> [] */
            break;
        }
        /* The pass is over: Acc is the next input, merged the other way. */
        pl_sort_seqs swap = *l;
        *l = acc;
        acc = swap;
        rev = !rev;
    }
    pl_sort_seqs_free(&acc);
    pl_sort_seqs_free(l);
}

/* ---- split_1 / split_1_1 / split_2 / split_2_1 ---- */

void pl_sort_close_run(pl_sort_ctx *c, pl_term x, pl_term y, pl_sort_seq *r, pl_sort_seqs *rs)
{
    pl_sort_seq_push(c, r, x);
    pl_sort_seq_push(c, r, y);
    pl_sort_seqs_push(c, rs, *r);
    *r = (pl_sort_seq){ 0 };
}

/* The end of a split: [[Y, X | R] | Rs], or [[S], [Y, X | R] | Rs] when [s] is
 * pending, then rmergel after split_1 ([asc]) or mergel after split_2. */
static void split_end(pl_sort_ctx *c, pl_term x, pl_term y, pl_sort_seq *r, pl_sort_seqs *rs,
                      pl_term s, bool asc, pl_sort_seq *out)
{
    pl_sort_close_run(c, x, y, r, rs);
    if (s != PL_NONE) {
        pl_sort_seq one = { 0 };
        pl_sort_seq_push(c, &one, s);
        pl_sort_seqs_push(c, rs, one);
    }
    merge_runs(c, rs, asc, out);
}

/* split_1(X, Y, L, R, []) when [asc], split_2 otherwise; [l] is the rest of
 * the input list (a cons chain). R is taken. */
static void split(pl_sort_ctx *c, bool asc, pl_term x, pl_term y, pl_term l, pl_sort_seq *r,
                  pl_sort_seq *out)
{
    pl_sort_seqs rs = { 0 };
    pl_term s = PL_NONE, z;
    if (!asc) {
        goto split_2;
    }
split_1:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        if (le(c, y, z)) {
            pl_sort_seq_push(c, r, x);
            x = y;
            y = z;
        } else if (le(c, x, z)) {
            pl_sort_seq_push(c, r, x);
            x = z;
        } else if (r->n == 0) {
            pl_sort_seq_push(c, r, z);
        } else {
            s = z;
            l = pl_tail(l);
            goto split_1_1;
        }
    }
    split_end(c, x, y, r, &rs, PL_NONE, true, out);
    return;
split_1_1:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        if (le(c, y, z)) {
            pl_sort_seq_push(c, r, x);
            x = y;
            y = z;
        } else if (le(c, x, z)) {
            pl_sort_seq_push(c, r, x);
            x = z;
        } else {
            pl_sort_close_run(c, x, y, r, &rs);
            if (le(c, s, z)) {
                x = s;
                y = z;
            } else {
                x = z;
                y = s;
            }
            l = pl_tail(l);
            goto split_1;
        }
    }
    split_end(c, x, y, r, &rs, s, true, out);
    return;
split_2:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        if (le(c, z, y)) {
            pl_sort_seq_push(c, r, x);
            x = y;
            y = z;
        } else if (le(c, z, x)) {
            pl_sort_seq_push(c, r, x);
            x = z;
        } else if (r->n == 0) {
            pl_sort_seq_push(c, r, z);
        } else {
            s = z;
            l = pl_tail(l);
            goto split_2_1;
        }
    }
    split_end(c, x, y, r, &rs, PL_NONE, false, out);
    return;
split_2_1:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        if (le(c, z, y)) {
            pl_sort_seq_push(c, r, x);
            x = y;
            y = z;
        } else if (le(c, z, x)) {
            pl_sort_seq_push(c, r, x);
            x = z;
        } else {
            pl_sort_close_run(c, x, y, r, &rs);
            if (!le(c, s, z)) { /* S > Z */
                x = s;
                y = z;
            } else {
                x = z;
                y = s;
            }
            l = pl_tail(l);
            goto split_2;
        }
    }
    split_end(c, x, y, r, &rs, s, false, out);
}

/* ---- sort/1 and sort_1/3 ---- */

/* A two- or three-element result of sort/1's short cases ([d] PL_NONE: two). */
static pl_term list3(pl_proc *p, pl_term a, pl_term b, pl_term d)
{
    pl_term items[3] = { a, b, d };
    pl_term r = pl_list_from_array(p->e, items, d == PL_NONE ? 2 : 3);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

/* sort_1(X, L, [X0]): a leading stretch of == elements, then a split. */
static void sort_1(pl_sort_ctx *c, pl_term x, pl_term l, pl_sort_seq *r, pl_sort_seq *out)
{
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        pl_term y = pl_head(l);
        int cmp = pl_compare(c->e, x, y);
        if (cmp != 0) {
            split(c, cmp < 0, x, y, pl_tail(l), r, out);
            return;
        }
        pl_sort_seq_push(c, r, x);
        x = y;
    }
    pl_sort_seq_push(c, out, x); /* lists:reverse(R, [X]) */
    pl_sort_seq_revonto(c, r, out);
}

pl_term pl_lists_sort(pl_proc *p, pl_term list)
{
    if (!pl_is_cons(list) || !pl_is_cons(pl_tail(list))) {
        return pl_retain(list);
    }
    pl_sort_ctx c = { .e = p->e, .oom = false };
    pl_term x = pl_head(list), y = pl_head(pl_tail(list)), l = pl_tail(pl_tail(list));
    bool single = pl_is_cons(l) && pl_is_nil(pl_tail(l));
    pl_term z = single ? pl_head(l) : PL_NONE;
    pl_sort_seq r = { 0 }, out = { 0 };
    if (le(&c, x, y)) {
        if (pl_is_nil(l) || (single && le(&c, y, z))) {
            return pl_retain(list);
        }
        if (single) {
            return le(&c, x, z) ? list3(p, x, z, y) : list3(p, z, x, y);
        }
        if (pl_compare(c.e, x, y) == 0) {
            pl_sort_seq_push(&c, &r, x);
            sort_1(&c, y, l, &r, &out);
        } else {
            split(&c, true, x, y, l, &r, &out);
        }
    } else {
        if (pl_is_nil(l)) {
            return list3(p, y, x, PL_NONE);
        }
        if (single) {
            return le(&c, x, z) ? list3(p, y, x, z)
                 : le(&c, y, z) ? list3(p, y, z, x)
                                : list3(p, z, y, x);
        }
        split(&c, false, x, y, l, &r, &out);
    }
    free(r.v);
    pl_term res = c.oom ? pl_bif_nomem(p) : pl_sort_seq_to_list(p, &out);
    free(out.v);
    return res;
}
