/* Term representation: one 64-bit word per value, immediates and refcounted boxes.
 * This header holds the tag layout and the hot inline predicates/accessors only;
 * constructors, release, order, hash and inspect live in the .c files.
 *
 *   bits                              kind
 *   ...............................1   small integer, 63-bit signed (value << 1 | 1)
 *   ..............................000  boxed: pointer to a pl_box (8-aligned, never 0)
 *   ........................sss 010    immediate: sss = subtag, payload = bits 6..63
 *        subtag 0 atom   payload = atom index (false = 0, true = 1, nil = 2)
 *        subtag 1 pid    payload = pid serial
 *        subtag 2 ref    payload = reference serial
 *        subtag 3 []     the empty list
 *   0                                  PL_NONE: "no value" (a BIF failed, a slot unbound)
 */
#ifndef PL_TERM_H
#define PL_TERM_H

#include <gmp.h>
#include <string.h>
#include "types.h"

#define PL_NONE ((pl_term)0)
#define PL_IMM_TAG 2u
enum { PL_SUB_ATOM = 0, PL_SUB_PID = 1, PL_SUB_REF = 2, PL_SUB_NIL = 3 };
#define PL_MKIMM(sub, payload) ((((pl_term)(payload)) << 6) | ((pl_term)(sub) << 3) | PL_IMM_TAG)
#define PL_NIL PL_MKIMM(PL_SUB_NIL, 0)
#define PL_FALSE PL_MKIMM(PL_SUB_ATOM, 0)
#define PL_TRUE PL_MKIMM(PL_SUB_ATOM, 1)
#define PL_ATOM_NIL PL_MKIMM(PL_SUB_ATOM, 2)

/* Small integers hold 63 bits; anything wider is a GMP bignum box. */
#define PL_SMALL_MAX ((int64_t)(INT64_MAX >> 1))
#define PL_SMALL_MIN ((int64_t)(INT64_MIN >> 1))

typedef enum pl_kind {
    PL_K_TUPLE = 1,
    PL_K_CONS,
    PL_K_FLOAT,
    PL_K_BIN,
    PL_K_BIG,
    PL_K_MAP,
    PL_K_FUN,
} pl_kind;

/* Every box starts with this header. [rc] counts owners; immutable data has no cycles. */
struct pl_box {
    uint32_t rc;
    uint8_t kind;
    uint8_t flags;
    uint16_t spare;
};

typedef struct pl_tuple {
    pl_box h;
    uint64_t arity;
    pl_term el[];
} pl_tuple;

typedef struct pl_cons {
    pl_box h;
    pl_term head;
    pl_term tail;
} pl_cons;

typedef struct pl_float {
    pl_box h;
    double d;
} pl_float;

typedef struct pl_bin {
    pl_box h;
    size_t len;
    unsigned char data[];
} pl_bin;

typedef struct pl_big {
    pl_box h;
    mpz_t z;
} pl_big;

/* A map keeps its keys in Erlang term order in kv[0..size) and the matching
 * values in kv[size..2*size). map.c owns the layout; use its API. */
typedef struct pl_map {
    pl_box h;
    uint64_t size;
    pl_term kv[];
} pl_map;

/* A closure: [fn] is a compiled function with [nfree] captured values, or, when
 * fn is NULL, an external fun &[mod].[name]/[arity]. */
typedef struct pl_fun {
    pl_box h;
    pl_func *fn;
    pl_term mod;
    pl_term name;
    uint32_t arity;
    uint32_t nfree;
    pl_term free[];
} pl_fun;

/* ---- Predicates ---- */
static inline bool pl_is_small(pl_term t) { return (t & 1) != 0; }
static inline bool pl_is_boxed(pl_term t) { return (t & 7) == 0 && t != 0; }
static inline bool pl_is_imm(pl_term t, unsigned sub)
{
    return (t & 0x3f) == (((pl_term)sub << 3) | PL_IMM_TAG);
}
static inline bool pl_is_atom(pl_term t) { return pl_is_imm(t, PL_SUB_ATOM); }
static inline bool pl_is_pid(pl_term t) { return pl_is_imm(t, PL_SUB_PID); }
static inline bool pl_is_ref(pl_term t) { return pl_is_imm(t, PL_SUB_REF); }
static inline bool pl_is_nil(pl_term t) { return t == PL_NIL; }
static inline pl_box *pl_box_of(pl_term t) { return (pl_box *)(uintptr_t)t; }
static inline pl_term pl_from_box(const void *b) { return (pl_term)(uintptr_t)b; }
static inline bool pl_is_kind(pl_term t, pl_kind k)
{
    return pl_is_boxed(t) && pl_box_of(t)->kind == k;
}
static inline bool pl_is_tuple(pl_term t) { return pl_is_kind(t, PL_K_TUPLE); }
static inline bool pl_is_cons(pl_term t) { return pl_is_kind(t, PL_K_CONS); }
static inline bool pl_is_list(pl_term t) { return t == PL_NIL || pl_is_cons(t); }
static inline bool pl_is_float(pl_term t) { return pl_is_kind(t, PL_K_FLOAT); }
static inline bool pl_is_bin(pl_term t) { return pl_is_kind(t, PL_K_BIN); }
static inline bool pl_is_big(pl_term t) { return pl_is_kind(t, PL_K_BIG); }
static inline bool pl_is_map(pl_term t) { return pl_is_kind(t, PL_K_MAP); }
static inline bool pl_is_fun(pl_term t) { return pl_is_kind(t, PL_K_FUN); }
static inline bool pl_is_integer(pl_term t) { return pl_is_small(t) || pl_is_big(t); }
static inline bool pl_is_number(pl_term t) { return pl_is_integer(t) || pl_is_float(t); }
static inline bool pl_is_bool(pl_term t) { return t == PL_TRUE || t == PL_FALSE; }

