/* lists:usort/1 ported from OTP 25's lists.erl (usort, usplit_*, umergel,
 * rumergel, umerge*, rumerge*), clause by clause: duplicates are removed by ==,
 * and which of two equal terms survives (1 or 1.0) is the BEAM's choice.
 * Same representation as bif_sort.c: seqs whose last slot is the head, and
 * each group of mutually tail-calling functions is one C function with the
 * Erlang names as labels. HdM / H2M / H3M are the element last written (or
 * held back); NONE stands for the improper-list sentinel [H2 | H3] that OTP
 * uses as "equal to nothing". */
#include "bif_sort.h"
#include "bif_sort_int.h"
#include "../term_order.h"

static inline int cmp(const pl_sort_ctx *c, pl_term a, pl_term b)
{
    return pl_compare(c->e, a, b);
}
static inline bool le(const pl_sort_ctx *c, pl_term a, pl_term b) { return cmp(c, a, b) <= 0; }
static inline bool eq(const pl_sort_ctx *c, pl_term a, pl_term b)
{
    return b != PL_NONE && cmp(c, a, b) == 0;
}
static inline void push(pl_sort_ctx *c, pl_sort_seq *s, pl_term t) { pl_sort_seq_push(c, s, t); }

/* ---- umerge2_1 / umerge2_2 (ascending, output reversed) ---- */

enum { S1, S2 };

/* umerge2_1(T1, T2, M, HdM, H2) for S1, umerge2_2(T1, T2, M, H1) for S2. */
static void umerge2(pl_sort_ctx *c, int state, pl_sort_seq *t1, pl_sort_seq *t2, pl_sort_seq *m,
                    pl_term hdm, pl_term h1, pl_term h2)
{
    if (state == S2) {
        goto umerge2_2;
    }
umerge2_1:
    while (t1->n > 0) {
        h1 = pl_sort_pop(t1);
        if (!le(c, h1, h2)) {
            if (!eq(c, h2, hdm)) {
                push(c, m, h2);
            }
            goto umerge2_2;
        }
        push(c, m, h1);
        hdm = h1;
    }
    if (!eq(c, h2, hdm)) {
        push(c, m, h2);
    }
    pl_sort_seq_revonto(c, t2, m);
    return;
umerge2_2:
    while (t2->n > 0) {
        h2 = pl_sort_pop(t2);
        if (le(c, h1, h2)) {
            push(c, m, h1);
            hdm = h1;
            goto umerge2_1;
        }
        push(c, m, h2);
    }
    push(c, m, h1);
    pl_sort_seq_revonto(c, t1, m);
}

/* umerge3_1(T1, HdM, T2, H2, [], T3, H3) and the functions it calls. */
static void umerge3(pl_sort_ctx *c, pl_sort_seq *t1, pl_sort_seq *t2, pl_term h2, pl_sort_seq *t3,
                    pl_term h3, pl_sort_seq *m)
{
    pl_term h1, hdm = PL_NONE;
umerge3_1:
    if (t1->n == 0) {
        if (eq(c, h2, hdm)) {
            umerge2(c, S1, t2, t3, m, hdm, PL_NONE, h3);
        } else if (le(c, h2, h3)) {
            push(c, m, h2);
            umerge2(c, S1, t2, t3, m, h2, PL_NONE, h3);
        } else {
            if (!eq(c, h3, hdm)) {
                push(c, m, h3);
            }
            umerge2(c, S2, t2, t3, m, PL_NONE, h2, PL_NONE);
        }
        return;
    }
    h1 = pl_sort_pop(t1);
    if (le(c, h1, h2)) {
        goto umerge3_12;
    }
    if (eq(c, h2, hdm)) {
        hdm = h2;
        goto umerge3_2;
    }
    goto umerge3_21;
umerge3_2:
    if (t2->n == 0) {
        if (le(c, h1, h3)) {
            push(c, m, h1);
            umerge2(c, S1, t1, t3, m, h1, PL_NONE, h3);
        } else {
            if (!eq(c, h3, hdm)) {
                push(c, m, h3);
            }
            umerge2(c, S2, t1, t3, m, PL_NONE, h1, PL_NONE);
        }
        return;
    }
    h2 = pl_sort_pop(t2);
    if (le(c, h1, h2)) {
        goto umerge3_12;
    }
    goto umerge3_21;
umerge3_12:
    if (le(c, h1, h3)) {
        push(c, m, h1);
        hdm = h1;
        goto umerge3_1;
    }
    if (!eq(c, h3, hdm)) {
        push(c, m, h3);
    }
    while (t3->n > 0) { /* umerge3_12_3 */
        h3 = pl_sort_pop(t3);
        if (le(c, h1, h3)) {
            push(c, m, h1);
            hdm = h1;
            goto umerge3_1;
        }
        push(c, m, h3);
    }
    push(c, m, h1);
    umerge2(c, S1, t1, t2, m, h1, PL_NONE, h2);
    return;
umerge3_21:
    if (le(c, h2, h3)) {
        push(c, m, h2);
        hdm = h2;
        goto umerge3_2;
    }
    if (!eq(c, h3, hdm)) {
        push(c, m, h3);
    }
    while (t3->n > 0) { /* umerge3_21_3 */
        h3 = pl_sort_pop(t3);
        if (le(c, h2, h3)) {
            push(c, m, h2);
            hdm = h2;
            goto umerge3_2;
        }
        push(c, m, h3);
    }
    push(c, m, h2);
    umerge2(c, S2, t1, t2, m, PL_NONE, h1, PL_NONE);
}

