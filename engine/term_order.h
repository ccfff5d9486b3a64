/* Erlang term order, equality (== and ===) and hashing of terms. */
#ifndef PL_TERM_ORDER_H
#define PL_TERM_ORDER_H

#include "term.h"

/* Negative, zero or positive as [a] sorts before, equal to, or after [b] in
 * Erlang term order. Compares numbers by value: 1 and 1.0 compare equal. */
int pl_compare(const pl_engine *e, pl_term a, pl_term b);
/* Exact comparison: like pl_compare but integers sort before floats of the same
 * value; this is the order of map keys (%{1 => a, 1.0 => b} has two keys). */
int pl_compare_exact(const pl_engine *e, pl_term a, pl_term b);
/* === : structural identity (1 !== 1.0). */
bool pl_exact_eq(pl_term a, pl_term b);
/* == : equality by value (1 == 1.0). */
static inline bool pl_eq(const pl_engine *e, pl_term a, pl_term b)
{
    return a == b || pl_compare(e, a, b) == 0;
}

/* :erlang.phash2/1,2 exactly as OTP 25 computes it (engine/phash.c). [range] 0
 * is phash2/1 (range 2^27); 1..2^32-1 is phash2/2. Range 2^32 (the whole
 * hash) does not fit in uint32_t: it equals phash2(t, 2^32-1), except that a 0
 * there means 2^32-1 when phash2(t, 0) is not 0. Borrows [t]; cannot fail. */
uint32_t pl_phash2(const pl_engine *e, pl_term t, uint32_t range);

#endif
