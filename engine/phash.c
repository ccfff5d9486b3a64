/* :erlang.phash2/1,2, bit for bit as OTP 25 computes it: a port of make_hash2 in
 * erts/emulator/beam/utils.c (moved to erl_term_hashing.c as make_hash2_helper
 * in later releases; the values are unchanged, phash2 is a portable format) and
 * of atom_hash in erts/emulator/beam/atom.c. Declared in term_order.h. */
#include <stdlib.h>
#include "engine.h"
#include "map.h"
#include "term_order.h"

/* ---- Bob Jenkins' mix and the make_hash2 constants (utils.c) ---- */

#define HCONST 0x9e3779b9u /* the golden ratio; HCONST_n = HCONST * n mod 2^32 */
#define HCONST_2 0x3c6ef372u
#define HCONST_3 0xdaa66d2bu
#define HCONST_4 0x78dde6e4u
#define HCONST_5 0x1715609du
#define HCONST_7 0x5384540fu
#define HCONST_9 0x8ff34781u
#define HCONST_10 0x2e2ac13au
#define HCONST_11 0xcc623af3u
#define HCONST_12 0x6a99b4acu
#define HCONST_13 0x08d12e65u
#define HCONST_14 0xa708a81eu
#define HCONST_16 0xe3779b90u
#define HCONST_19 0xbe1e08bbu

#define NIL_DEF 2u                /* erl_term.h: the tag make_hash2 mixes for [] */
#define NIL_FIRST 3468870702u     /* make_hash2's value for [] met with hash == 0 */
#define PHASH2_1_MASK ((1u << 27) - 1) /* bif.c phash2_1: hash & (2^27 - 1) */

static inline void mix(uint32_t *a, uint32_t *b, uint32_t *c)
{
    *a -= *b; *a -= *c; *a ^= (*c >> 13);
    *b -= *c; *b -= *a; *b ^= (*a << 8);
    *c -= *a; *c -= *b; *c ^= (*b >> 13);
    *a -= *b; *a -= *c; *a ^= (*c >> 12);
    *b -= *c; *b -= *a; *b ^= (*a << 16);
    *c -= *a; *c -= *b; *c ^= (*b >> 5);
    *a -= *b; *a -= *c; *a ^= (*c >> 3);
    *b -= *c; *b -= *a; *b ^= (*a << 10);
    *c -= *a; *c -= *b; *c ^= (*b >> 15);
}

/* UINT32_HASH_2 / UINT32_HASH: fold two (or one) 32-bit words into [hash]. */
static inline void hash_u32x2(uint32_t *hash, uint32_t x, uint32_t y, uint32_t con)
{
    uint32_t a = con + x;
    uint32_t b = con + y;
    mix(&a, &b, hash);
}

static inline void hash_u32(uint32_t *hash, uint32_t x, uint32_t con)
{
    hash_u32x2(hash, x, 0, con);
}

static inline uint32_t le32(const unsigned char *k)
{
    return (uint32_t)k[0] | ((uint32_t)k[1] << 8) | ((uint32_t)k[2] << 16)
        | ((uint32_t)k[3] << 24);
}

/* block_hash (utils.c): Jenkins' lookup2 over the bytes of a binary. The tail
 * switch of the original falls through; adding each byte at its shift is the
 * same sum. */
static uint32_t block_hash(const unsigned char *k, uint32_t length, uint32_t initval)
{
    uint32_t a = HCONST, b = HCONST, c = initval;
    uint32_t len = length;
    for (; len >= 12; k += 12, len -= 12) {
        a += le32(k);
        b += le32(k + 4);
        c += le32(k + 8);
        mix(&a, &b, &c);
    }
    c += length;
    for (uint32_t i = 0; i < len; i++) {
        uint32_t byte = k[i];
        if (i < 4) {
            a += byte << (8 * i);
        } else if (i < 8) {
            b += byte << (8 * (i - 4));
        } else {
            c += byte << (8 * (i - 7)); /* the low byte of c holds the length */
        }
    }
    mix(&a, &b, &c);
    return c;
}

/* atom_hash (atom.c): the bucket hvalue that make_hash2 mixes for every atom,
 * kept in the atom table (pl_atom_pjw_hash). */
static inline uint32_t atom_hash(const pl_engine *e, pl_term atom)
{
    return pl_atom_pjw_hash(&e->atoms, atom);
}

/* ---- The work stack: make_hash2's ESTACK, on the heap ---- */

