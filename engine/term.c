/* Boxed term constructors and the iterative release that frees them. */
#include <stdlib.h>
#include "engine.h"
#include "term.h"
#include "map_int.h"

static size_t box_size(const pl_box *b)
{
    switch ((pl_kind)b->kind) {
    case PL_K_TUPLE: return sizeof(pl_tuple) + ((const pl_tuple *)b)->arity * sizeof(pl_term);
    case PL_K_CONS: return sizeof(pl_cons);
    case PL_K_FLOAT: return sizeof(pl_float);
    case PL_K_BIN: return sizeof(pl_bin) + ((const pl_bin *)b)->len;
    case PL_K_BIG: return sizeof(pl_big);
    case PL_K_MAP: return pl_map_box_bytes(b);
    case PL_K_FUN: return sizeof(pl_fun) + ((const pl_fun *)b)->nfree * sizeof(pl_term);
    }
    return 0;
}

static void *box_alloc(pl_engine *e, size_t size, pl_kind kind)
{
    pl_box *b = pl_alloc_get(&e->alloc, size);
    if (b) {
        b->rc = 1;
        b->kind = (uint8_t)kind;
        b->flags = 0;
        b->spare = 0;
    }
    return b;
}

/* ---- Release: children are queued on e->dying instead of recursing ---- */

static void drop_child(pl_engine *e, pl_term t)
{
    if (!pl_is_boxed(t) || --pl_box_of(t)->rc != 0) {
        return;
    }
    if (e->dying_len == e->dying_cap) {
        size_t cap = e->dying_cap ? e->dying_cap * 2 : 256;
        pl_box **d = realloc(e->dying, cap * sizeof *d);
        if (!d) {
            /* Cannot queue: leak this subtree rather than recurse unboundedly. */
            return;
        }
        e->dying = d;
        e->dying_cap = cap;
    }
    e->dying[e->dying_len++] = pl_box_of(t);
}

/* A map box of any flavour (map_int.h): a flatmap's keys and values, a
 * hashmap's root node and index, or a trie node's entries (PL_NONE in the key
 * word of a child entry is skipped by drop_child). */
static void release_map_children(pl_engine *e, pl_box *b)
{
    switch (b->flags) {
    case PL_MAP_F_HAMT: {
        pl_hamt *h = (pl_hamt *)b;
        drop_child(e, pl_from_box(h->root));
        free(h->flat);
        break;
    }
    case PL_MAP_F_NODE:
    case PL_MAP_F_COLL: {
        hamt_node *n = (hamt_node *)b;
        for (unsigned i = 0; i < 2 * hamt_entries(n); i++) {
            drop_child(e, n->e[i]);
        }
        break;
    }
    default: {
        pl_map *m = (pl_map *)b;
        for (uint64_t i = 0; i < 2 * m->size; i++) {
            drop_child(e, m->kv[i]);
        }
        break;
    }
    }
}

/* Releases what [b] holds and returns its block to the allocator: one switch
 * on the kind does both (this runs for every box that dies). */
static void free_one(pl_engine *e, pl_box *b)
{
    size_t size;
    switch ((pl_kind)b->kind) {
    case PL_K_TUPLE: {
        pl_tuple *t = (pl_tuple *)b;
        for (uint64_t i = 0; i < t->arity; i++) {
            drop_child(e, t->el[i]);
        }
        size = sizeof(pl_tuple) + t->arity * sizeof(pl_term);
        break;
    }
    case PL_K_CONS:
        drop_child(e, ((pl_cons *)b)->head);
        drop_child(e, ((pl_cons *)b)->tail);
        size = sizeof(pl_cons);
        break;
    case PL_K_MAP:
        size = pl_map_box_bytes(b);
        release_map_children(e, b);
        break;
    case PL_K_FUN: {
        pl_fun *f = (pl_fun *)b;
        for (uint32_t i = 0; i < f->nfree; i++) {
            drop_child(e, f->free[i]);
        }
        size = sizeof(pl_fun) + f->nfree * sizeof(pl_term);
        break;
    }
    case PL_K_BIG:
        mpz_clear(((pl_big *)b)->z);
        size = sizeof(pl_big);
        break;
    default:
        size = box_size(b);
        break;
    }
    pl_alloc_put(&e->alloc, b, size);
}

void pl_term_free_box(pl_engine *e, pl_box *b)
{
    free_one(e, b);
    if (e->freeing) {
        return; /* an outer call is draining the queue */
    }
    e->freeing = true;
    while (e->dying_len > 0) {
        free_one(e, e->dying[--e->dying_len]);
    }
    e->freeing = false;
}

/* ---- Constructors ---- */

pl_term pl_tuple_new(pl_engine *e, uint64_t arity)
{
    pl_tuple *t = box_alloc(e, sizeof(pl_tuple) + arity * sizeof(pl_term), PL_K_TUPLE);
    if (!t) {
        return PL_NONE;
    }
    t->arity = arity;
    for (uint64_t i = 0; i < arity; i++) {
        t->el[i] = PL_NIL;
    }
    return pl_from_box(t);
}

pl_term pl_tuple_from(pl_engine *e, const pl_term *els, uint64_t n)
{
    pl_tuple *t = box_alloc(e, sizeof(pl_tuple) + n * sizeof(pl_term), PL_K_TUPLE);
    if (!t) {
        return PL_NONE;
    }
    t->arity = n;
    for (uint64_t i = 0; i < n; i++) {
        t->el[i] = els[i];
    }
    return pl_from_box(t);
}