/* ---- Immediates ---- */
static inline pl_term pl_small(int64_t v) { return ((pl_term)v << 1) | 1; }
static inline int64_t pl_small_value(pl_term t) { return (int64_t)t >> 1; }
static inline bool pl_fits_small(int64_t v) { return v >= PL_SMALL_MIN && v <= PL_SMALL_MAX; }
static inline pl_term pl_atom(uint32_t index) { return PL_MKIMM(PL_SUB_ATOM, index); }
static inline uint32_t pl_atom_index(pl_term t) { return (uint32_t)(t >> 6); }
static inline pl_term pl_bool(bool b) { return b ? PL_TRUE : PL_FALSE; }
static inline pl_term pl_pid(uint64_t serial) { return PL_MKIMM(PL_SUB_PID, serial); }
static inline uint64_t pl_pid_serial(pl_term t) { return t >> 6; }
static inline pl_term pl_ref(uint64_t serial) { return PL_MKIMM(PL_SUB_REF, serial); }
static inline uint64_t pl_ref_serial(pl_term t) { return t >> 6; }

/* ---- Box accessors (borrowed; the caller checked the kind) ---- */
static inline pl_tuple *pl_tuple_of(pl_term t) { return (pl_tuple *)pl_box_of(t); }
static inline uint64_t pl_tuple_arity(pl_term t) { return pl_tuple_of(t)->arity; }
static inline pl_term pl_tuple_get(pl_term t, uint64_t i) { return pl_tuple_of(t)->el[i]; }
static inline pl_cons *pl_cons_of(pl_term t) { return (pl_cons *)pl_box_of(t); }
static inline pl_term pl_head(pl_term t) { return pl_cons_of(t)->head; }
static inline pl_term pl_tail(pl_term t) { return pl_cons_of(t)->tail; }
static inline double pl_float_value(pl_term t) { return ((pl_float *)pl_box_of(t))->d; }
static inline pl_bin *pl_bin_of(pl_term t) { return (pl_bin *)pl_box_of(t); }
static inline pl_map *pl_map_of(pl_term t) { return (pl_map *)pl_box_of(t); }
static inline pl_fun *pl_fun_of(pl_term t) { return (pl_fun *)pl_box_of(t); }
static inline mpz_srcptr pl_big_value(pl_term t) { return ((pl_big *)pl_box_of(t))->z; }

/* ---- Reference counting ---- */
static inline pl_term pl_retain(pl_term t)
{
    if (pl_is_boxed(t)) {
        pl_box_of(t)->rc++;
    }
    return t;
}
void pl_term_free_box(pl_engine *e, pl_box *b);
static inline void pl_release(pl_engine *e, pl_term t)
{
    if (pl_is_boxed(t) && --pl_box_of(t)->rc == 0) {
        pl_term_free_box(e, pl_box_of(t));
    }
}

/* ---- Constructors (term.c). Each returns a new reference, or PL_NONE when the
 * engine's allocator refused. "take" arguments are consumed, others borrowed. ---- */
pl_term pl_tuple_new(pl_engine *e, uint64_t arity);  /* elements set to [] */
/* A tuple of the [n] values at [els], taken on success; on failure they stay
 * the caller's (the VM unwinds them with its stack). */
pl_term pl_tuple_from(pl_engine *e, const pl_term *els_take, uint64_t n);
pl_term pl_tuple2(pl_engine *e, pl_term a_take, pl_term b_take);
pl_term pl_tuple3(pl_engine *e, pl_term a_take, pl_term b_take, pl_term c_take);
pl_term pl_cons_new(pl_engine *e, pl_term head_take, pl_term tail_take);
pl_term pl_float_new(pl_engine *e, double d);
pl_term pl_bin_new(pl_engine *e, const void *data, size_t len);
pl_term pl_bin_alloc(pl_engine *e, size_t len); /* uninitialised contents */
pl_term pl_cstr(pl_engine *e, const char *s);
pl_term pl_big_from_mpz(pl_engine *e, mpz_srcptr z); /* normalises to small */
pl_term pl_int64(pl_engine *e, int64_t v);
pl_term pl_fun_new(pl_engine *e, pl_func *fn, uint32_t arity, uint32_t nfree);
pl_term pl_fun_ext(pl_engine *e, pl_term mod, pl_term name, uint32_t arity);

/* Lists */
pl_term pl_list_from_array(pl_engine *e, const pl_term *items_borrowed, size_t n);
pl_term pl_list_reverse(pl_engine *e, pl_term list); /* borrowed in, new out */
/* Length of a proper list, or -1 when [t] is improper / not a list. */
int64_t pl_list_length(pl_term t);

/* Integers: read a term as int64 when it fits. */
bool pl_get_int64(pl_term t, int64_t *out);
/* Copy an integer term (small or big) into an initialised mpz. */
void pl_to_mpz(mpz_ptr out, pl_term t);

#endif
