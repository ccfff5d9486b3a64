/* Arithmetic on Elixir numbers: small integers, GMP bignums and floats, with the
 * BEAM's errors (:badarith). Operands are borrowed; results are new references,
 * or PL_NONE with the process's exception set. */
#ifndef PL_NUM_H
#define PL_NUM_H

#include "term.h"

typedef enum pl_arith_op {
    PL_ADD, PL_SUB, PL_MUL, PL_FDIV, PL_IDIV, PL_REM,
    PL_BAND, PL_BOR, PL_BXOR, PL_BSL, PL_BSR,
} pl_arith_op;

pl_term pl_num_arith(pl_proc *p, pl_arith_op op, pl_term a, pl_term b);
pl_term pl_num_neg(pl_proc *p, pl_term a);
/* The value of a number as a double (bignums rounded). */
double pl_num_to_double(pl_term t);
/* A float result, or :badarith when it is not finite. */
pl_term pl_num_float(pl_proc *p, double d);

#endif
