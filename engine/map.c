/* Immutable maps as sorted key/value arrays. Lookups are binary searches; an
 * insert copies the map (the caller's map is never changed). */
#include <stdlib.h>
#include "engine.h"
#include "map.h"
#include "term_order.h"

static pl_map *map_alloc(pl_engine *e, uint64_t size)
{
    pl_map *m = pl_alloc_get(&e->alloc, sizeof(pl_map) + 2 * size * sizeof(pl_term));
    if (m) {
        m->h.rc = 1;
        m->h.kind = PL_K_MAP;
        m->h.flags = 0;
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

/* Binary search: index of [key], or -(insertion point) - 1. */
static int64_t search(const pl_engine *e, const pl_map *m, pl_term key)
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

int64_t pl_map_find(const pl_engine *e, pl_term m, pl_term key)
{
    int64_t i = search(e, pl_map_of(m), key);
    return i >= 0 ? i : -1;
}

pl_term pl_map_get(const pl_engine *e, pl_term m, pl_term key)
{
    int64_t i = search(e, pl_map_of(m), key);
    return i >= 0 ? pl_map_val(m, (uint64_t)i) : PL_NONE;
}

pl_term pl_map_put(pl_engine *e, pl_term mt, pl_term key, pl_term val)
{
    const pl_map *m = pl_map_of(mt);
    int64_t i = search(e, m, key);
    uint64_t n = m->size;
    pl_map *r = map_alloc(e, i >= 0 ? n : n + 1);
    if (!r) {
        pl_release(e, key);
        pl_release(e, val);
        return PL_NONE;
    }
    if (i >= 0) {
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

pl_term pl_map_remove(pl_engine *e, pl_term mt, pl_term key)
{
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
    pl_map *m = map_alloc(e, u);
    if (m) {
        for (size_t i = 0; i < u; i++) {
            m->kv[i] = pl_retain(pairs[i].k);
            m->kv[u + i] = pl_retain(pairs[i].v);
        }
    }
    free(pairs);
    return m ? pl_from_box(m) : PL_NONE;
}
