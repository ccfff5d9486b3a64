/* set / bag / duplicate_bag storage with OTP 25's layout, so first/next and
 * tab2list give the BEAM's order: linear hashing over nactive buckets (256 at
 * first, one more per object beyond that; deleting never shrinks it, as measured
 * on OTP 25),
 * keys hashed as db_hash.c does: integers by erts' make_internal_hash of their
 * word, atoms by the hashpjw of their name. Other keys (binaries, tuples, ...)
 * get a hash of our own, so their order differs from the BEAM's. New keys go at
 * the end of their bucket's chain, a bag's objects stay together in insertion
 * order. */
#include <stdlib.h>
#include "ets_int.h"
#include "engine.h"
#include "term_order.h"

#define NO_IX PL_ETS_NO_IX
#define FIRST_BUCKETS 256u
#define HCONST 0x9e3779b9u
#define INTERNAL_SALT 3432918353u

static inline uint32_t mix(uint32_t a, uint32_t b, uint32_t c)
{
    a -= b; a -= c; a ^= (c >> 13);
    b -= c; b -= a; b ^= (a << 8);
    c -= a; c -= b; c ^= (b >> 13);
    a -= b; a -= c; a ^= (c >> 12);
    b -= c; b -= a; b ^= (a << 16);
    c -= a; c -= b; c ^= (b >> 5);
    a -= b; a -= c; a ^= (c >> 3);
    b -= c; b -= a; b ^= (a << 10);
    c -= a; c -= b; c ^= (b >> 15);
    return c;
}

static uint32_t key_hash(const pl_engine *e, pl_term k)
{
    if (pl_is_small(k)) {
        int64_t v = pl_small_value(k);
        if (v >= -((int64_t)1 << 59) && v < ((int64_t)1 << 59)) {
            uint64_t word = ((uint64_t)v << 4) | 0xF; /* a BEAM small on 64 bits */
            return mix(HCONST + (uint32_t)word, HCONST + (uint32_t)(word >> 32), INTERNAL_SALT);
        }
    }
    if (pl_is_atom(k)) {
        return pl_atom_pjw_hash(&e->atoms, k); /* hashpjw of the name, as erts */
    }
    uint64_t x = pl_is_boxed(k) ? pl_phash2(e, k, 0) : k;
    return mix(HCONST + (uint32_t)x, HCONST + (uint32_t)(x >> 32), 0);
}

static uint32_t bucket_of(const pl_ets_table *t, uint32_t hash)
{
    uint32_t ix = hash & t->szm;
    return ix >= t->nactive ? ix & (t->szm >> 1) : ix;
}

static bool same_key(const pl_ets_table *t, const pl_ets_hobj *o, uint32_t hash, pl_term key)
{
    pl_term k = pl_ets_key(t, o->obj);
    return o->hash == hash && (k == key || pl_exact_eq(k, key));
}

bool pl_ets_hash_init(pl_ets_table *t)
{
    t->buckets = malloc(FIRST_BUCKETS * sizeof *t->buckets);
    if (!t->buckets) {
        return false;
    }
    for (uint32_t i = 0; i < FIRST_BUCKETS; i++) {
        t->buckets[i] = NO_IX;
    }
    t->nactive = t->bcap = FIRST_BUCKETS;
    t->szm = FIRST_BUCKETS - 1;
    t->free_head = NO_IX;
    return true;
}

void pl_ets_hash_free(pl_engine *e, pl_ets_table *t)
{
    for (uint32_t i = 0; i < t->n; i++) {
        pl_release(e, t->objs[i].obj);
    }
    free(t->objs);
    free(t->buckets);
    t->objs = NULL;
    t->buckets = NULL;
    t->n = t->cap = t->bcap = t->nactive = 0;
}

void pl_ets_hash_clear(pl_engine *e, pl_ets_table *t)
{
    for (uint32_t i = 0; i < t->n; i++) {
        pl_release(e, t->objs[i].obj);
    }
    free(t->objs);
    t->objs = NULL;
    t->n = t->cap = 0;
    t->free_head = NO_IX;
    if (t->bcap > FIRST_BUCKETS) {
        uint32_t *nb = realloc(t->buckets, FIRST_BUCKETS * sizeof *nb);
        if (nb) { /* a smaller block; keeping the big one is fine too */
            t->buckets = nb;
            t->bcap = FIRST_BUCKETS;
        }
    }
    for (uint32_t i = 0; i < FIRST_BUCKETS; i++) {
        t->buckets[i] = NO_IX;
    }
    t->nactive = FIRST_BUCKETS;
    t->szm = FIRST_BUCKETS - 1;
}

uint32_t pl_ets_hash_find(const pl_engine *e, const pl_ets_table *t, pl_term key)
{
    uint32_t h = key_hash(e, key);
    for (uint32_t i = t->buckets[bucket_of(t, h)]; i != NO_IX; i = t->objs[i].chain) {
        if (same_key(t, &t->objs[i], h, key)) {
            return i;
        }
    }
    return NO_IX;
}