pl_term pl_tuple2(pl_engine *e, pl_term a, pl_term b)
{
    pl_term t = pl_tuple_new(e, 2);
    if (t == PL_NONE) {
        pl_release(e, a);
        pl_release(e, b);
        return PL_NONE;
    }
    pl_tuple_of(t)->el[0] = a;
    pl_tuple_of(t)->el[1] = b;
    return t;
}

pl_term pl_tuple3(pl_engine *e, pl_term a, pl_term b, pl_term c)
{
    pl_term t = pl_tuple_new(e, 3);
    if (t == PL_NONE) {
        pl_release(e, a);
        pl_release(e, b);
        pl_release(e, c);
        return PL_NONE;
    }
    pl_tuple_of(t)->el[0] = a;
    pl_tuple_of(t)->el[1] = b;
    pl_tuple_of(t)->el[2] = c;
    return t;
}

pl_term pl_cons_new(pl_engine *e, pl_term head, pl_term tail)
{
    pl_cons *c = box_alloc(e, sizeof(pl_cons), PL_K_CONS);
    if (!c) {
        pl_release(e, head);
        pl_release(e, tail);
        return PL_NONE;
    }
    c->head = head;
    c->tail = tail;
    return pl_from_box(c);
}

pl_term pl_float_new(pl_engine *e, double d)
{
    pl_float *f = box_alloc(e, sizeof(pl_float), PL_K_FLOAT);
    if (!f) {
        return PL_NONE;
    }
    f->d = d;
    return pl_from_box(f);
}

pl_term pl_bin_alloc(pl_engine *e, size_t len)
{
    pl_bin *b = box_alloc(e, sizeof(pl_bin) + len, PL_K_BIN);
    if (!b) {
        return PL_NONE;
    }
    b->len = len;
    return pl_from_box(b);
}

pl_term pl_bin_new(pl_engine *e, const void *data, size_t len)
{
    pl_term t = pl_bin_alloc(e, len);
    if (t != PL_NONE && len) {
        memcpy(pl_bin_of(t)->data, data, len);
    }
    return t;
}

pl_term pl_cstr(pl_engine *e, const char *s) { return pl_bin_new(e, s, strlen(s)); }

pl_term pl_big_from_mpz(pl_engine *e, mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (pl_fits_small(v)) {
            return pl_small(v);
        }
    }
    pl_big *b = box_alloc(e, sizeof(pl_big), PL_K_BIG);
    if (!b) {
        return PL_NONE;
    }
    mpz_init_set(b->z, z);
    return pl_from_box(b);
}

pl_term pl_int64(pl_engine *e, int64_t v)
{
    if (pl_fits_small(v)) {
        return pl_small(v);
    }
    mpz_t z;
    mpz_init_set_si(z, v);
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

pl_term pl_fun_new(pl_engine *e, pl_func *fn, uint32_t arity, uint32_t nfree)
{
    pl_fun *f = box_alloc(e, sizeof(pl_fun) + nfree * sizeof(pl_term), PL_K_FUN);
    if (!f) {
        return PL_NONE;
    }
    f->fn = fn;
    f->mod = f->name = PL_ATOM_NIL;
    f->arity = arity;
    f->nfree = nfree;
    for (uint32_t i = 0; i < nfree; i++) {
        f->free[i] = PL_NIL;
    }
    return pl_from_box(f);
}

pl_term pl_fun_ext(pl_engine *e, pl_term mod, pl_term name, uint32_t arity)
{
    pl_term t = pl_fun_new(e, NULL, arity, 0);
    if (t != PL_NONE) {
        pl_fun_of(t)->mod = mod;
        pl_fun_of(t)->name = name;
    }
    return t;
}

/* ---- Lists and integers ---- */

pl_term pl_list_from_array(pl_engine *e, const pl_term *items, size_t n)
{
    pl_term list = PL_NIL;
    while (n-- > 0) {
        list = pl_cons_new(e, pl_retain(items[n]), list);
        if (list == PL_NONE) {
            return PL_NONE;
        }
    }
    return list;
}

pl_term pl_list_reverse(pl_engine *e, pl_term list)
{
    pl_term out = PL_NIL;
    for (; pl_is_cons(list); list = pl_tail(list)) {
        out = pl_cons_new(e, pl_retain(pl_head(list)), out);
        if (out == PL_NONE) {
            return PL_NONE;
        }
    }
    return out;
}

int64_t pl_list_length(pl_term t)
{
    int64_t n = 0;
    for (; pl_is_cons(t); t = pl_tail(t)) {
        n++;
    }
    return t == PL_NIL ? n : -1;
}

bool pl_get_int64(pl_term t, int64_t *out)
{
    if (pl_is_small(t)) {
        *out = pl_small_value(t);
        return true;
    }
    if (pl_is_big(t) && mpz_fits_slong_p(pl_big_value(t))) {
        *out = mpz_get_si(pl_big_value(t));
        return true;
    }
    return false;
}

void pl_to_mpz(mpz_ptr out, pl_term t)
{
    if (pl_is_small(t)) {
        mpz_set_si(out, pl_small_value(t));
    } else {
        mpz_set(out, pl_big_value(t));
    }
}