/* What a stack entry asks for once the term before it is hashed. make_hash2
 * keeps HASH_MAP_PAIR/HASH_MAP_TAIL headers and raw saved words on one Eterm
 * stack; an entry here carries its own kind, so no value can pose as a marker. */
typedef enum { W_TERM, W_MAP_PAIR, W_MAP_TAIL } work_op;

typedef struct work {
    pl_term term;        /* W_TERM: the term to hash next */
    uint32_t saved_hash; /* W_MAP_TAIL: the map's enclosing hash and xor */
    uint32_t saved_xor;
    work_op op;
} work;

#define WORK_INLINE 64

typedef struct hasher {
    const pl_engine *e;
    uint32_t hash;
    uint32_t hash_xor_pairs;
    work *items;
    size_t len, cap;
    work inline_items[WORK_INLINE];
} hasher;

static void push(hasher *h, work w)
{
    if (h->len == h->cap) {
        size_t cap = h->cap * 2;
        work *items = h->items == h->inline_items ? malloc(cap * sizeof *items)
                                                  : realloc(h->items, cap * sizeof *items);
        if (!items) {
            return; /* the entry is dropped: see pl_phash2 */
        }
        if (h->items == h->inline_items) {
            memcpy(items, h->inline_items, sizeof h->inline_items);
        }
        h->items = items;
        h->cap = cap;
    }
    h->items[h->len++] = w;
}

static void push_term(hasher *h, pl_term t)
{
    push(h, (work){ .term = t, .op = W_TERM });
}

/* ---- One visit per kind of term ---- */

/* A visit either folds a whole term into h->hash (DONE: continue with the next
 * stacked entry, make_hash2's hash2_common) or replaces *term by its first
 * subterm after stacking the rest (NEXT: hash *term now). */
typedef enum { DONE, NEXT } visit;

/* Small integers within 28 bits go through SINT32_HASH (negative ones are mixed
 * twice, as in erts). Wider ones are hashed as a one-digit bignum: on a 64-bit
 * BEAM small_to_big / NOT_SSMALL28_HASH give one UINT32_HASH_2 of |v|. */
static void hash_small(hasher *h, int64_t v)
{
    if (v >= -(INT64_C(1) << 27) && v < (INT64_C(1) << 27)) {
        int32_t y = (int32_t)v;
        if (y < 0) {
            hash_u32(&h->hash, (uint32_t)-y, HCONST);
        }
        hash_u32(&h->hash, (uint32_t)y, HCONST);
        return;
    }
    uint64_t t = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    hash_u32x2(&h->hash, (uint32_t)t, (uint32_t)(t >> 32), v < 0 ? HCONST_10 : HCONST_11);
}

/* 32-bit word [k] of |z|, least significant first, whatever GMP's limb size. */
static uint32_t mpz_word32(mpz_srcptr z, size_t k)
{
    size_t bit = k * 32;
    size_t limb = bit / GMP_NUMB_BITS;
    if (limb >= mpz_size(z)) {
        return 0;
    }
    return (uint32_t)(mpz_getlimbn(z, (mp_size_t)limb) >> (bit % GMP_NUMB_BITS));
}

/* POS_BIG_SUBTAG/NEG_BIG_SUBTAG with 64-bit digits (D_EXP == 64): each digit of
 * |z| is one UINT32_HASH_2(low half, high half), the constant giving the sign. */
static void hash_big(hasher *h, mpz_srcptr z)
{
    uint32_t con = mpz_sgn(z) < 0 ? HCONST_10 : HCONST_11;
    size_t digits = (mpz_sizeinbase(z, 2) + 63) / 64;
    for (size_t i = 0; i < digits; i++) {
        hash_u32x2(&h->hash, mpz_word32(z, 2 * i), mpz_word32(z, 2 * i + 1), con);
    }
}

/* FLOAT_SUBTAG: -0.0 is hashed as 0.0 (erts_get_positive_zero_float), then the
 * high and low words of the IEEE double, in that order on a little-endian BEAM. */
static void hash_float(hasher *h, double d)
{
    uint64_t bits;
    if (d == 0.0) {
        d = 0.0;
    }
    memcpy(&bits, &d, sizeof bits);
    hash_u32x2(&h->hash, (uint32_t)(bits >> 32), (uint32_t)bits, HCONST_12);
}

/* Binaries: block_hash seeded with HCONST_13 plus the hash so far. erts takes
 * the byte size modulo 2^32 for compatibility; so do we. */