/* One more bucket: splits its buddy, keeping the order of both chains. */
static bool grow(pl_ets_table *t)
{
    uint32_t nix = t->nactive;
    if (nix == t->bcap) {
        uint32_t *nb = realloc(t->buckets, (size_t)t->bcap * 2 * sizeof *nb);
        if (!nb) {
            return false;
        }
        t->buckets = nb;
        t->bcap *= 2;
    }
    if (nix > t->szm) {
        t->szm = t->szm * 2 + 1;
    }
    uint32_t *link = &t->buckets[nix & (t->szm >> 1)];
    uint32_t *tail = &t->buckets[nix];
    *tail = NO_IX;
    t->nactive++;
    while (*link != NO_IX) {
        uint32_t i = *link;
        if ((t->objs[i].hash & t->szm) == nix) {
            *link = t->objs[i].chain;
            t->objs[i].chain = NO_IX;
            *tail = i;
            tail = &t->objs[i].chain;
        } else {
            link = &t->objs[i].chain;
        }
    }
    return true;
}

static uint32_t new_slot(pl_ets_table *t)
{
    if (t->free_head != NO_IX) {
        uint32_t i = t->free_head;
        t->free_head = t->objs[i].chain;
        return i;
    }
    if (t->n == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 8;
        pl_ets_hobj *no = realloc(t->objs, (size_t)cap * sizeof *no);
        if (!no) {
            return NO_IX;
        }
        t->objs = no;
        t->cap = cap;
    }
    return t->n++;
}

bool pl_ets_hash_insert(pl_engine *e, pl_ets_table *t, pl_term obj)
{
    pl_term key = pl_ets_key(t, obj);
    uint32_t h = key_hash(e, key);
    uint32_t slot = new_slot(t); /* taken first: it may move objs */
    if (slot == NO_IX) {
        return false;
    }
    uint32_t *link = &t->buckets[bucket_of(t, h)];
    uint32_t *after_group = NULL;
    while (*link != NO_IX) {
        pl_ets_hobj *o = &t->objs[*link];
        if (same_key(t, o, h, key)) {
            if (t->o.type == PL_ETS_SET || (t->o.type == PL_ETS_BAG && pl_exact_eq(o->obj, obj))) {
                if (t->o.type == PL_ETS_SET) {
                    pl_release(e, o->obj);
                    o->obj = pl_retain(obj);
                }
                t->objs[slot] = (pl_ets_hobj){ PL_NONE, 0, t->free_head };
                t->free_head = slot;
                return true;
            }
            after_group = &o->chain;
        }
        link = &o->chain;
    }
    if (after_group) {
        link = after_group;
    }
    t->objs[slot] = (pl_ets_hobj){ pl_retain(obj), h, *link };
    *link = slot;
    t->size++;
    if (t->size > t->nactive) {
        grow(t); /* out of memory here only leaves chains longer */
    }
    return true;
}

uint64_t pl_ets_hash_delete(pl_engine *e, pl_ets_table *t, pl_term key, pl_term obj)
{
    uint32_t h = key_hash(e, key);
    uint64_t removed = 0;
    uint32_t *link = &t->buckets[bucket_of(t, h)];
    while (*link != NO_IX) {
        uint32_t i = *link;
        pl_ets_hobj *o = &t->objs[i];
        if (same_key(t, o, h, key) && (obj == PL_NONE || pl_exact_eq(o->obj, obj))) {
            *link = o->chain;
            pl_release(e, o->obj);
            *o = (pl_ets_hobj){ PL_NONE, 0, t->free_head };
            t->free_head = i;
            t->size--;
            removed++;
        } else {
            link = &o->chain;
        }
    }
    return removed; /* OTP 25 keeps its buckets when objects go (measured) */
}

static uint32_t first_from(const pl_ets_table *t, uint32_t bucket)
{
    for (uint32_t b = bucket; b < t->nactive; b++) {
        if (t->buckets[b] != NO_IX) {
            return t->buckets[b];
        }
    }
    return NO_IX;
}

uint32_t pl_ets_hash_first(const pl_ets_table *t) { return first_from(t, 0); }

uint32_t pl_ets_hash_next(const pl_ets_table *t, uint32_t i)
{
    if (t->objs[i].chain != NO_IX) {
        return t->objs[i].chain;
    }
    return first_from(t, bucket_of(t, t->objs[i].hash) + 1);
}

uint32_t pl_ets_hash_next_group(const pl_ets_table *t, uint32_t i)
{
    const pl_ets_hobj *start = &t->objs[i];
    pl_term key = pl_ets_key(t, start->obj);
    uint32_t j = pl_ets_hash_next(t, i);
    while (j != NO_IX && t->o.type != PL_ETS_SET && same_key(t, &t->objs[j], start->hash, key)) {
        j = pl_ets_hash_next(t, j);
    }
    return j;
}
