/* Erlang term order and equality. Both walk the two terms with an explicit
 * stack of pending pairs, so no nesting depth a program builds reaches the C
 * stack (maps and closures recurse one level per nested map or fun). */
#include <stdlib.h>
#include "engine.h"
#include "term_order.h"
#include "map.h"
#include "map_int.h"

/* Type ranks in Erlang term order:
 * number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring */
enum { R_NUMBER, R_ATOM, R_REF, R_FUN, R_PORT, R_PID, R_TUPLE, R_MAP, R_NIL, R_LIST, R_BIN };

static int rank(pl_term t)
{
    if (pl_is_small(t)) {
        return R_NUMBER;
    }
    if (!pl_is_boxed(t)) {
        switch ((t >> 3) & 7) {
        case PL_SUB_ATOM: return R_ATOM;
        case PL_SUB_PID: return R_PID;
        case PL_SUB_REF: return R_REF;
        default: return R_NIL;
        }
    }
    switch ((pl_kind)pl_box_of(t)->kind) {
    case PL_K_TUPLE: return R_TUPLE;
    case PL_K_CONS: return R_LIST;
    case PL_K_FLOAT:
    case PL_K_BIG: return R_NUMBER;
    case PL_K_BIN: return R_BIN;
    case PL_K_MAP: return R_MAP;
    case PL_K_FUN: return R_FUN;
    }
    return R_NIL;
}

static int sign(long v) { return (v > 0) - (v < 0); }

static int cmp_numbers(pl_term a, pl_term b, bool exact)
{
    if (pl_is_small(a) && pl_is_small(b)) {
        int64_t x = pl_small_value(a), y = pl_small_value(b);
        return (x > y) - (x < y);
    }
    bool fa = pl_is_float(a), fb = pl_is_float(b);
    if (fa && fb) {
        double x = pl_float_value(a), y = pl_float_value(b);
        return (x > y) - (x < y);
    }
    int r;
    if (fa || fb) {
        double d = fa ? pl_float_value(a) : pl_float_value(b);
        pl_term i = fa ? b : a;
        if (pl_is_small(i)) {
            double x = (double)pl_small_value(i);
            /* Doubles hold small ints exactly up to 2^53; beyond, fall back to mpz. */
            if (x > -9007199254740992.0 && x < 9007199254740992.0) {
                r = (x > d) - (x < d);
            } else {
                mpz_t z;
                mpz_init_set_si(z, pl_small_value(i));
                r = sign(mpz_cmp_d(z, d));
                mpz_clear(z);
            }
        } else {
            r = sign(mpz_cmp_d(pl_big_value(i), d));
        }
        if (fa) {
            r = -r;
        }
        if (exact) {
            return fa ? 1 : -1; /* map-key order: every integer before every float */
        }
        return r;
    }
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    pl_to_mpz(x, a);
    pl_to_mpz(y, b);
    r = sign(mpz_cmp(x, y));
    mpz_clear(x);
    mpz_clear(y);
    return r;
}

static int cmp_bins(pl_term a, pl_term b)
{
    const pl_bin *x = pl_bin_of(a), *y = pl_bin_of(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->data, y->data, n) : 0;
    if (c) {
        return sign(c);
    }
    return (x->len > y->len) - (x->len < y->len);
}

static int cmp_atoms(const pl_engine *e, pl_term a, pl_term b)
{
    const pl_atom_entry *x = &e->atoms.atoms[pl_atom_index(a)];
    const pl_atom_entry *y = &e->atoms.atoms[pl_atom_index(b)];
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->name, y->name, n);
    if (c) {
        return sign(c);
    }
    return (x->len > y->len) - (x->len < y->len);
}

static int cmp(const pl_engine *e, pl_term a, pl_term b, bool exact);

/* A hashmap leaf with the engine, for qsort by key. */
typedef struct leaf_ref {
    const pl_term *leaf;
    const pl_engine *e;
} leaf_ref;

static int leaf_cmp(const void *a, const void *b)
{
    const leaf_ref *x = a, *y = b;
    return cmp(x->e, x->leaf[0], y->leaf[0], true);
}