static void hash_bin(hasher *h, const pl_bin *b)
{
    uint32_t con = HCONST_13 + h->hash;
    uint32_t sz = (uint32_t)b->len;
    h->hash = sz == 0 ? con : block_hash(b->data, sz, con);
}

/* Atoms and [] replace the hash outright while it is 0 (nothing hashed yet at
 * the top level or in the current map pair), as make_hash2 does. */
static void hash_atom(hasher *h, pl_term a)
{
    uint32_t v = atom_hash(h->e, a);
    if (h->hash == 0) {
        h->hash = v;
    } else {
        hash_u32(&h->hash, v, HCONST_3);
    }
}

static void hash_nil(hasher *h)
{
    if (h->hash == 0) {
        h->hash = NIL_FIRST;
    } else {
        hash_u32(&h->hash, NIL_DEF, HCONST_2);
    }
}

static inline bool is_byte(pl_term t)
{
    return pl_is_small(t) && pl_small_value(t) >= 0 && pl_small_value(t) <= 255;
}

/* TAG_PRIMARY_LIST: a run of byte heads is packed four to a word (the string
 * optimisation); the first non-byte head is hashed next with its tail stacked.
 * When the run reaches the end, the tail ([] or an improper tail) is next. */
static visit hash_list(hasher *h, pl_term *term)
{
    pl_term cell = *term;
    int c = 0;
    uint32_t sh = 0;
    while (is_byte(pl_head(cell))) {
        sh = (sh << 8) + (uint32_t)pl_small_value(pl_head(cell));
        if (c == 3) {
            hash_u32(&h->hash, sh, HCONST_4);
            c = 0;
            sh = 0;
        } else {
            c++;
        }
        *term = pl_tail(cell);
        if (!pl_is_cons(*term)) {
            break;
        }
        cell = *term;
    }
    if (c > 0) {
        hash_u32(&h->hash, sh, HCONST_4);
    }
    if (pl_is_cons(*term)) {
        push_term(h, pl_tail(cell));
        *term = pl_head(cell);
    }
    return NEXT;
}

/* ARITYVAL_SUBTAG: the arity, then the elements left to right. */
static visit hash_tuple(hasher *h, pl_term *term)
{
    uint64_t arity = pl_tuple_arity(*term);
    hash_u32(&h->hash, (uint32_t)arity, HCONST_9);
    if (arity == 0) {
        return DONE;
    }
    for (uint64_t i = arity - 1; i >= 1; i--) {
        push_term(h, pl_tuple_get(*term, i));
    }
    *term = pl_tuple_get(*term, 0);
    return NEXT;
}

/* MAP_SUBTAG: the size, then the xor of one hash per key/value pair, each pair
 * hashed from 0, so the result does not depend on key order (and flatmaps and
 * HAMTs agree). The W_MAP_TAIL entry restores the enclosing hash and folds the
 * xor in with HCONST_19. */
static visit hash_map(hasher *h, pl_term m)
{
    uint64_t size = pl_map_size(m);
    hash_u32(&h->hash, (uint32_t)size, HCONST_16);
    if (size == 0) {
        return DONE;
    }
    push(h, (work){ .saved_hash = h->hash, .saved_xor = h->hash_xor_pairs, .op = W_MAP_TAIL });
    h->hash = 0;
    h->hash_xor_pairs = 0;
    for (uint64_t i = size; i-- > 0;) {
        push(h, (work){ .op = W_MAP_PAIR });
        push_term(h, pl_map_val(m, i));
        push_term(h, pl_map_key(m, i));
    }
    return DONE;
}

/* FUN_SUBTAG. An external fun &m.f/a is hashed exactly as the BEAM's export
 * (arity and module, then the function name). A closure is hashed in the shape
 * of erts' local fun (free-variable count and module, then a pair standing in
 * for the fun entry's index/uniq, then the captured values); its value cannot
 * match the BEAM's, whose index and uniq come from the compiled .beam. */
static visit hash_fun(hasher *h, pl_term *term)
{
    const pl_fun *f = pl_fun_of(*term);
    if (f->fn == NULL) {
        hash_u32x2(&h->hash, f->arity, atom_hash(h->e, f->mod), HCONST);
        hash_u32(&h->hash, atom_hash(h->e, f->name), HCONST_14);
        return DONE;
    }
    hash_u32x2(&h->hash, f->nfree, pl_is_atom(f->mod) ? atom_hash(h->e, f->mod) : 0, HCONST);
    hash_u32x2(&h->hash, f->arity, pl_is_atom(f->name) ? atom_hash(h->e, f->name) : 0, HCONST);
    if (f->nfree == 0) {
        return DONE;
    }
    for (uint32_t i = f->nfree - 1; i >= 1; i--) {
        push_term(h, f->free[i]);
    }
    *term = f->free[0];
    return NEXT;
}