/* ---- rumerge2_1 / rumerge2_2 and rumerge3_1 (descending) ---- */

/* rumerge2_1(T1, T2, M, H2) for S1, rumerge2_2(T1, T2, M, H2M = h2, H1) for S2. */
static void rumerge2(pl_sort_ctx *c, int state, pl_sort_seq *t1, pl_sort_seq *t2, pl_sort_seq *m,
                     pl_term h2, pl_term h1)
{
    pl_term h2m = h2;
    if (state == S2) {
        goto rumerge2_2;
    }
rumerge2_1:
    while (t1->n > 0) {
        h1 = pl_sort_pop(t1);
        if (le(c, h1, h2)) {
            h2m = h2;
            goto rumerge2_2;
        }
        push(c, m, h1);
    }
    push(c, m, h2);
    pl_sort_seq_revonto(c, t2, m);
    return;
rumerge2_2:
    while (t2->n > 0) {
        h2 = pl_sort_pop(t2);
        if (le(c, h1, h2)) {
            push(c, m, h2m);
            h2m = h2;
            continue;
        }
        if (!eq(c, h1, h2m)) {
            push(c, m, h2m);
        }
        push(c, m, h1);
        goto rumerge2_1;
    }
    if (!eq(c, h1, h2m)) {
        push(c, m, h2m);
    }
    push(c, m, h1);
    pl_sort_seq_revonto(c, t1, m);
}

/* rumerge3_1(T1, T2, H2, [], T3, H3) and the functions it calls. */
static void rumerge3(pl_sort_ctx *c, pl_sort_seq *t1, pl_sort_seq *t2, pl_term h2, pl_sort_seq *t3,
                     pl_term h3, pl_sort_seq *m)
{
    pl_term h1, h2m, h3m;
rumerge3_1:
    while (t1->n > 0) {
        h1 = pl_sort_pop(t1);
        if (le(c, h1, h2)) { /* rumerge3_12a */
            if (le(c, h2, h3)) {
                h3m = h3;
                goto rumerge3_12_3;
            }
            h2m = h2;
            goto rumerge3_2;
        }
        if (le(c, h1, h3)) {
            h3m = h3;
            goto rumerge3_21_3;
        }
        push(c, m, h1);
    }
    if (le(c, h2, h3)) {
        rumerge2(c, S2, t2, t3, m, h3, h2);
    } else {
        push(c, m, h2);
        rumerge2(c, S1, t2, t3, m, h3, PL_NONE);
    }
    return;
rumerge3_2: /* (T1, T2, H2M, M, T3, H3, H1) */
    if (t2->n == 0) {
        if (eq(c, h1, h2m)) {
            push(c, m, h1);
            rumerge2(c, S1, t1, t3, m, h3, PL_NONE);
        } else if (le(c, h1, h3)) {
            push(c, m, h2m);
            rumerge2(c, S2, t1, t3, m, h3, h1);
        } else {
            push(c, m, h2m);
            push(c, m, h1);
            rumerge2(c, S1, t1, t3, m, h3, PL_NONE);
        }
        return;
    }
    h2 = pl_sort_pop(t2);
    if (le(c, h1, h2)) { /* rumerge3_12b */
        push(c, m, h2m);
        if (le(c, h2, h3)) {
            h3m = h3;
            goto rumerge3_12_3;
        }
        h2m = h2;
        goto rumerge3_2;
    }
    if (eq(c, h1, h2m)) {
        push(c, m, h1);
        goto rumerge3_1;
    }
    push(c, m, h2m);
    if (le(c, h1, h3)) {
        h3m = h3;
        goto rumerge3_21_3;
    }
    push(c, m, h1);
    goto rumerge3_1;
rumerge3_12_3: /* (T1, T2, H2, M, T3, H3M, H1) */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (le(c, h2, h3)) {
            push(c, m, h3m);
            h3m = h3;
            continue;
        }
        if (!eq(c, h2, h3m)) {
            push(c, m, h3m);
        }
        h2m = h2;
        goto rumerge3_2;
    }
    if (!eq(c, h2, h3m)) {
        push(c, m, h3m);
    }
    rumerge2(c, S2, t1, t2, m, h2, h1);
    return;