/* The pairs of hashmap [m] sorted by key (malloc'd), or NULL. */
static leaf_ref *sorted_leaves(const pl_engine *e, pl_term m)
{
    uint64_t n = pl_map_size(m);
    leaf_ref *r = malloc(n * sizeof *r);
    if (r) {
        for (uint64_t i = 0; i < n; i++) {
            r[i] = (leaf_ref){ pl_hamt_at(m, i), e };
        }
        qsort(r, n, sizeof *r, leaf_cmp);
    }
    return r;
}

/* Keys compared exactly in key order, then values in key order: the order
 * erts gives hashmaps (its two-phase walk finds the least differing key) and
 * flatmaps alike. A map's layout follows from its size, so both maps here
 * have the same one. */
static int cmp_maps(const pl_engine *e, pl_term a, pl_term b, bool exact)
{
    uint64_t n = pl_map_size(a);
    if (n != pl_map_size(b)) {
        return n < pl_map_size(b) ? -1 : 1;
    }
    if (!pl_map_is_hamt(a)) {
        const pl_map *x = pl_map_of(a), *y = pl_map_of(b);
        for (uint64_t i = 0; i < n; i++) {
            int c = cmp(e, x->kv[i], y->kv[i], true);
            if (c) {
                return c;
            }
        }
        for (uint64_t i = 0; i < n; i++) {
            int c = cmp(e, x->kv[n + i], y->kv[n + i], exact);
            if (c) {
                return c;
            }
        }
        return 0;
    }
    if (pl_exact_eq(a, b)) {
        return 0;
    }
    leaf_ref *x = sorted_leaves(e, a), *y = sorted_leaves(e, b);
    int c = 0;
    if (x && y) {
        for (uint64_t i = 0; i < n && !c; i++) {
            c = cmp(e, x[i].leaf[0], y[i].leaf[0], true);
        }
        for (uint64_t i = 0; i < n && !c; i++) {
            c = cmp(e, x[i].leaf[1], y[i].leaf[1], exact);
        }
    } else {
        /* Out of memory: still a total order, though not the BEAM's. */
        for (uint64_t i = 0; i < n && !c; i++) {
            c = cmp(e, pl_map_key(a, i), pl_map_key(b, i), true);
        }
        for (uint64_t i = 0; i < n && !c; i++) {
            c = cmp(e, pl_map_val(a, i), pl_map_val(b, i), exact);
        }
    }
    free(x);
    free(y);
    return c;
}

static int cmp_funs(const pl_engine *e, pl_term a, pl_term b)
{
    const pl_fun *x = pl_fun_of(a), *y = pl_fun_of(b);
    if (x->fn != y->fn || !x->fn) {
        /* Order by what the user can see (module, name, arity), never by address. */
        int c = cmp_atoms(e, x->mod, y->mod);
        if (!c) {
            c = cmp_atoms(e, x->name, y->name);
        }
        if (!c) {
            c = (x->arity > y->arity) - (x->arity < y->arity);
        }
        if (c || !x->fn) {
            return c;
        }
        /* two closures of one name in different module versions: fall through */
    }
    for (uint32_t i = 0; i < x->nfree && i < y->nfree; i++) {
        int c = cmp(e, x->free[i], y->free[i], true);
        if (c) {
            return c;
        }
    }
    return (x->nfree > y->nfree) - (x->nfree < y->nfree);
}

/* ---- Walking two terms side by side without C recursion ---- */

/* Pending pairs of subterms, compared depth first in order: a term nested a
 * million levels deep compares on the heap, not on the C stack. */
typedef struct pair_stack {
    pl_term (*pairs)[2];
    size_t n, cap;
    pl_term inline_pairs[32][2];
} pair_stack;

static void ps_init(pair_stack *s)
{
    s->pairs = s->inline_pairs;
    s->n = 0;
    s->cap = 32;
}

static void ps_free(pair_stack *s)
{
    if (s->pairs != s->inline_pairs) {
        free(s->pairs);
    }
}

