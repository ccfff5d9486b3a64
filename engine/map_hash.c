/* The hash that orders hashmaps: a port of make_map_hash(key, depth) and
 * make_internal_hash(term, salt) of OTP 25.2 (erts/emulator/beam/utils.c;
 * erl_term_hashing.c and a different scheme in later releases).
 * Unlike phash2 it mixes immediates as their raw 64-bit BEAM words, so this file
 * rebuilds those words (small integer, atom, pid, []) from our own terms.
 * Checked against erts_debug:get_internal_state({internal_hash, T}). */
#include <stdlib.h>
#include "engine.h"
#include "map.h"
#include "map_int.h"

/* ---- Jenkins' mix and the constants (HCONST_n = n * golden ratio) ---- */

#define HC(n) ((uint32_t)(0x9e3779b9u * (uint32_t)(n)))
#define INTERNAL_HASH_SALT 3432918353u /* a prime: keeps this hash apart from phash2 */

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

/* UINT32_HASH_2 / UINT32_HASH */
static inline void hash2(uint32_t *hash, uint32_t x, uint32_t y, uint32_t con)
{
    uint32_t a = con + x, b = con + y;
    mix(&a, &b, hash);
}

static inline void hash1(uint32_t *hash, uint32_t x, uint32_t con) { hash2(hash, x, 0, con); }

/* CONST_HASH: the light mixing make_internal_hash uses for list structure. */
static inline void const_hash(uint32_t *hash, uint32_t con)
{
    *hash ^= con;
    *hash = (*hash << 17) ^ (*hash >> 15);
}

static inline void hash_word(uint32_t *hash, uint64_t word)
{
    hash2(hash, (uint32_t)word, (uint32_t)(word >> 32), HC(1));
}

static inline uint32_t le32(const unsigned char *k)
{
    return (uint32_t)k[0] | ((uint32_t)k[1] << 8) | ((uint32_t)k[2] << 16)
        | ((uint32_t)k[3] << 24);
}

/* block_hash: Jenkins' lookup2 over a binary, as in phash.c. */
static uint32_t block_hash(const unsigned char *k, size_t length, uint32_t initval)
{
    uint32_t a = HC(1), b = HC(1), c = initval;
    size_t len = length;
    for (; len >= 12; k += 12, len -= 12) {
        a += le32(k);
        b += le32(k + 4);
        c += le32(k + 8);
        mix(&a, &b, &c);
    }
    c += (uint32_t)length;
    for (size_t i = 0; i < len; i++) {
        uint32_t byte = k[i];
        if (i < 4) {
            a += byte << (8 * i);
        } else if (i < 8) {
            b += byte << (8 * (i - 4));
        } else {
            c += byte << (8 * (i - 7));
        }
    }
    mix(&a, &b, &c);
    return c;
}

/* ---- BEAM words for our immediates (64-bit emulator) ---- */

#define BEAM_SMALL_BITS 60 /* a BEAM fixnum holds 60 bits; wider is a bignum */
#define BEAM_TAG_SMALL 0xFu
#define BEAM_TAG_PID 0x3u
#define BEAM_TAG_ATOM 0x0Bu
#define BEAM_NIL 0x3Bu /* _TAG_IMMED2_NIL with a zero payload */

/* An atom's word is its atom-table index under the atom tag; see
 * pl_map_beam_atom_index for why atom keys rarely come out in the BEAM's order. */
static uint64_t atom_word(const pl_engine *e, pl_term a)
{
    return ((uint64_t)pl_map_beam_atom_index(e, a) << 6) | BEAM_TAG_ATOM;
}

/* ---- The work stack ---- */

typedef enum { W_TERM, W_PAIR, W_TAIL, W_CDR } work_op;

typedef struct work {
    pl_term term;   /* W_TERM */
    uint32_t a, b;  /* W_PAIR: seed; W_TAIL: saved hash, saved xor */
    work_op op;
} work;

#define WORK_INLINE 32

typedef struct hasher {
    const pl_engine *e;
    uint32_t hash, xor_pairs;
    work *items;
    size_t len, cap;
    work inline_items[WORK_INLINE];
} hasher;

/* A failed grow drops the entry: the hash is then wrong but stable enough not
 * to crash; it needs nesting thousands deep and a failing malloc. */
