/* The map API over both layouts. Flatmaps (<= 32 keys) are sorted key/value
 * arrays: lookups are binary searches and an insert copies the map. Larger
 * maps are hashmaps (map_hamt.c); a put that makes a flatmap 33 keys long
 * converts it, and a remove that leaves a hashmap 32 keys long converts back,
 * exactly when erl_map.c does. */
#include <stddef.h>
#include <stdlib.h>
#include "engine.h"
#include "map.h"
#include "map_int.h"
#include "term_order.h"

_Static_assert(offsetof(pl_hamt, size) == offsetof(pl_map, size),
               "pl_map_size reads both layouts at one offset");

static pl_map *map_alloc(pl_engine *e, uint64_t size)
{
    pl_map *m = pl_alloc_get(&e->alloc, sizeof(pl_map) + 2 * size * sizeof(pl_term));
    if (m) {
        m->h.rc = 1;
        m->h.kind = PL_K_MAP;
        m->h.flags = PL_MAP_F_FLAT;
        m->h.spare = 0;
        m->size = size;
    }
    return m;
}

pl_term pl_map_empty(pl_engine *e)
{
    pl_map *m = map_alloc(e, 0);
    return m ? pl_from_box(m) : PL_NONE;
}

/* ---- Hashmap index access ---- */

/* Fills h->flat with the pairs in to_list order: slots from high to low, the
 * entries of a collision node in their stored order. */
static void build_index(pl_hamt *h)
{
    pl_term *flat = malloc(2 * h->size * sizeof *flat);
    if (!flat) {
        return; /* index reads keep walking the tree */
    }
    struct {
        const hamt_node *node;
        unsigned next; /* entries left to visit, from the top */
    } stack[PL_HAMT_MAX_LEVEL + 1];
    unsigned depth = 0;
    uint64_t out = 0;
    stack[0].node = h->root;
    stack[0].next = hamt_entries(h->root);
    for (;;) {
        const hamt_node *n = stack[depth].node;
        if (stack[depth].next == 0) {
            if (depth == 0) {
                break;
            }
            depth--;
            continue;
        }
        unsigned j = --stack[depth].next;
        if (n->h.flags == PL_MAP_F_COLL) {
            j = hamt_entries(n) - 1 - j;
        }
        const pl_term *ent = &n->e[2 * j];
        if (ent[0] == PL_NONE) {
            const hamt_node *c = (const hamt_node *)pl_box_of(ent[1]);
            stack[++depth].node = c;
            stack[depth].next = hamt_entries(c);
        } else {
            flat[2 * out] = ent[0];
            flat[2 * out + 1] = ent[1];
            out++;
        }
    }
    h->flat = flat;
}

#define MEMO_MISSES_BEFORE_INDEX 2

static const pl_term *hamt_pair(pl_term m, uint64_t i)
{
    pl_hamt *h = pl_hamt_of(m);
    if (h->flat) {
        return &h->flat[2 * i];
    }
    if (h->memo_leaf && h->memo_index == i) {
        return h->memo_leaf;
    }
    if (++h->misses > MEMO_MISSES_BEFORE_INDEX) {
        build_index(h);
        if (h->flat) {
            return &h->flat[2 * i];
        }
    }
    h->memo_index = i;
    h->memo_leaf = pl_hamt_at(m, i);
    return h->memo_leaf;
}

pl_term pl_map_hamt_key(pl_term m, uint64_t i) { return hamt_pair(m, i)[0]; }
pl_term pl_map_hamt_val(pl_term m, uint64_t i) { return hamt_pair(m, i)[1]; }

/* ---- Lookup ---- */

/* Atom order is name order (term_order.c's cmp_atoms), without the generic
 * compare's work stack: puts of atom keys search for their insertion point. */
static int atom_cmp(const pl_engine *e, pl_term a, pl_term b)
{
    const pl_atom_entry *x = &e->atoms.atoms[pl_atom_index(a)];
    const pl_atom_entry *y = &e->atoms.atoms[pl_atom_index(b)];
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->name, y->name, n) : 0;
    if (c) {
        return c < 0 ? -1 : 1;
    }
    return (x->len > y->len) - (x->len < y->len);
}

/* An atom key equals only itself, and ordering atoms compares their names: a
 * scan for the identical word beats a binary search (structs and state maps
 * are keyed by atoms). Kept apart from the binary search, so a lookup by atom
 * runs no heavier function's prologue. */
static inline int64_t scan_atom(const pl_map *m, pl_term key)
{
    for (uint64_t i = 0; i < m->size; i++) {
        if (m->kv[i] == key) {
            return (int64_t)i;
        }
    }
    return -1;
}

