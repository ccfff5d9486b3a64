/* ETS table storage for :ets (bif/bif_ets*.c) and the :persistent_term store.
 * Tables hang off the engine (e->ets), are found by their reference or their
 * registered name, and die with their owner. Argument checking, access rights and
 * error messages belong to the BIFs, not here.
 *
 * set / bag / duplicate_bag: OTP 25's linear hash table (ets_hash.c), with its
 * hash for integer and atom keys, so walks come out in the BEAM's order for
 * those keys (=:= equality).
 * ordered_set: a skip list in term order (== equality, so 1 and 1.0 are one key),
 * levels drawn from a per-table generator with a fixed seed (deterministic). */
#ifndef PL_ETS_H
#define PL_ETS_H

#include "term.h"

typedef enum pl_ets_type {
    PL_ETS_SET,
    PL_ETS_ORDERED_SET,
    PL_ETS_BAG,
    PL_ETS_DUPLICATE_BAG,
} pl_ets_type;

typedef enum pl_ets_access { PL_ETS_PRIVATE, PL_ETS_PROTECTED, PL_ETS_PUBLIC } pl_ets_access;

typedef struct pl_ets_table pl_ets_table;

typedef struct pl_ets_opts {
    pl_ets_type type;
    pl_ets_access access;
    bool named;
    bool read_concurrency, write_concurrency;
    uint32_t keypos;     // 1-based
} pl_ets_opts;

/* Read-only facts about a table. */
typedef struct pl_ets_info {
    pl_term id;          // the table's reference
    pl_term name;        // the atom given to new/2
    uint64_t owner;      // pid serial
    pl_ets_opts opts;
    uint64_t size;       // objects
    uint64_t words;      // approximate memory in words (pl_ets_memory)
} pl_ets_info;

/* Creates a table owned by the process [owner]; [name] is borrowed (an atom).
 * NULL when out of memory. A named table whose name is taken is the caller's
 * check (pl_ets_find). */
pl_ets_table *pl_ets_new(pl_engine *e, pl_term name, const pl_ets_opts *o, uint64_t owner);
/* The live table with reference or (for named tables) name [id], or NULL. */
pl_ets_table *pl_ets_find(const pl_engine *e, pl_term id);
/* Deletes the table and releases every object. */
void pl_ets_delete_table(pl_engine *e, pl_ets_table *t);
/* Deletes every table [owner] owns (called when the process exits). */
void pl_ets_owner_died(pl_engine *e, uint64_t owner);
/* Frees every table and the persistent terms (engine teardown). */
void pl_ets_destroy(pl_engine *e);
/* Every fact but [words] (left 0), in O(1). */
void pl_ets_get_info(const pl_ets_table *t, pl_ets_info *out);
/* Approximate memory in words; walks the table. */
uint64_t pl_ets_memory(const pl_ets_table *t);
uint64_t pl_ets_owner(const pl_ets_table *t);
pl_ets_access pl_ets_access_of(const pl_ets_table *t);
pl_ets_type pl_ets_type_of(const pl_ets_table *t);
pl_term pl_ets_id(const pl_ets_table *t);
pl_term pl_ets_name(const pl_ets_table *t);
bool pl_ets_named(const pl_ets_table *t);
/* The [i]-th live table in creation order, or NULL past the end. */
pl_ets_table *pl_ets_nth(const pl_engine *e, uint32_t i);

/* ---- Objects. Objects are tuples of at least keypos elements (the caller
 * checks); the table keeps its own reference. ---- */

static inline pl_term pl_ets_key(const pl_ets_table *t, pl_term obj);
/* Inserts (retains) [obj]: replaces the object with an equal key in a set,
 * skips an identical object in a bag. False when out of memory. */
bool pl_ets_insert(pl_engine *e, pl_ets_table *t, pl_term obj);
/* The first object with [key] (borrowed), or PL_NONE. */
pl_term pl_ets_lookup_first(const pl_engine *e, const pl_ets_table *t, pl_term key);
/* The stored object of [key] in a set or ordered_set, as a slot the caller may
 * overwrite with an object of the same key (releasing the old one), or NULL.
 * Valid until the table next changes. */
pl_term *pl_ets_object_slot(const pl_engine *e, pl_ets_table *t, pl_term key);
/* Every object with [key], as a new list in insertion order (PL_NONE: no memory). */
pl_term pl_ets_lookup(pl_engine *e, const pl_ets_table *t, pl_term key);
/* Removes every object with [key]; returns how many. */
uint64_t pl_ets_delete_key(pl_engine *e, pl_ets_table *t, pl_term key);
/* Removes the objects identical (=:=) to [obj]. */
void pl_ets_delete_object(pl_engine *e, pl_ets_table *t, pl_term obj);
void pl_ets_delete_all(pl_engine *e, pl_ets_table *t);

/* ---- Walking. Objects come back borrowed, in the order tab2list and select
 * give (ordered_set: term order; others: key groups in the reverse of the
 * first/next order, as OTP 25); the table must not change during a walk. ---- */
typedef struct pl_ets_iter {
    const pl_ets_table *t;
    pl_term *items;      // hash tables: the objects in order (malloc'd; NULL when empty/no memory)
    uint64_t nitems, index;
    void *node;          // ordered_set: next skip-list node
} pl_ets_iter;

/* False when out of memory (the walk is then empty); call pl_ets_iter_done either way. */
bool pl_ets_iter_init(pl_ets_iter *it, const pl_ets_table *t);
void pl_ets_iter_done(pl_ets_iter *it);
/* The next object, or PL_NONE at the end. */
pl_term pl_ets_iter_next(pl_ets_iter *it);
/* first/last (borrowed key, PL_NONE when empty); next/prev of [key]: for hash
 * tables [*missing] is set when [key] is not in the table. */
pl_term pl_ets_first_key(const pl_ets_table *t);
pl_term pl_ets_last_key(const pl_ets_table *t);
pl_term pl_ets_next_key(const pl_engine *e, const pl_ets_table *t, pl_term key, bool *missing);
pl_term pl_ets_prev_key(const pl_engine *e, const pl_ets_table *t, pl_term key, bool *missing);

/* ---- :persistent_term: one map of key => value per engine. ---- */
/* Borrowed value, or PL_NONE. */
pl_term pl_pterm_get(const pl_engine *e, pl_term key);
/* Stores [key] => [val] (both borrowed). False when out of memory. */
bool pl_pterm_put(pl_engine *e, pl_term key, pl_term val);
/* True when [key] was there. */
bool pl_pterm_erase(pl_engine *e, pl_term key);
/* Every {key, value}, as a new list. */
pl_term pl_pterm_list(pl_engine *e);

/* ---- Inline ---- */
uint32_t pl_ets_keypos(const pl_ets_table *t);
static inline pl_term pl_ets_key(const pl_ets_table *t, pl_term obj)
{
    return pl_tuple_get(obj, pl_ets_keypos(t) - 1);
}

#endif