static visit hash_boxed(hasher *h, pl_term *term)
{
    switch ((pl_kind)pl_box_of(*term)->kind) {
    case PL_K_CONS: return hash_list(h, term);
    case PL_K_TUPLE: return hash_tuple(h, term);
    case PL_K_MAP: return hash_map(h, *term);
    case PL_K_FUN: return hash_fun(h, term);
    case PL_K_FLOAT: hash_float(h, pl_float_value(*term)); return DONE;
    case PL_K_BIG: hash_big(h, pl_big_value(*term)); return DONE;
    case PL_K_BIN: hash_bin(h, pl_bin_of(*term)); return DONE;
    }
    return DONE;
}

/* Our pids and refs are bare serial numbers. make_hash2 mixes only a pid's
 * 15-bit process number and a ref's first, 18-bit, number word; the BEAM
 * carries larger counts into words phash2 ignores. So a pid with serial N
 * hashes as #PID<0.N.0> does while N < 2^15 (past that, as
 * #PID<0.(N mod 2^15).(N div 2^15)>), and a ref as #Reference<0.0.0.N> while
 * N < 2^18 (past that, as #Reference<0.0.(N div 2^18).(N mod 2^18)>). */
#define PID_NUMBER_MASK 0x7fffu
#define REF_NUMBER0_MASK 0x3ffffu

static visit hash_immediate(hasher *h, pl_term t)
{
    if (pl_is_small(t)) {
        hash_small(h, pl_small_value(t));
    } else if (pl_is_atom(t)) {
        hash_atom(h, t);
    } else if (pl_is_nil(t)) {
        hash_nil(h);
    } else if (pl_is_pid(t)) {
        hash_u32(&h->hash, (uint32_t)pl_pid_serial(t) & PID_NUMBER_MASK, HCONST_5);
    } else if (pl_is_ref(t)) {
        hash_u32(&h->hash, (uint32_t)pl_ref_serial(t) & REF_NUMBER0_MASK, HCONST_7);
    }
    return DONE;
}

/* hash2_common: pops the next entry. Returns false when the stack is empty;
 * otherwise sets *term to the next term to visit. */
static bool next_term(hasher *h, pl_term *term)
{
    while (h->len > 0) {
        work w = h->items[--h->len];
        switch (w.op) {
        case W_TERM:
            *term = w.term;
            return true;
        case W_MAP_PAIR:
            h->hash_xor_pairs ^= h->hash;
            h->hash = 0;
            break;
        case W_MAP_TAIL:
            h->hash = w.saved_hash;
            hash_u32(&h->hash, h->hash_xor_pairs, HCONST_19);
            h->hash_xor_pairs = w.saved_xor;
            break;
        }
    }
    return false;
}

static visit visit_term(hasher *h, pl_term *term)
{
    return pl_is_boxed(*term) ? hash_boxed(h, term) : hash_immediate(h, *term);
}

/* make_hash2: the 32-bit hash of [t], without C recursion (the stack is ours). */
static uint32_t make_hash2(const pl_engine *e, pl_term t)
{
    hasher h = { .e = e, .cap = WORK_INLINE };
    h.items = h.inline_items;
    pl_term term = t;
    do {
        while (visit_term(&h, &term) == NEXT) {
        }
    } while (next_term(&h, &term));
    if (h.items != h.inline_items) {
        free(h.items);
    }
    return h.hash;
}

/* The range is applied as bif.c's phash2_1/phash2_2 do: a mask for phash2/1,
 * a remainder for phash2/2. The work stack grows with nesting depth (not with
 * list length); if the host cannot grow it, subterms that did not fit are left
 * out, so the value is wrong but no error or crash follows, since this API has
 * no error channel. That needs a term nested millions deep and a failing malloc. */
uint32_t pl_phash2(const pl_engine *e, pl_term t, uint64_t range)
{
    uint32_t hash = make_hash2(e, t);
    return range == 0 ? hash & PHASH2_1_MASK : (uint32_t)(hash % range);
}