rumerge3_21_3: /* (T1, T2, H2, M, T3, H3M, H1) */
    while (t3->n > 0) {
        h3 = pl_sort_pop(t3);
        if (le(c, h1, h3)) {
            push(c, m, h3m);
            h3m = h3;
            continue;
        }
        if (!eq(c, h1, h3m)) {
            push(c, m, h3m);
        }
        push(c, m, h1);
        goto rumerge3_1;
    }
    if (!eq(c, h1, h3m)) {
        push(c, m, h3m);
    }
    push(c, m, h1);
    rumerge2(c, S1, t1, t2, m, h2, PL_NONE);
}

/* ---- umergel / rumergel ---- */

/* umergel(L, [], O) when [rev] is false, rumergel(L, [], O) when true; [asc]
 * is O. Consumes [l]; the result ends in [out]. The runs are never empty. */
static void umerge_runs(pl_sort_ctx *c, pl_sort_seqs *l, bool rev, bool asc, pl_sort_seq *out)
{
    pl_sort_seqs acc = { 0 };
    while (!c->oom) {
        pl_sort_seq a, b, d, m = { 0 };
        if (l->n >= 3) {
            a = pl_sort_take(l);
            b = pl_sort_take(l);
            d = pl_sort_take(l);
            /* (T1, [H2 | T2], [H3 | T3]) is (a, b, d) or, reversed, (d, b, a) */
            pl_sort_seq *t1 = asc != rev ? &a : &d, *t3 = asc != rev ? &d : &a;
            pl_term h2 = pl_sort_pop(&b), h3 = pl_sort_pop(t3);
            if (!rev) {
                umerge3(c, t1, &b, h2, t3, h3, &m);
            } else {
                rumerge3(c, t1, &b, h2, t3, h3, &m);
            }
            free(d.v);
        } else if (l->n == 2) {
            a = pl_sort_take(l);
            b = pl_sort_take(l);
            /* ([H1 | T1], T2) / ([H2 | T2], T1) when asc, the other way round when desc */
            pl_sort_seq *hd = asc ? &a : &b, *other = asc ? &b : &a;
            pl_term h = pl_sort_pop(hd);
            if (!rev) {
                umerge2(c, S2, hd, other, &m, PL_NONE, h, PL_NONE);
            } else {
                rumerge2(c, S1, other, hd, &m, h, PL_NONE);
            }
        } else {
            if (l->n == 1) {
                if (!rev && acc.n == 0) { /* umergel([L], [], _) -> L */
                    *out = pl_sort_take(l);
                    break;
                }
                a = pl_sort_take(l);
                pl_sort_seq_reverse(&a);
                pl_sort_seqs_push(c, &acc, a);
            } else if (!rev && acc.n == 0) {
                break;
            }
            pl_sort_seqs swap = *l;
            *l = acc;
            acc = swap;
            rev = !rev;
            continue;
        }
        free(a.v);
        free(b.v);
        pl_sort_seqs_push(c, &acc, m);
    }
    pl_sort_seqs_free(&acc);
    pl_sort_seqs_free(l);
}

/* ---- usplit_1 / usplit_1_1 / usplit_2 / usplit_2_1 ---- */

/* usplit_1(X, Y, L, [], []) when [asc], usplit_2 otherwise. A sign flip
 * turns usplit_2's "<" tests into usplit_1's ">" ones. */