/* Binary search: index of [key], or -(insertion point) - 1. */
static int64_t bsearch_key(const pl_engine *e, const pl_map *m, pl_term key)
{
    int64_t lo = 0, hi = (int64_t)m->size - 1;
    while (lo <= hi) {
        int64_t mid = (lo + hi) / 2;
        pl_term k = m->kv[mid];
        int c;
        if (pl_is_small(k) && pl_is_small(key)) {
            c = (pl_small_value(k) > pl_small_value(key)) - (pl_small_value(k) < pl_small_value(key));
        } else if (k == key) {
            c = 0;
        } else if (pl_is_atom(k) && pl_is_atom(key)) {
            c = atom_cmp(e, k, key);
        } else if ((pl_is_ref(k) && pl_is_ref(key)) || (pl_is_pid(k) && pl_is_pid(key))) {
            c = k < key ? -1 : 1; /* by serial, as term_order.c orders them */
        } else {
            c = pl_compare_exact(e, k, key);
        }
        if (c == 0) {
            return mid;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return -lo - 1;
}

/* bsearch_key for a small-integer key (maps indexed by position or count),
 * without the general comparison: a word that is not a number sorts after
 * every number; a float or bignum key sends the search to bsearch_key. */
static inline int64_t bsearch_small(const pl_engine *e, const pl_map *m, pl_term key)
{
    int64_t lo = 0, hi = (int64_t)m->size - 1, v = pl_small_value(key);
    while (lo <= hi) {
        int64_t mid = (lo + hi) / 2;
        pl_term k = m->kv[mid];
        if (pl_is_small(k)) {
            if (pl_small_value(k) == v) {
                return mid;
            }
            if (pl_small_value(k) < v) {
                lo = mid + 1;
                continue;
            }
        } else if (pl_is_float(k) || pl_is_big(k)) {
            return bsearch_key(e, m, key);
        }
        hi = mid - 1;
    }
    return -lo - 1;
}

/* Index of [key], or -(insertion point) - 1 (puts). */
static int64_t search(const pl_engine *e, const pl_map *m, pl_term key)
{
    if (pl_is_small(key)) {
        return bsearch_small(e, m, key);
    }
    int64_t i = pl_is_atom(key) ? scan_atom(m, key) : -1;
    return i >= 0 ? i : bsearch_key(e, m, key);
}

/* Index of [key], or some negative number (lookups). */
static inline int64_t lookup(const pl_engine *e, const pl_map *m, pl_term key)
{
    return pl_is_atom(key) ? scan_atom(m, key)
           : pl_is_small(key) ? bsearch_small(e, m, key) : bsearch_key(e, m, key);
}

/* The hashmap leaf of [key], remembered so the caller's next index read of it
 * needs no walk. */
static const pl_term *hamt_find(const pl_engine *e, pl_term m, pl_term key, uint64_t *index)
{
    const pl_term *leaf = pl_hamt_lookup(e, m, key, index);
    if (leaf) {
        pl_hamt *h = pl_hamt_of(m);
        h->memo_index = *index;
        h->memo_leaf = leaf;
    }
    return leaf;
}

int64_t pl_map_find(const pl_engine *e, pl_term m, pl_term key)
{
    if (pl_map_is_hamt(m)) {
        uint64_t i;
        return hamt_find(e, m, key, &i) ? (int64_t)i : -1;
    }
    int64_t i = lookup(e, pl_map_of(m), key);
    return i >= 0 ? i : -1;
}

pl_term pl_map_get(const pl_engine *e, pl_term m, pl_term key)
{
    if (pl_map_is_hamt(m)) {
        const pl_term *leaf = pl_hamt_lookup(e, m, key, NULL);
        return leaf ? leaf[1] : PL_NONE;
    }
    int64_t i = lookup(e, pl_map_of(m), key);
    return i >= 0 ? pl_map_of(m)->kv[pl_map_of(m)->size + (uint64_t)i] : PL_NONE;
}

pl_term pl_map_update(pl_engine *e, pl_term mt, const pl_term *kv, uint32_t n, bool unshared,
                      pl_term *missing)
{
    *missing = PL_NONE;
    bool hamt = pl_map_is_hamt(mt);
    uint32_t at[PL_MAP_FLAT_MAX]; /* where a flatmap holds each of the first keys */
    for (uint32_t i = 0; i < n; i++) {
        int64_t found = hamt ? pl_map_find(e, mt, kv[2 * i]) : lookup(e, pl_map_of(mt), kv[2 * i]);
        if (found < 0) {
            *missing = kv[2 * i];
            return PL_NONE;
        }
        if (i < PL_MAP_FLAT_MAX) {
            at[i] = (uint32_t)found;
        }
    }
    if (hamt) {
        pl_term r = pl_retain(mt);
        for (uint32_t i = 0; i < n && r != PL_NONE; i++) {
            pl_term next = pl_map_put(e, r, pl_retain(kv[2 * i]), pl_retain(kv[2 * i + 1]));
            pl_release(e, r);
            r = next;
        }
        return r;
    }
    const pl_map *m = pl_map_of(mt);
    pl_map *r = (pl_map *)m;
    if (!unshared || m->h.rc != 1) {
        r = map_alloc(e, m->size);
        if (!r) {
            return PL_NONE;
        }
        for (uint64_t j = 0; j < 2 * m->size; j++) {
            r->kv[j] = pl_retain(m->kv[j]);
        }
    } else {
        pl_retain(mt);
    }
    for (uint32_t i = 0; i < n; i++) {
        /* As erts_maps_put: a flatmap keeps the key it had (0.0 vs -0.0). */
        int64_t j = i < PL_MAP_FLAT_MAX ? at[i] : lookup(e, r, kv[2 * i]);
        pl_term *slot = &r->kv[r->size + (uint64_t)j];
        pl_term old = *slot;
        *slot = pl_retain(kv[2 * i + 1]);
        pl_release(e, old);
    }
    return pl_from_box(r);
}

/* ---- Put and remove ---- */

/* The 33-key hashmap of flatmap [m] (32 keys) plus [key] => [val] (taken). */
static pl_term grow_to_hamt(pl_engine *e, const pl_map *m, pl_term key, pl_term val)
{
    pl_term k[PL_MAP_FLAT_MAX + 1], v[PL_MAP_FLAT_MAX + 1];
    for (uint64_t i = 0; i < m->size; i++) {
        k[i] = m->kv[i];
        v[i] = m->kv[m->size + i];
    }
    k[m->size] = key;
    v[m->size] = val;
    pl_term r = pl_hamt_build(e, k, v, m->size + 1);
    pl_release(e, key);
    pl_release(e, val);
    return r;
}

pl_term pl_map_put(pl_engine *e, pl_term mt, pl_term key, pl_term val)
{
    if (pl_map_is_hamt(mt)) {
        return pl_hamt_put(e, mt, key, val);
    }
    const pl_map *m = pl_map_of(mt);
    int64_t i = search(e, m, key);
    uint64_t n = m->size;
    if (i < 0 && n == PL_MAP_FLAT_MAX) {
        return grow_to_hamt(e, m, key, val);
    }
    pl_map *r = map_alloc(e, i >= 0 ? n : n + 1);
    if (!r) {
        pl_release(e, key);
        pl_release(e, val);
        return PL_NONE;
    }
    if (i >= 0) {
        /* As erts_maps_put: a flatmap keeps the key it had (0.0 vs -0.0). */
        for (uint64_t j = 0; j < 2 * n; j++) {
            r->kv[j] = pl_retain(m->kv[j]);
        }
        pl_release(e, r->kv[n + (uint64_t)i]);
        r->kv[n + (uint64_t)i] = val;
        pl_release(e, key);
        return pl_from_box(r);
    }
    uint64_t at = (uint64_t)(-i - 1);
    for (uint64_t j = 0, d = 0; j < n + 1; j++) {
        if (j == at) {
            r->kv[j] = key;
            r->kv[n + 1 + j] = val;
            continue;
        }
        r->kv[j] = pl_retain(m->kv[d]);
        r->kv[n + 1 + j] = pl_retain(m->kv[n + d]);
        d++;
    }
    return pl_from_box(r);
}

/* The shell of flatmap [m], whose pairs have moved elsewhere. */
static void free_shell(pl_engine *e, pl_map *m)
{
    pl_alloc_put(&e->alloc, m, sizeof(pl_map) + 2 * m->size * sizeof(pl_term));
}

pl_term pl_map_put_take(pl_engine *e, pl_term mt, pl_term key, pl_term val)
{
    pl_map *m = pl_map_of(mt);
    int64_t i = pl_map_is_hamt(mt) || m->h.rc != 1 ? 0 : search(e, m, key);
    if (pl_map_is_hamt(mt) || m->h.rc != 1 || (i < 0 && m->size == PL_MAP_FLAT_MAX)) {
        pl_term r = pl_map_put(e, mt, key, val);
        if (r != PL_NONE) {
            pl_release(e, mt);
        }
        return r;
    }
    uint64_t n = m->size;
    if (i >= 0) {
        pl_term old = m->kv[n + (uint64_t)i];
        m->kv[n + (uint64_t)i] = val;
        pl_release(e, old);
        pl_release(e, key); /* the map keeps the key it had, as pl_map_put */
        return mt;
    }
    pl_map *r = map_alloc(e, n + 1);
    if (!r) {
        pl_release(e, key);
        pl_release(e, val);
        return PL_NONE;
    }
    uint64_t at = (uint64_t)(-i - 1);
    memcpy(r->kv, m->kv, at * sizeof(pl_term));
    r->kv[at] = key;
    memcpy(r->kv + at + 1, m->kv + at, (n - at) * sizeof(pl_term));
    memcpy(r->kv + n + 1, m->kv + n, at * sizeof(pl_term));
    r->kv[n + 1 + at] = val;
    memcpy(r->kv + n + 1 + at + 1, m->kv + n + at, (n - at) * sizeof(pl_term));
    free_shell(e, m);
    return pl_from_box(r);
}

pl_term pl_map_remove_take(pl_engine *e, pl_term mt, pl_term key)
{
    pl_map *m = pl_map_of(mt);
    if (pl_map_is_hamt(mt) || m->h.rc != 1) {
        pl_term r = pl_map_remove(e, mt, key);
        if (r != PL_NONE) {
            pl_release(e, mt);
        }
        return r;
    }
    int64_t i = lookup(e, m, key);
    if (i < 0) {
        return mt;
    }
    uint64_t n = m->size, at = (uint64_t)i;
    pl_map *r = map_alloc(e, n - 1);
    if (!r) {
        return PL_NONE;
    }
    memcpy(r->kv, m->kv, at * sizeof(pl_term));
    memcpy(r->kv + at, m->kv + at + 1, (n - at - 1) * sizeof(pl_term));
    memcpy(r->kv + n - 1, m->kv + n, at * sizeof(pl_term));
    memcpy(r->kv + n - 1 + at, m->kv + n + at + 1, (n - at - 1) * sizeof(pl_term));
    pl_term gone_key = m->kv[at], gone_val = m->kv[n + at];
    free_shell(e, m);
    pl_release(e, gone_key);
    pl_release(e, gone_val);
    return pl_from_box(r);
}

pl_term pl_map_remove(pl_engine *e, pl_term mt, pl_term key)
{
    if (pl_map_is_hamt(mt)) {
        return pl_hamt_remove(e, mt, key);
    }
    const pl_map *m = pl_map_of(mt);
    int64_t i = search(e, m, key);
    if (i < 0) {
        return pl_retain(mt);
    }
    uint64_t n = m->size;
    pl_map *r = map_alloc(e, n - 1);
    if (!r) {
        return PL_NONE;
    }
    for (uint64_t j = 0, d = 0; j < n; j++) {
        if (j == (uint64_t)i) {
            continue;
        }
        r->kv[d] = pl_retain(m->kv[j]);
        r->kv[n - 1 + d] = pl_retain(m->kv[n + j]);
        d++;
    }
    return pl_from_box(r);
}

/* ---- Construction ---- */

typedef struct kv_pair {
    pl_term k, v;
    size_t seq;
    const pl_engine *e;
} kv_pair;

static int pair_cmp(const void *a, const void *b)
{
    const kv_pair *x = a, *y = b;
    int c = pl_compare_exact(x->e, x->k, y->k);
    if (c) {
        return c;
    }
    return (x->seq > y->seq) - (x->seq < y->seq);
}

pl_term pl_map_from_arrays(pl_engine *e, const pl_term *keys, const pl_term *vals, size_t n)
{
    kv_pair *pairs = malloc((n ? n : 1) * sizeof *pairs);
    if (!pairs) {
        return PL_NONE;
    }
    for (size_t i = 0; i < n; i++) {
        pairs[i] = (kv_pair){ keys[i], vals[i], i, e };
    }
    qsort(pairs, n, sizeof *pairs, pair_cmp);
    size_t u = 0; /* unique keys, keeping the last of each run */
    for (size_t i = 0; i < n; i++) {
        if (u > 0 && pl_compare_exact(e, pairs[u - 1].k, pairs[i].k) == 0) {
            pairs[u - 1] = pairs[i];
        } else {
            pairs[u++] = pairs[i];
        }
    }
    pl_term r = PL_NONE;
    if (u > PL_MAP_FLAT_MAX) {
        pl_term *kv = malloc(2 * u * sizeof *kv);
        if (kv) {
            for (size_t i = 0; i < u; i++) {
                kv[i] = pairs[i].k;
                kv[u + i] = pairs[i].v;
            }
            r = pl_hamt_build(e, kv, kv + u, u);
            free(kv);
        }
    } else {
        pl_map *m = map_alloc(e, u);
        if (m) {
            for (size_t i = 0; i < u; i++) {
                m->kv[i] = pl_retain(pairs[i].k);
                m->kv[u + i] = pl_retain(pairs[i].v);
            }
            r = pl_from_box(m);
        }
    }
    free(pairs);
    return r;
}
