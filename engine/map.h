/* Immutable maps, laid out as the BEAM lays them out: up to 32 keys sorted in
 * map-key order (pl_compare_exact), more as a hash array mapped trie walked in
 * the BEAM's hash order (map_int.h). Index i = 0 .. size-1 runs in the order
 * Elixir prints and lists a map (inspect, Map.keys, :maps.to_list); :maps.fold
 * and :maps.next walk the reverse of it.
 * All functions borrow their map argument and return new references. */
#ifndef PL_MAP_H
#define PL_MAP_H

#include "term.h"

static inline uint64_t pl_map_size(pl_term m) { return pl_map_of(m)->size; }

/* Index access on a hashmap: the first walk over a map version builds an index
 * of its pairs (malloc'd, kept with the box), so i = 0 .. size-1 is linear. */
pl_term pl_map_hamt_key(pl_term m, uint64_t i);
pl_term pl_map_hamt_val(pl_term m, uint64_t i);

/* Borrowed key / value at index [i] < pl_map_size(m). */
static inline pl_term pl_map_key(pl_term m, uint64_t i)
{
    const pl_map *f = pl_map_of(m);
    return f->h.flags == 0 ? f->kv[i] : pl_map_hamt_key(m, i);
}
static inline pl_term pl_map_val(pl_term m, uint64_t i)
{
    const pl_map *f = pl_map_of(m);
    return f->h.flags == 0 ? f->kv[f->size + i] : pl_map_hamt_val(m, i);
}

pl_term pl_map_empty(pl_engine *e);
/* Builds a map from parallel arrays (borrowed); a later duplicate key wins. */
pl_term pl_map_from_arrays(pl_engine *e, const pl_term *keys, const pl_term *vals, size_t n);
/* Index of [key] in [m], or -1. O(log n) on a hashmap. */
int64_t pl_map_find(const pl_engine *e, pl_term m, pl_term key);
/* Borrowed value for [key], or PL_NONE. */
pl_term pl_map_get(const pl_engine *e, pl_term m, pl_term key);
/* pl_map_get for an atom key, inline for `map.field` and state-map matches:
 * a flatmap is scanned in place (an atom equals only itself, so no ordering
 * is needed); a hashmap takes the general path. */
static inline pl_term pl_map_get_atom(const pl_engine *e, pl_term m, pl_term key)
{
    const pl_map *f = pl_map_of(m);
    if (f->h.flags != 0) {
        return pl_map_get(e, m, key);
    }
    for (uint64_t i = 0; i < f->size; i++) {
        if (f->kv[i] == key) {
            return f->kv[f->size + i];
        }
    }
    return PL_NONE;
}
/* A new map with [key] => [val] (both taken). PL_NONE when out of memory. */
pl_term pl_map_put(pl_engine *e, pl_term m, pl_term key, pl_term val);
/* %{m | k1 => v1, ...} for the [n] pairs in [kv] (borrowed), later pairs
 * winning: a new reference, or PL_NONE with [missing] set to the first key [m]
 * lacks (nothing changed), or PL_NONE alone when out of memory. [unshared]: the
 * caller drops its reference to [m] right after, so when that reference is the
 * only one (rc 1) no one can see [m] change, and a flatmap is updated in place
 * and returned instead of copied. */
pl_term pl_map_update(pl_engine *e, pl_term m, const pl_term *kv, uint32_t n, bool unshared,
                      pl_term *missing);
/* A new map without [key] (borrowed), or [m] retained if absent. PL_NONE when
 * out of memory. */
pl_term pl_map_remove(pl_engine *e, pl_term m, pl_term key);

/* pl_map_put / pl_map_remove for a holder that replaces its map with the
 * result (a process dictionary, an engine table): on success [m] is taken, and
 * when the holder's reference was the only one the pairs move to the result
 * instead of being copied, retained and released. On failure (PL_NONE) [m]
 * stays the caller's. */
pl_term pl_map_put_take(pl_engine *e, pl_term m, pl_term key, pl_term val);
pl_term pl_map_remove_take(pl_engine *e, pl_term m, pl_term key);

#endif