static void usplit(pl_sort_ctx *c, bool asc, pl_term x, pl_term y, pl_term l, pl_sort_seq *out)
{
    pl_sort_seqs rs = { 0 };
    pl_sort_seq r = { 0 };
    pl_term s = PL_NONE, z;
    int dir = asc ? 1 : -1;
split:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        int cy = dir * cmp(c, z, y), cx;
        if (cy > 0) {
            push(c, &r, x);
            x = y;
            y = z;
        } else if (cy == 0) {
        } else if ((cx = dir * cmp(c, z, x)) > 0) {
            push(c, &r, x);
            x = z;
        } else if (cx == 0) {
        } else if (r.n == 0) {
            push(c, &r, z);
        } else {
            s = z;
            l = pl_tail(l);
            goto split_1;
        }
    }
    goto done;
split_1:
    for (; pl_is_cons(l) && !c->oom; l = pl_tail(l)) {
        z = pl_head(l);
        int cy = dir * cmp(c, z, y), cx, cs;
        if (cy > 0) {
            push(c, &r, x);
            x = y;
            y = z;
        } else if (cy == 0) {
        } else if ((cx = dir * cmp(c, z, x)) > 0) {
            push(c, &r, x);
            x = z;
        } else if (cx == 0) {
        } else if ((cs = dir * cmp(c, z, s)) == 0) {
        } else {
            pl_sort_close_run(c, x, y, &r, &rs);
            x = cs > 0 ? s : z;
            y = cs > 0 ? z : s;
            s = PL_NONE;
            l = pl_tail(l);
            goto split;
        }
    }
done:
    pl_sort_close_run(c, x, y, &r, &rs);
    if (s != PL_NONE) {
        pl_sort_seq one = { 0 };
        push(c, &one, s);
        pl_sort_seqs_push(c, &rs, one);
    }
    /* usplit_1 ends in rumergel(.., asc), usplit_2 in umergel(.., desc) */
    umerge_runs(c, &rs, asc, asc, out);
}

/* ---- usort/1 ---- */

static pl_term listn(pl_proc *p, size_t n, pl_term a, pl_term b, pl_term d)
{
    pl_term items[3] = { a, b, d };
    pl_term r = pl_list_from_array(p->e, items, n);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

/* [X, Y, Z]: the Erlang clauses for X > Y mirror those for X < Y. */
static pl_term usort3(pl_proc *p, pl_sort_ctx *c, pl_term list, pl_term x, pl_term y, pl_term z,
                      int cxy)
{
    if (cxy > 0) {
        pl_term t = x;
        x = y;
        y = t;
    }
    int cyz = cmp(c, y, z), czx = cmp(c, z, x);
    if (cyz < 0) {
        return cxy < 0 ? pl_retain(list) : listn(p, 3, x, y, z);
    }
    if (cyz == 0 || czx == 0) {
        return listn(p, 2, x, y, 0);
    }
    return czx < 0 ? listn(p, 3, z, x, y) : listn(p, 3, x, z, y);
}

/* The cases of usort/1 for [X, Y] and [X, Y, Z] (X != Y), or false when
 * the list is longer. */
static bool usort_short(pl_proc *p, pl_sort_ctx *c, pl_term list, pl_term x, pl_term y,
                        pl_term l, int cxy, pl_term *res)
{
    if (pl_is_nil(l)) {
        *res = cxy < 0 ? pl_retain(list) : listn(p, 2, y, x, 0);
        return true;
    }
    if (!pl_is_nil(pl_tail(l))) {
        return false;
    }
    *res = usort3(p, c, list, x, y, pl_head(l), cxy);
    return true;
}

pl_term pl_lists_usort(pl_proc *p, pl_term list)
{
    if (!pl_is_cons(list) || !pl_is_cons(pl_tail(list))) {
        return pl_retain(list);
    }
    pl_sort_ctx c = { .e = p->e, .oom = false };
    pl_term x = pl_head(list), y = pl_head(pl_tail(list)), l = pl_tail(pl_tail(list));
    int cxy = cmp(&c, x, y);
    pl_sort_seq out = { 0 };
    if (cxy != 0) {
        pl_term r;
        if (usort_short(p, &c, list, x, y, l, cxy, &r)) {
            return r;
        }
        usplit(&c, cxy < 0, x, y, l, &out);
    } else { /* usort_1(X, L) */
        for (; pl_is_cons(l) && cmp(&c, x, pl_head(l)) == 0; l = pl_tail(l)) {
        }
        if (pl_is_cons(l)) {
            usplit(&c, cmp(&c, x, pl_head(l)) < 0, x, pl_head(l), pl_tail(l), &out);
        } else {
            push(&c, &out, x);
        }
    }
    pl_term res = c.oom ? pl_bif_nomem(p) : pl_sort_seq_to_list(p, &out);
    free(out.v);
    return res;
}
