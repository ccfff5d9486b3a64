/* Number arithmetic: a fast path for small integers, GMP for the rest. */
#include <math.h>
#include "engine.h"
#include "num.h"
#include "proc.h"

static pl_term badarith(pl_proc *p) { return pl_proc_error(p, PL_A(badarith)); }

double pl_num_to_double(pl_term t)
{
    if (pl_is_small(t)) {
        return (double)pl_small_value(t);
    }
    if (pl_is_float(t)) {
        return pl_float_value(t);
    }
    return mpz_get_d(pl_big_value(t));
}

pl_term pl_num_float(pl_proc *p, double d)
{
    if (!isfinite(d)) {
        return badarith(p);
    }
    pl_term r = pl_float_new(p->e, d);
    return r == PL_NONE ? pl_proc_error(p, PL_A(system_limit)) : r;
}

static pl_term float_op(pl_proc *p, pl_arith_op op, double x, double y)
{
    switch (op) {
    case PL_ADD: return pl_num_float(p, x + y);
    case PL_SUB: return pl_num_float(p, x - y);
    case PL_MUL: return pl_num_float(p, x * y);
    case PL_FDIV: return y == 0.0 ? badarith(p) : pl_num_float(p, x / y);
    default: return badarith(p);
    }
}

/* Small-integer fast path; PL_NONE means "use GMP". */
static pl_term small_op(pl_proc *p, pl_arith_op op, int64_t x, int64_t y)
{
    int64_t r;
    switch (op) {
    case PL_ADD: return pl_int64(p->e, x + y);
    case PL_SUB: return pl_int64(p->e, x - y);
    case PL_MUL:
        if (__builtin_mul_overflow(x, y, &r)) {
            return PL_NONE;
        }
        return pl_int64(p->e, r);
    case PL_IDIV:
        if (y == 0) {
            return badarith(p);
        }
        return pl_int64(p->e, x / y); /* truncates toward zero, as div/2 does */
    case PL_REM:
        if (y == 0) {
            return badarith(p);
        }
        return pl_small(x % y);
    case PL_BAND: return pl_small(x & y);
    case PL_BOR: return pl_small(x | y);
    case PL_BXOR: return pl_small(x ^ y);
    case PL_BSR:
        if (y < 0) {
            return PL_NONE;
        }
        return pl_small(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    case PL_BSL:
        if (y < 0 && y > -63) {
            return pl_small(x >> -y);
        }
        if (y >= 0 && y < 62 && x == ((x << y) >> y) && pl_fits_small(x << y)) {
            return pl_small(x << y);
        }
        return PL_NONE;
    default: return badarith(p);
    }
}

static pl_term big_op(pl_proc *p, pl_arith_op op, pl_term a, pl_term b)
{
    mpz_t x, y, r;
    mpz_inits(x, y, r, NULL);
    pl_to_mpz(x, a);
    pl_to_mpz(y, b);
    bool ok = true;
    switch (op) {
    case PL_ADD: mpz_add(r, x, y); break;
    case PL_SUB: mpz_sub(r, x, y); break;
    case PL_MUL: mpz_mul(r, x, y); break;
    case PL_IDIV:
    case PL_REM:
        if (mpz_sgn(y) == 0) {
            ok = false;
        } else if (op == PL_IDIV) {
            mpz_tdiv_q(r, x, y);
        } else {
            mpz_tdiv_r(r, x, y);
        }
        break;
    case PL_BAND: mpz_and(r, x, y); break;
    case PL_BOR: mpz_ior(r, x, y); break;
    case PL_BXOR: mpz_xor(r, x, y); break;
    case PL_BSL:
    case PL_BSR: {
        long sh = mpz_get_si(y);
        if (!mpz_fits_slong_p(y) || sh > (1L << 24) || sh < -(1L << 24)) {
            ok = false; /* a shift that large would exhaust memory */
            break;
        }
        if (op == PL_BSR) {
            sh = -sh;
        }
        if (sh >= 0) {
            mpz_mul_2exp(r, x, (unsigned long)sh);
        } else {
            mpz_fdiv_q_2exp(r, x, (unsigned long)-sh);
        }
        break;
    }
    default: ok = false;
    }
    pl_term t = ok ? pl_big_from_mpz(p->e, r) : PL_NONE;
    mpz_clears(x, y, r, NULL);
    if (!ok) {
        return op == PL_BSL || op == PL_BSR ? pl_proc_error(p, PL_A(system_limit)) : badarith(p);
    }
    return t;
}

pl_term pl_num_arith(pl_proc *p, pl_arith_op op, pl_term a, pl_term b)
{
    if (!pl_is_number(a) || !pl_is_number(b)) {
        return badarith(p);
    }
    if (op == PL_FDIV || pl_is_float(a) || pl_is_float(b)) {
        if (op != PL_ADD && op != PL_SUB && op != PL_MUL && op != PL_FDIV) {
            return badarith(p);
        }
        return float_op(p, op, pl_num_to_double(a), pl_num_to_double(b));
    }
    if (pl_is_small(a) && pl_is_small(b)) {
        pl_term r = small_op(p, op, pl_small_value(a), pl_small_value(b));
        if (r != PL_NONE || p->exc_kind != PL_NONE) {
            return r;
        }
    }
    return big_op(p, op, a, b);
}

pl_term pl_num_neg(pl_proc *p, pl_term a)
{
    if (pl_is_float(a)) {
        return pl_num_float(p, -pl_float_value(a)); /* -0.0 stays negative zero */
    }
    return pl_num_arith(p, PL_SUB, pl_small(0), a);
}