static void push(hasher *h, work w)
{
    if (h->len == h->cap) {
        size_t cap = h->cap * 2;
        work *items = h->items == h->inline_items ? malloc(cap * sizeof *items)
                                                  : realloc(h->items, cap * sizeof *items);
        if (!items) {
            return;
        }
        if (h->items == h->inline_items) {
            memcpy(items, h->inline_items, sizeof h->inline_items);
        }
        h->items = items;
        h->cap = cap;
    }
    h->items[h->len++] = w;
}

static void push_term(hasher *h, pl_term t) { push(h, (work){ .term = t, .op = W_TERM }); }

/* ---- Visits ---- */

static inline bool is_byte(pl_term t)
{
    return pl_is_small(t) && pl_small_value(t) >= 0 && pl_small_value(t) <= 255;
}

/* Byte heads are packed four to a word; then the first other head is hashed
 * with its tail stacked (W_CDR marks a non-list tail). A list ending after a
 * byte run leaves its tail, usually [], in *term. Returns true if *term is
 * the next term to visit. */
static bool visit_list(hasher *h, pl_term *term)
{
    pl_term cell = *term;
    uint32_t sh = 0, c = 0;
    while (is_byte(pl_head(cell))) {
        sh = (sh << 8) + (uint32_t)pl_small_value(pl_head(cell));
        if (c == 3) {
            hash1(&h->hash, sh, HC(4));
            c = sh = 0;
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
        hash2(&h->hash, sh, c, HC(22));
    }
    if (pl_is_cons(*term)) {
        pl_term tail = pl_tail(cell);
        const_hash(&h->hash, HC(17));
        push_term(h, tail);
        if (!pl_is_cons(tail)) {
            push(h, (work){ .op = W_CDR });
        }
        *term = pl_head(cell);
    }
    return true;
}

static bool visit_tuple(hasher *h, pl_term *term)
{
    uint64_t n = pl_tuple_arity(*term);
    hash1(&h->hash, (uint32_t)n, HC(9));
    if (n == 0) {
        return false;
    }
    for (uint64_t i = n - 1; i >= 1; i--) {
        push_term(h, pl_tuple_get(*term, i));
    }
    *term = pl_tuple_get(*term, 0);
    return true;
}

/* The size, then the xor of one hash per pair, each pair started from the
 * same seed (the hash after the size), so key order does not matter. */
static bool visit_map(hasher *h, pl_term m)
{
    uint64_t n = pl_map_size(m);
    hash1(&h->hash, (uint32_t)n, HC(16));
    if (n == 0) {
        return false;
    }
    for (uint64_t i = n; i-- > 0;) {
        push_term(h, pl_map_val(m, i));
        push_term(h, pl_map_key(m, i));
    }
    return false;
}

/* Integers outside the BEAM's 60-bit fixnums are bignums there: one
 * UINT32_HASH_2 per 64-bit digit of |v|, the constant giving the sign. */
static void hash_wide(hasher *h, mpz_srcptr z)
{
    uint32_t con = mpz_sgn(z) < 0 ? HC(10) : HC(11);
    size_t limbs = mpz_size(z);
    for (size_t i = 0; i < limbs; i++) {
        uint64_t d = (uint64_t)mpz_getlimbn(z, (mp_size_t)i);
        hash2(&h->hash, (uint32_t)d, (uint32_t)(d >> 32), con);
    }
}

static void hash_small(hasher *h, int64_t v)
{
    int64_t lim = INT64_C(1) << (BEAM_SMALL_BITS - 1);
    if (v >= -lim && v < lim) {
        hash_word(&h->hash, ((uint64_t)v << 4) | BEAM_TAG_SMALL);
        return;
    }
    mpz_t z;
    mpz_init_set_si(z, v);
    hash_wide(h, z);
    mpz_clear(z);
}

/* Local funs mix (free count, module) and (index, uniq), which come from the
 * compiled .beam; ours stand in arity and name. External funs are hashed by
 * the BEAM through the export entry's address, which nothing can reproduce. */
static bool visit_fun(hasher *h, pl_term *term)
{
    const pl_fun *f = pl_fun_of(*term);
    uint64_t mod = pl_is_atom(f->mod) ? atom_word(h->e, f->mod) : 0;
    uint64_t name = pl_is_atom(f->name) ? atom_word(h->e, f->name) : 0;
    hash2(&h->hash, f->nfree, (uint32_t)mod, HC(20));
    hash2(&h->hash, f->arity, (uint32_t)name, HC(21));
    if (f->nfree == 0) {
        return false;
    }
    for (uint32_t i = f->nfree - 1; i >= 1; i--) {
        push_term(h, f->free[i]);
    }
    *term = f->free[0];
    return true;
}

static bool visit_boxed(hasher *h, pl_term *term)
{
    switch ((pl_kind)pl_box_of(*term)->kind) {
    case PL_K_CONS: return visit_list(h, term);
    case PL_K_TUPLE: return visit_tuple(h, term);
    case PL_K_MAP: return visit_map(h, *term);
    case PL_K_FUN: return visit_fun(h, term);
    case PL_K_BIG: hash_wide(h, pl_big_value(*term)); return false;
    case PL_K_FLOAT: {
        double d = pl_float_value(*term);
        uint64_t bits;
        if (d == 0.0) {
            d = 0.0; /* -0.0 hashes as 0.0 */
        }
        memcpy(&bits, &d, sizeof bits);
        hash2(&h->hash, (uint32_t)bits, (uint32_t)(bits >> 32), HC(12));
        return false;
    }
    case PL_K_BIN: {
        const pl_bin *b = pl_bin_of(*term);
        uint32_t con = HC(13) + h->hash;
        h->hash = b->len == 0 ? con : block_hash(b->data, b->len, con);
        return false;
    }
    }
    return false;
}

/* A reference is a boxed BEAM term with three 32-bit numbers; ours stands for
 * #Reference<0.0.(N div 2^18).(N rem 2^18)>, as in phash.c. */
static void visit_immediate(hasher *h, pl_term t)
{
    if (pl_is_small(t)) {
        hash_small(h, pl_small_value(t));
    } else if (pl_is_atom(t)) {
        hash_word(&h->hash, atom_word(h->e, t));
    } else if (pl_is_nil(t)) {
        hash_word(&h->hash, BEAM_NIL);
    } else if (pl_is_pid(t)) {
        hash_word(&h->hash, (pl_pid_serial(t) << 4) | BEAM_TAG_PID);
    } else if (pl_is_ref(t)) {
        uint64_t n = pl_ref_serial(t);
        hash1(&h->hash, (uint32_t)(n & 0x3ffff), HC(7));
        hash2(&h->hash, (uint32_t)(n >> 18), 0, HC(8));
    }
}

/* pop_next: false when the stack is empty, else *term is the next to visit. */
static bool next_term(hasher *h, pl_term *term)
{
    while (h->len > 0) {
        work w = h->items[--h->len];
        switch (w.op) {
        case W_TERM:
            *term = w.term;
            return true;
        case W_PAIR:
            h->xor_pairs ^= h->hash;
            h->hash = w.a;
            break;
        case W_TAIL:
            h->hash = w.a;
            hash1(&h->hash, h->xor_pairs, HC(19));
            h->xor_pairs = w.b;
            break;
        case W_CDR:
            const_hash(&h->hash, HC(18));
            break;
        }
    }
    return false;
}

uint32_t pl_map_hash(const pl_engine *e, pl_term key, unsigned depth)
{
    /* make_map_hash (utils.c): below level 8 * depth the salt is the depth
     * itself, mixed. */
    uint32_t salt = 0;
    if (depth > 0) {
        hash2(&salt, depth, 1, HC(22));
    }
    hasher h = { .e = e, .hash = salt ^ INTERNAL_HASH_SALT, .cap = WORK_INLINE };
    if (!pl_is_boxed(key)) {
        visit_immediate(&h, key);
        return h.hash;
    }
    h.items = h.inline_items;
    pl_term term = key;
    do {
        while (pl_is_boxed(term) ? visit_boxed(&h, &term) : (visit_immediate(&h, term), false)) {
        }
    } while (next_term(&h, &term));
    if (h.items != h.inline_items) {
        free(h.items);
    }
    return h.hash;
}

/* ---- Atoms ---- */

/* The BEAM hashes an atom by its atom-table index, which no other VM can
 * know: on `elixir file.exs` (OTP 25) atoms present at boot get indices that
 * change from run to run (modules load in parallel), new atoms of the script
 * get ~10890 + first appearance, and atoms made at run time ~15351 + creation
 * order in a simple script (bigmap_atoms: :key1 = 15351), shifted by every
 * module loaded lazily before. We use our own index: deterministic, and the
 * same order for the same program, but not the BEAM's. false and true (0 and
 * 1) are the only indices that agree. */
uint64_t pl_map_beam_atom_index(const pl_engine *e, pl_term a)
{
    (void)e;
    return pl_atom_index(a);
}