static bool ps_push(pair_stack *s, pl_term a, pl_term b)
{
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        pl_term (*p)[2] = malloc(cap * sizeof *p);
        if (!p) {
            return false;
        }
        memcpy(p, s->pairs, s->n * sizeof *p);
        ps_free(s);
        s->pairs = p;
        s->cap = cap;
    }
    s->pairs[s->n][0] = a;
    s->pairs[s->n][1] = b;
    s->n++;
    return true;
}

/* Tuple elements, pushed last-first so the first is compared first. */
static bool push_elements(pair_stack *s, pl_term a, pl_term b)
{
    for (uint64_t i = pl_tuple_arity(a); i > 0; i--) {
        if (!ps_push(s, pl_tuple_get(a, i - 1), pl_tuple_get(b, i - 1))) {
            return false;
        }
    }
    return true;
}

/* One step of the comparison of two terms of the same rank: 0 when equal so
 * far (their subterms were pushed), else the order. */
static int cmp_step(const pl_engine *e, pair_stack *s, pl_term a, pl_term b, bool exact)
{
    switch (rank(a)) {
    case R_NUMBER: return cmp_numbers(a, b, exact);
    case R_ATOM: return cmp_atoms(e, a, b);
    case R_PID:
    case R_REF: return a < b ? -1 : 1;
    case R_BIN: return cmp_bins(a, b);
    case R_MAP: return cmp_maps(e, a, b, exact);
    case R_FUN: return cmp_funs(e, a, b);
    case R_TUPLE:
        if (pl_tuple_arity(a) != pl_tuple_arity(b)) {
            return pl_tuple_arity(a) < pl_tuple_arity(b) ? -1 : 1;
        }
        return push_elements(s, a, b) ? 0 : (a < b ? -1 : 1);
    case R_LIST: /* the tail after the head */
        return ps_push(s, pl_tail(a), pl_tail(b)) && ps_push(s, pl_head(a), pl_head(b))
                   ? 0 : (a < b ? -1 : 1);
    default: return 0;
    }
}

static int cmp(const pl_engine *e, pl_term a, pl_term b, bool exact)
{
    if (pl_is_small(a) && pl_is_small(b)) { /* the common case, without a stack */
        int64_t x = pl_small_value(a), y = pl_small_value(b);
        return (x > y) - (x < y);
    }
    if (a == b) {
        return 0;
    }
    pair_stack s;
    ps_init(&s);
    ps_push(&s, a, b);
    int c = 0;
    while (s.n > 0 && c == 0) {
        s.n--;
        pl_term x = s.pairs[s.n][0], y = s.pairs[s.n][1];
        if (x == y) {
            continue;
        }
        int rx = rank(x), ry = rank(y);
        c = rx != ry ? (rx < ry ? -1 : 1) : cmp_step(e, &s, x, y, exact);
    }
    ps_free(&s);
    return c;
}

int pl_compare(const pl_engine *e, pl_term a, pl_term b) { return cmp(e, a, b, false); }
int pl_compare_exact(const pl_engine *e, pl_term a, pl_term b) { return cmp(e, a, b, true); }

/* Two canonical tries hold the same keys only if they have the same shape,
 * so hashmaps are walked in step; only collision nodes need a search. */
static bool coll_eq(const hamt_node *x, const hamt_node *y)
{
    for (unsigned i = 0; i < x->h.spare; i++) {
        unsigned j = 0;
        while (j < y->h.spare && !pl_exact_eq(x->e[2 * i], y->e[2 * j])) {
            j++;
        }
        if (j == y->h.spare || !pl_exact_eq(x->e[2 * i + 1], y->e[2 * j + 1])) {
            return false;
        }
    }
    return true;
}

