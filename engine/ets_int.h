/* Inside ETS: the table struct shared by ets.c (tables, skip lists, walking) and
 * ets_hash.c (set/bag storage laid out as OTP 25 lays it out). Not for BIFs. */
#ifndef PL_ETS_INT_H
#define PL_ETS_INT_H

#include "ets.h"

#define PL_ETS_NO_IX UINT32_MAX
#define PL_ETS_SL_MAX 24

typedef struct pl_ets_hobj {
    pl_term obj;         // owned; PL_NONE when the slot is free
    uint32_t hash;       // OTP's hash of the key (ets_hash.c)
    uint32_t chain;      // next object in the bucket, or the next free slot
} pl_ets_hobj;

typedef struct pl_ets_node {
    pl_term obj;         // owned (PL_NONE in the head)
    uint32_t level;
    struct pl_ets_node *next[];
} pl_ets_node;

struct pl_ets_table {
    pl_term id, name;
    uint64_t owner;
    pl_ets_opts o;
    uint64_t size;
    // set / bag / duplicate_bag: objects in a slot pool, chained per bucket
    pl_ets_hobj *objs;
    uint32_t n, cap;             // slots used (live or free) and allocated
    uint32_t free_head;          // free slots, linked through chain
    uint32_t *buckets;           // heads of the nactive buckets
    uint32_t nactive, szm, bcap; // linear hashing: active buckets, mask, allocated
    // set: the slot pl_ets_object_slot found last. Only a hint: it is used
    // when that slot still holds an object whose key is the very same word,
    // which in a set can only be the object of that key.
    uint32_t memo_ix;
    // ordered_set
    pl_ets_node *head;
    uint32_t level;
    uint64_t rng;
};

/* ---- ets_hash.c ---- */
bool pl_ets_hash_init(pl_ets_table *t);
/* Releases every object and the arrays. */
void pl_ets_hash_free(pl_engine *e, pl_ets_table *t);
/* Releases every object and goes back to 256 empty buckets (cannot fail). */
void pl_ets_hash_clear(pl_engine *e, pl_ets_table *t);
/* The first object (slot index) with [key], or PL_ETS_NO_IX. */
uint32_t pl_ets_hash_find(const pl_engine *e, const pl_ets_table *t, pl_term key);
bool pl_ets_hash_insert(pl_engine *e, pl_ets_table *t, pl_term obj);
/* Removes the objects with [key] (and identical to [obj] unless PL_NONE). */
uint64_t pl_ets_hash_delete(pl_engine *e, pl_ets_table *t, pl_term key, pl_term obj);
/* Walk order (first/next): buckets in index order, each chain in order. */
uint32_t pl_ets_hash_first(const pl_ets_table *t);
uint32_t pl_ets_hash_next(const pl_ets_table *t, uint32_t i);
/* The first object after the key group that starts at [i]. */
uint32_t pl_ets_hash_next_group(const pl_ets_table *t, uint32_t i);

#endif
