/* Immutable maps. Keys are kept sorted in map-key order (pl_compare_exact), which
 * is also the order Elixir prints and iterates maps of up to 32 keys.
 * All functions borrow their map argument and return new references. */
#ifndef PL_MAP_H
#define PL_MAP_H

#include "term.h"

static inline uint64_t pl_map_size(pl_term m) { return pl_map_of(m)->size; }
static inline pl_term pl_map_key(pl_term m, uint64_t i) { return pl_map_of(m)->kv[i]; }
static inline pl_term pl_map_val(pl_term m, uint64_t i)
{
    return pl_map_of(m)->kv[pl_map_of(m)->size + i];
}

pl_term pl_map_empty(pl_engine *e);
/* Builds a map from parallel arrays (borrowed); a later duplicate key wins. */
pl_term pl_map_from_arrays(pl_engine *e, const pl_term *keys, const pl_term *vals, size_t n);
/* Index of [key] in [m], or -1. */
int64_t pl_map_find(const pl_engine *e, pl_term m, pl_term key);
/* Borrowed value for [key], or PL_NONE. */
pl_term pl_map_get(const pl_engine *e, pl_term m, pl_term key);
/* A new map with [key] => [val] (both taken). PL_NONE when out of memory. */
pl_term pl_map_put(pl_engine *e, pl_term m, pl_term key, pl_term val);
/* A new map without [key] (or [m] retained if absent). */
pl_term pl_map_remove(pl_engine *e, pl_term m, pl_term key);

#endif
