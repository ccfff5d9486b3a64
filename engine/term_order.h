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

/* :erlang.phash2/1,2 exactly as the BEAM computes it: [range] 0 means phash2/1
 * (27 bits), otherwise 1..2^32 as phash2/2 takes it. */
uint32_t pl_phash2(const pl_engine *e, pl_term t, uint64_t range);

#endif
