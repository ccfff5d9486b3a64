/* The engine's seeded random numbers (DESIGN rule 2): the only randomness in
 * proclab. Same seed, same numbers. */
#ifndef PL_RAND_H
#define PL_RAND_H

#include "types.h"

typedef struct pl_rand {
    uint64_t s[4];
} pl_rand;

void pl_rand_seed(pl_rand *r, uint64_t seed);
/* A uniformly distributed 64-bit number (xoshiro256**). */
uint64_t pl_rand_next(pl_rand *r);
/* A uniformly distributed number in [0, n), without modulo bias. */
uint64_t pl_rand_below(pl_rand *r, uint64_t n);

#endif
