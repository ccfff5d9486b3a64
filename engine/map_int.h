/* Private to map*.c (and the map cases of term.c / term_order.c): the two map
 * layouts and the HAMT node. Everyone else uses map.h.
 *
 * A map of up to 32 keys is a flatmap (pl_map, term.h): sorted kv[] arrays.
 * A larger map is a pl_hamt box over a tree of hamt_node boxes, the BEAM's
 * hashmap: 16-way bitmap nodes indexed by 4-bit slices of the key's internal
 * hash, low nibble first; every 8 levels the key is rehashed with a salt
 * made from level / 8. Like the BEAM, a map has the flat layout iff it has <= 32 keys,
 * and the tree is canonical: a leaf sits at the shallowest level where its hash
 * path is unique, so equal key sets give equal trees (collision nodes aside). */
#ifndef PL_MAP_INT_H
#define PL_MAP_INT_H

#include "term.h"

#define PL_MAP_FLAT_MAX 32 /* erl_map.h MAP_SMALL_MAP_LIMIT */
#define PL_HAMT_MAX_LEVEL 64 /* below this, keys whose hashes never part share a collision node */

/* pl_box.flags of a PL_K_MAP box. Nodes are boxes too (so release can queue
 * them on e->dying), but they never escape as terms. */
enum { PL_MAP_F_FLAT = 0, PL_MAP_F_HAMT = 1, PL_MAP_F_NODE = 2, PL_MAP_F_COLL = 3 };

/* A trie node. PL_MAP_F_NODE: h.spare is the 16-bit slot bitmap and the
 * entries are in slot order. PL_MAP_F_COLL: h.spare entries, all leaves, whose
 * keys share every hash bit down to PL_HAMT_MAX_LEVEL. An entry is two words:
 * a leaf (key, value), or (PL_NONE, child node). */
typedef struct hamt_node {
    pl_box h;
    uint64_t count; /* leaves in this subtree */
    pl_term e[];
} hamt_node;

/* The map term of a hashmap. [size] sits where pl_map keeps it. */
typedef struct pl_hamt {
    pl_box h;
    uint64_t size;
    hamt_node *root; /* owned */
    // Lazily built index (malloc'd, freed with the box): the (key, value)
    // pairs in pl_map_key order, flat[2i] and flat[2i+1]; borrowed from the tree.
    pl_term *flat;
    // The last leaf found by index or pl_map_find, so find-then-read stays
    // O(log n) without building [flat].
    uint64_t memo_index;
    const pl_term *memo_leaf;
    uint32_t misses; /* index reads that missed the memo before [flat] existed */
} pl_hamt;

static inline bool pl_map_is_hamt(pl_term m) { return pl_box_of(m)->flags == PL_MAP_F_HAMT; }
static inline pl_hamt *pl_hamt_of(pl_term m) { return (pl_hamt *)pl_box_of(m); }
/* Bits set in a 16-bit bitmap. Portable SWAR: without -mpopcnt,
 * __builtin_popcount is a library call, and this is on every hot path. */
static inline unsigned hamt_popcount(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0f0fu;
    return (x + (x >> 8)) & 0x1fu;
}
static inline unsigned hamt_entries(const hamt_node *n)
{
    return n->h.flags == PL_MAP_F_COLL ? n->h.spare : hamt_popcount(n->h.spare);
}

/* ---- map_hash.c ---- */
/* make_map_hash(key, depth) of OTP 25 (utils.c): the hash hashmaps index by,
 * for levels 8 * depth .. 8 * depth + 7. */
uint32_t pl_map_hash(const pl_engine *e, pl_term key, unsigned depth);

/* ---- map_hamt.c ---- */
/* Builds a hashmap of [n] > 32 distinct keys (arrays borrowed). PL_NONE on OOM. */
pl_term pl_hamt_build(pl_engine *e, const pl_term *keys, const pl_term *vals, size_t n);
/* The leaf pair (key, value) of [key], or NULL; its to_list index goes to
 * [index] unless that is NULL. */
const pl_term *pl_hamt_lookup(const pl_engine *e, pl_term m, pl_term key, uint64_t *index);
/* put/remove on a hashmap, same contracts as pl_map_put / pl_map_remove. */
pl_term pl_hamt_put(pl_engine *e, pl_term m, pl_term key, pl_term val);
pl_term pl_hamt_remove(pl_engine *e, pl_term m, pl_term key);
/* The leaf pair at [index] in to_list order, walking the subtree counts. */
const pl_term *pl_hamt_at(pl_term m, uint64_t index);
/* The BEAM's atom-table index for atom [a], as far as we can tell (map_hash.c). */
uint64_t pl_map_beam_atom_index(const pl_engine *e, pl_term a);
/* Bytes of a map box of any flavour (term.c's box_size). */
size_t pl_map_box_bytes(const pl_box *b);

#endif