static bool nodes_eq(const hamt_node *x, const hamt_node *y)
{
    struct {
        const hamt_node *x, *y;
        unsigned next;
    } stack[PL_HAMT_MAX_LEVEL + 1];
    unsigned depth = 0;
    for (;;) {
        if (x != y) {
            if (x->h.flags != y->h.flags || x->h.spare != y->h.spare || x->count != y->count) {
                return false;
            }
            if (x->h.flags == PL_MAP_F_COLL) {
                if (!coll_eq(x, y)) {
                    return false;
                }
            } else {
                stack[depth].x = x;
                stack[depth].y = y;
                stack[depth++].next = 0;
            }
        }
        /* The next pair of child nodes, comparing leaves on the way. */
        x = NULL;
        while (!x && depth > 0) {
            unsigned i = stack[depth - 1].next++;
            const hamt_node *px = stack[depth - 1].x, *py = stack[depth - 1].y;
            if (i == hamt_entries(px)) {
                depth--;
                continue;
            }
            const pl_term *p = &px->e[2 * i], *q = &py->e[2 * i];
            if ((p[0] == PL_NONE) != (q[0] == PL_NONE)) {
                return false;
            }
            if (p[0] == PL_NONE) {
                x = (const hamt_node *)pl_box_of(p[1]);
                y = (const hamt_node *)pl_box_of(q[1]);
            } else if (!pl_exact_eq(p[0], q[0]) || !pl_exact_eq(p[1], q[1])) {
                return false;
            }
        }
        if (!x) {
            return true;
        }
    }
}

static bool maps_exact_eq(pl_term a, pl_term b)
{
    uint64_t n = pl_map_size(a);
    if (n != pl_map_size(b)) {
        return false;
    }
    if (pl_map_is_hamt(a)) {
        return nodes_eq(pl_hamt_of(a)->root, pl_hamt_of(b)->root);
    }
    const pl_map *x = pl_map_of(a), *y = pl_map_of(b);
    for (uint64_t i = 0; i < 2 * n; i++) {
        if (!pl_exact_eq(x->kv[i], y->kv[i])) {
            return false;
        }
    }
    return true;
}

/* One step of === on two boxes: false when they differ, true when equal so far
 * (their subterms were pushed). */
static bool eq_step(pair_stack *s, pl_term a, pl_term b)
{
    pl_box *x = pl_box_of(a), *y = pl_box_of(b);
    if (x->kind != y->kind) {
        return false;
    }
    switch ((pl_kind)x->kind) {
    case PL_K_FLOAT: return pl_float_value(a) == pl_float_value(b);
    case PL_K_BIG: return mpz_cmp(pl_big_value(a), pl_big_value(b)) == 0;
    case PL_K_BIN:
        return pl_bin_of(a)->len == pl_bin_of(b)->len &&
               memcmp(pl_bin_of(a)->data, pl_bin_of(b)->data, pl_bin_of(a)->len) == 0;
    case PL_K_TUPLE:
        return pl_tuple_arity(a) == pl_tuple_arity(b) && push_elements(s, a, b);
    case PL_K_CONS:
        return ps_push(s, pl_tail(a), pl_tail(b)) && ps_push(s, pl_head(a), pl_head(b));
    case PL_K_MAP: return maps_exact_eq(a, b);
    case PL_K_FUN: {
        const pl_fun *f = pl_fun_of(a), *g = pl_fun_of(b);
        if (f->fn != g->fn || f->mod != g->mod || f->name != g->name || f->arity != g->arity ||
            f->nfree != g->nfree) {
            return false;
        }
        for (uint32_t i = 0; i < f->nfree; i++) {
            if (!ps_push(s, f->free[i], g->free[i])) {
                return false;
            }
        }
        return true;
    }
    }
    return false;
}

bool pl_exact_eq(pl_term a, pl_term b)
{
    if (a == b) {
        return true;
    }
    if (!pl_is_boxed(a) || !pl_is_boxed(b)) {
        return false;
    }
    pair_stack s;
    ps_init(&s);
    ps_push(&s, a, b);
    bool eq = true;
    while (s.n > 0 && eq) {
        s.n--;
        pl_term x = s.pairs[s.n][0], y = s.pairs[s.n][1];
        if (x == y) {
            continue;
        }
        eq = pl_is_boxed(x) && pl_is_boxed(y) && eq_step(&s, x, y);
    }
    ps_free(&s);
    return eq;
}
