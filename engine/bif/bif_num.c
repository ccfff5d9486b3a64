/* Integer, Float and :math built-ins, :erlang float text conversions and
 * System.halt. Exact decimal work (Float.round, float_to_binary decimals) is
 * done on the float's binary value with GMP, as Elixir and the BEAM do. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include "bif_str.h"
#include "../float_fmt.h"
#include "../num.h"
#include "../term_order.h"

/* ---- Integer ---- */

static pl_term badarith(pl_proc *p) { return pl_proc_error(p, PL_A(badarith)); }

PL_BIF(integer_pow_2)
{
    int64_t exp = 0;
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        return pl_str_fclause(p);
    }
    if (pl_compare(p->e, args[1], pl_small(0)) < 0) {
        return badarith(p);
    }
    if (!pl_get_int64(args[1], &exp)) {
        return pl_bif_error(p, PL_A(system_limit));
    }
    mpz_t z;
    mpz_init(z);
    pl_to_mpz(z, args[0]);
    size_t bits = mpz_sizeinbase(z, 2);
    if (mpz_cmpabs_ui(z, 1) > 0 && (double)bits * (double)exp > 1.0e9) {
        mpz_clear(z);
        return pl_bif_error(p, PL_A(system_limit));
    }
    mpz_pow_ui(z, z, (unsigned long)exp);
    pl_term r = pl_big_from_mpz(p->e, z);
    mpz_clear(z);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

/* mod / floor_div: the quotient rounded toward negative infinity. */
static pl_term floor_op(pl_proc *p, const pl_term *args, bool want_mod)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        return pl_str_fclause(p);
    }
    if (args[1] == pl_small(0)) {
        return badarith(p);
    }
    mpz_t a, b, r;
    mpz_inits(a, b, r, NULL);
    pl_to_mpz(a, args[0]);
    pl_to_mpz(b, args[1]);
    if (want_mod) {
        mpz_fdiv_r(r, a, b);
    } else {
        mpz_fdiv_q(r, a, b);
    }
    pl_term out = pl_big_from_mpz(p->e, r);
    mpz_clears(a, b, r, NULL);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(integer_mod_2) { return floor_op(p, args, true); }
PL_BIF(integer_floor_div_2) { return floor_op(p, args, false); }

PL_BIF(integer_gcd_2)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        return pl_str_fclause(p);
    }
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    pl_to_mpz(a, args[0]);
    pl_to_mpz(b, args[1]);
    mpz_gcd(a, a, b);
    pl_term r = pl_big_from_mpz(p->e, a);
    mpz_clears(a, b, NULL);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

static pl_term parity(pl_proc *p, pl_term t, bool odd)
{
    if (!pl_is_integer(t)) {
        return pl_bif_badarg(p);
    }
    bool is_odd = pl_is_small(t) ? (pl_small_value(t) & 1) != 0 : mpz_odd_p(pl_big_value(t));
    return pl_bool(is_odd == odd);
}

PL_BIF(integer_is_even_1) { return parity(p, args[0], false); }
PL_BIF(integer_is_odd_1) { return parity(p, args[0], true); }

static bool int_base(pl_proc *p, pl_term t, int64_t *base)
{
    if (!pl_get_int64(t, base) || *base < 2) {
        pl_str_argerr_term(p, "invalid base ", t);
        return false;
    }
    return true;
}

static pl_term digits(pl_proc *p, pl_term n, pl_term base_t)
{
    int64_t base = 10;
    if (!pl_is_integer(n) || (base_t != PL_NONE && !pl_is_integer(base_t))) {
        return pl_str_fclause(p);
    }
    if (base_t != PL_NONE && !int_base(p, base_t, &base)) {
        return PL_NONE;
    }
    mpz_t z, d;
    mpz_inits(z, d, NULL);
    pl_to_mpz(z, n);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    pl_term out = PL_NIL;
    do {
        unsigned long r = mpz_fdiv_q_ui(z, z, (unsigned long)base);
        pl_term digit = pl_small(neg ? -(int64_t)r : (int64_t)r);
        out = pl_cons_new(p->e, digit, out);
    } while (mpz_sgn(z) != 0 && out != PL_NONE);
    mpz_clears(z, d, NULL);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(integer_digits_1) { return digits(p, args[0], PL_NONE); }
PL_BIF(integer_digits_2) { return digits(p, args[0], args[1]); }

static pl_term undigits(pl_proc *p, pl_term list, pl_term base_t)
{
    int64_t base = 10;
    if (!pl_is_list(list) || (base_t != PL_NONE && !pl_is_integer(base_t))) {
        return pl_str_fclause(p);
    }
    if (base_t != PL_NONE && !int_base(p, base_t, &base)) {
        return PL_NONE;
    }
    mpz_t z;
    mpz_init(z);
    pl_term l = list;
    for (; pl_is_cons(l); l = pl_tail(l)) {
        int64_t d;
        if (!pl_get_int64(pl_head(l), &d)) {
            mpz_clear(z);
            return pl_str_fclause(p);
        }
        if (d >= base) {
            mpz_clear(z);
            char msg[96];
            snprintf(msg, sizeof msg, "invalid digit %lld in base %lld", (long long)d,
                     (long long)base);
            return pl_str_argerr(p, "%s", msg);
        }
        mpz_mul_ui(z, z, (unsigned long)base);
        if (d >= 0) {
            mpz_add_ui(z, z, (unsigned long)d);
        } else {
            mpz_sub_ui(z, z, (unsigned long)-d);
        }
    }
    pl_term r = l == PL_NIL ? pl_big_from_mpz(p->e, z) : PL_NONE;
    mpz_clear(z);
    if (l != PL_NIL) {
        return pl_str_fclause(p);
    }
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(integer_undigits_1) { return undigits(p, args[0], PL_NONE); }
PL_BIF(integer_undigits_2) { return undigits(p, args[0], args[1]); }

/* ---- Float rounding (Float.round/floor/ceil, as float.ex does it) ---- */

typedef enum { ROUND_HALF_UP, ROUND_FLOOR, ROUND_CEIL } round_mode;

/* The nearest double to [sign] * num / 10^prec (strtod rounds correctly). */
static double decimal_to_double(bool neg, mpz_srcptr num, int prec)
{
    char *digits = mpz_get_str(NULL, 10, num);
    size_t n = strlen(digits) + 16;
    char *text = malloc(n);
    double d = 0.0;
    if (text) {
        snprintf(text, n, "%s%se-%d", neg ? "-" : "", digits, prec);
        d = strtod(text, NULL);
        free(text);
    }
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(digits, strlen(digits) + 1);
    return d;
}

static double round_float(double x, int prec, round_mode mode)
{
    if (x == 0.0 || !isfinite(x)) {
        return x;
    }
    int e2;
    double frac = frexp(fabs(x), &e2);             // |x| = frac * 2^e2, frac in [0.5, 1)
    uint64_t m = (uint64_t)ldexp(frac, 53);        // |x| = m * 2^(e2 - 53)
    int tz = __builtin_ctzll(m);
    m >>= tz;
    int count = 53 - e2 - tz;                      // binary digits after the point
    bool neg = signbit(x);
    if (count <= 0 || count <= prec) {
        return x;
    }
    if (count >= 104) {
        if (mode == ROUND_CEIL && !neg) {
            return 1.0 / pow(10.0, prec);
        }
        if (mode == ROUND_FLOOR && neg) {
            return -1.0 / pow(10.0, prec);
        }
        return 0.0;
    }
    mpz_t num, p10;
    mpz_inits(num, p10, NULL);
    mpz_set_ui(num, (unsigned long)m);
    mpz_ui_pow_ui(p10, 5, (unsigned long)count);
    mpz_mul(num, num, p10);                        // |x| * 10^count, exactly
    mpz_ui_pow_ui(p10, 10, (unsigned long)(count - prec - 1));
    mpz_tdiv_q(num, num, p10);                     // prec + 1 decimals
    unsigned long last = mpz_tdiv_q_ui(num, num, 10);
    if ((mode == ROUND_HALF_UP && last >= 5) || (mode == ROUND_FLOOR && neg) ||
        (mode == ROUND_CEIL && !neg)) {
        mpz_add_ui(num, num, 1);
    }
    double r = mpz_sgn(num) == 0 ? 0.0 : decimal_to_double(neg, num, prec);
    mpz_clears(num, p10, NULL);
    return r;
}

static pl_term float_round(pl_proc *p, pl_term x, pl_term prec_t, round_mode mode)
{
    int64_t prec = 0;
    if (!pl_is_float(x) || (prec_t != PL_NONE && !pl_is_integer(prec_t))) {
        return pl_str_fclause(p);
    }
    if (prec_t != PL_NONE && (!pl_get_int64(prec_t, &prec) || prec < 0 || prec > 15)) {
        pl_term shown = pl_str_inspect(p, prec_t);
        if (shown == PL_NONE) {
            return PL_NONE;
        }
        pl_term r = pl_str_argerr(p, "precision %.*s is out of valid range of 0..15",
                                  (int)pl_str_len(shown), (const char *)pl_str_data(shown));
        pl_release(p->e, shown);
        return r;
    }
    double d = pl_float_value(x);
    if (prec == 0) {
        // float.ex's precision-0 clauses: float(round(x)), :math.floor, :math.ceil
        d = mode == ROUND_HALF_UP ? round(d) + 0.0 : mode == ROUND_FLOOR ? floor(d) : ceil(d);
        return pl_num_float(p, d);
    }
    return pl_num_float(p, round_float(d, (int)prec, mode));
}

PL_BIF(float_round_1) { return float_round(p, args[0], PL_NONE, ROUND_HALF_UP); }
PL_BIF(float_round_2) { return float_round(p, args[0], args[1], ROUND_HALF_UP); }
PL_BIF(float_floor_1) { return float_round(p, args[0], PL_NONE, ROUND_FLOOR); }
PL_BIF(float_floor_2) { return float_round(p, args[0], args[1], ROUND_FLOOR); }
PL_BIF(float_ceil_1) { return float_round(p, args[0], PL_NONE, ROUND_CEIL); }
PL_BIF(float_ceil_2) { return float_round(p, args[0], args[1], ROUND_CEIL); }

PL_BIF(float_ratio_1)
{
    if (!pl_is_float(args[0])) {
        return pl_str_fclause(p);
    }
    double x = pl_float_value(args[0]);
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, x);
    pl_term a = pl_big_from_mpz(p->e, mpq_numref(q));
    pl_term b = pl_big_from_mpz(p->e, mpq_denref(q));
    mpq_clear(q);
    if (a == PL_NONE || b == PL_NONE) {
        pl_release(p->e, a);
        pl_release(p->e, b);
        return pl_bif_nomem(p);
    }
    pl_term t = pl_tuple2(p->e, a, b);
    return t == PL_NONE ? pl_bif_nomem(p) : t;
}

/* ---- Floats to and from text ---- */

static pl_term short_text(pl_proc *p, pl_term x, bool as_list)
{
    if (!pl_is_float(x)) {
        return pl_str_fclause(p);
    }
    char buf[PL_FLOAT_BUF];
    size_t n = pl_float_format_short(pl_float_value(x), buf);
    if (!as_list) {
        return pl_str_bin(p, buf, n);
    }
    pl_tvec v = { 0 };
    for (size_t i = 0; i < n; i++) {
        pl_str_tvec_push(p->e, &v, pl_small((unsigned char)buf[i]));
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

PL_BIF(float_to_string_1) { return short_text(p, args[0], false); }
PL_BIF(float_to_charlist_1) { return short_text(p, args[0], true); }

/* Length of the Erlang float syntax at the start of s[0..n) (sign, digits,
 * '.', digits, optional exponent), or 0. With [lenient] (Float.parse) the
 * fraction is optional; *[dot] says whether one was seen. */
static size_t float_syntax(const unsigned char *s, size_t n, bool lenient, bool *dot)
{
    size_t i = n > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0, start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        i++;
    }
    if (i == start) {
        return 0;
    }
    *dot = i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9';
    if (*dot) {
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
    } else if (!lenient) {
        return 0;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) {
            j++;
        }
        if (j < n && s[j] >= '0' && s[j] <= '9') {
            while (j < n && s[j] >= '0' && s[j] <= '9') {
                j++;
            }
            i = j;
        }
    }
    return i;
}

/* strtod over s[0..n); false when the value does not fit a double. */
static bool text_to_double(const unsigned char *s, size_t n, double *out)
{
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) {
        return false;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    *out = strtod(buf, NULL);
    if (buf != small) {
        free(buf);
    }
    return isfinite(*out);
}

static pl_term binary_to_float(pl_proc *p, const unsigned char *s, size_t n)
{
    bool dot;
    double d;
    if (float_syntax(s, n, false, &dot) != n || !text_to_double(s, n, &d)) {
        return pl_bif_badarg_at(p, 1, "not a textual representation of a float");
    }
    return pl_num_float(p, d);
}

PL_BIF(erlang_binary_to_float_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    return binary_to_float(p, pl_str_data(args[0]), pl_str_len(args[0]));
}

PL_BIF(erlang_list_to_float_1)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    pl_sbuf b = { 0 };
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l);
        pl_str_putc(&b, pl_is_small(h) && pl_small_value(h) > 0 && pl_small_value(h) < 128
                            ? (unsigned char)pl_small_value(h)
                            : 0);
    }
    pl_term r = b.failed ? pl_bif_nomem(p) : binary_to_float(p, b.data, b.len);
    pl_str_sbuf_free(&b);
    return r;
}

PL_BIF(float_parse_1)
{
    pl_term s = args[0];
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s);
    bool dot;
    size_t k = float_syntax(d, n, true, &dot);
    double v;
    if (k == 0 || !text_to_double(d, k, &v)) {
        return PL_A(error);
    }
    pl_term f = pl_float_new(p->e, v);
    pl_term rest = pl_bin_new(p->e, d + k, n - k);
    pl_term t = f != PL_NONE && rest != PL_NONE ? pl_tuple2(p->e, f, rest) : PL_NONE;
    if (t == PL_NONE) {
        if (f == PL_NONE || rest == PL_NONE) {
            pl_release(p->e, f);
            pl_release(p->e, rest);
        }
        return pl_bif_nomem(p);
    }
    return t;
}

/* [x] with [decimals] digits after the point, rounding half away from zero
 * on the exact binary value, as float_to_binary(x, [{:decimals, N}]) does. */
static void fixed_text(pl_sbuf *b, double x, int decimals, bool compact)
{
    int e2;
    double frac = frexp(fabs(x), &e2);
    mpz_t num, q;
    mpz_inits(num, q, NULL);
    mpz_set_d(num, ldexp(frac, 53));              // |x| = num * 2^(e2 - 53)
    mpz_ui_pow_ui(q, 10, (unsigned long)decimals);
    mpz_mul(num, num, q);
    int shift = 53 - e2;
    if (shift > 0) {
        mpz_fdiv_q_2exp(q, num, (mp_bitcnt_t)shift - 1);   // twice the quotient, plus half bit
        mpz_add_ui(q, q, 1);
        mpz_fdiv_q_2exp(num, q, 1);
    } else {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)-shift);
    }
    char *digits = mpz_get_str(NULL, 10, num);
    size_t len = strlen(digits);
    if (signbit(x)) {
        pl_str_putc(b, '-');
    }
    size_t ilen = len > (size_t)decimals ? len - (size_t)decimals : 0;
    if (ilen == 0) {
        pl_str_putc(b, '0');
    } else {
        pl_str_put(b, digits, ilen);
    }
    if (decimals > 0) {
        size_t before = b->len;
        pl_str_putc(b, '.');
        for (size_t i = len; i < (size_t)decimals; i++) {
            pl_str_putc(b, '0');
        }
        pl_str_put(b, digits + ilen, len - ilen);
        while (compact && b->len > before + 2 && b->data[b->len - 1] == '0') {
            b->len--;
        }
    }
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(digits, len + 1);
    mpz_clears(num, q, NULL);
}

/* {name, N} with 0 <= N <= max. */
static bool option_int(pl_engine *e, pl_term o, const char *name, int64_t max, int64_t *v)
{
    return pl_is_tuple(o) && pl_tuple_arity(o) == 2 && pl_tuple_get(o, 0) == pl_bif_atom(e, name) &&
           pl_get_int64(pl_tuple_get(o, 1), v) && *v >= 0 && *v <= max;
}

static pl_term float_text(pl_proc *p, pl_term x, pl_term opts, bool as_list)
{
    if (!pl_is_float(x)) {
        return pl_bif_badarg_at(p, 1, "not a float");
    }
    pl_engine *e = p->e;
    int64_t decimals = -1, scientific = 20;
    bool compact = false, shortest = false;
    for (pl_term l = opts; opts != PL_NONE && pl_is_cons(l); l = pl_tail(l)) {
        pl_term o = pl_head(l);
        int64_t v;
        if (o == pl_bif_atom(e, "compact")) {
            compact = true;
        } else if (o == pl_bif_atom(e, "short")) {
            shortest = true;
        } else if (option_int(e, o, "decimals", 253, &v)) {
            decimals = v;
            shortest = false;
        } else if (option_int(e, o, "scientific", 249, &v)) {
            scientific = v;
            decimals = -1;
            shortest = false;
        } else {
            return pl_bif_badarg_at(p, 2, "invalid option in list");
        }
    }
    if (opts != PL_NONE && pl_list_length(opts) < 0) {
        return pl_bif_badarg_at(p, 2, "not a list");
    }
    double d = pl_float_value(x);
    pl_sbuf b = { 0 };
    if (shortest) {
        char buf[PL_FLOAT_BUF];
        pl_str_put(&b, buf, pl_float_format_short(d, buf));
    } else if (decimals >= 0) {
        if (fabs(d) >= 1.0e253 || (fabs(d) >= 1.0e16 && (double)decimals + log10(fabs(d)) > 255)) {
            return pl_bif_badarg_at(p, 2, "invalid option in list");
        }
        fixed_text(&b, d, (int)decimals, compact);
    } else {
        char buf[400];
        int k = snprintf(buf, sizeof buf, "%.*e", (int)scientific, d);
        pl_str_put(&b, buf, (size_t)k);
    }
    if (!as_list || b.failed) {
        return pl_str_sbuf_finish(p, &b);
    }
    pl_tvec v = { 0 };
    for (size_t i = 0; i < b.len; i++) {
        pl_str_tvec_push(e, &v, pl_small(b.data[i]));
    }
    pl_str_sbuf_free(&b);
    return pl_str_tvec_list(p, &v, PL_NIL);
}

PL_BIF(erlang_float_to_binary_1) { return float_text(p, args[0], PL_NONE, false); }
PL_BIF(erlang_float_to_binary_2) { return float_text(p, args[0], args[1], false); }
PL_BIF(erlang_float_to_list_1) { return float_text(p, args[0], PL_NONE, true); }
PL_BIF(erlang_float_to_list_2) { return float_text(p, args[0], args[1], true); }

/* ---- :math ---- */

/* Reads a number argument; false (badarg raised) for anything else. */
static bool num_arg(pl_proc *p, pl_term t, uint32_t argno, double *out)
{
    if (!pl_is_number(t)) {
        pl_bif_badarg_at(p, argno, "not a number");
        return false;
    }
    *out = pl_num_to_double(t);
    return true;
}

static pl_term math1(pl_proc *p, pl_term x, double (*fn)(double))
{
    double d;
    if (!num_arg(p, x, 1, &d)) {
        return PL_NONE;
    }
    double r = fn(d);
    if (isnan(r) || isinf(r)) {
        return badarith(p);
    }
    return pl_num_float(p, r);
}

static pl_term math2(pl_proc *p, const pl_term *args, double (*fn)(double, double))
{
    double a, b;
    if (!num_arg(p, args[0], 1, &a) || !num_arg(p, args[1], 2, &b)) {
        return PL_NONE;
    }
    double r = fn(a, b);
    if (isnan(r) || isinf(r)) {
        return badarith(p);
    }
    return pl_num_float(p, r);
}

PL_BIF(math_pi_0) { return pl_num_float(p, M_PI); }
PL_BIF(math_sqrt_1) { return math1(p, args[0], sqrt); }
PL_BIF(math_sin_1) { return math1(p, args[0], sin); }
PL_BIF(math_cos_1) { return math1(p, args[0], cos); }
PL_BIF(math_tan_1) { return math1(p, args[0], tan); }
PL_BIF(math_asin_1) { return math1(p, args[0], asin); }
PL_BIF(math_acos_1) { return math1(p, args[0], acos); }
PL_BIF(math_atan_1) { return math1(p, args[0], atan); }
PL_BIF(math_sinh_1) { return math1(p, args[0], sinh); }
PL_BIF(math_cosh_1) { return math1(p, args[0], cosh); }
PL_BIF(math_tanh_1) { return math1(p, args[0], tanh); }
PL_BIF(math_exp_1) { return math1(p, args[0], exp); }
PL_BIF(math_log_1) { return math1(p, args[0], log); }
PL_BIF(math_log2_1) { return math1(p, args[0], log2); }
PL_BIF(math_log10_1) { return math1(p, args[0], log10); }
PL_BIF(math_floor_1) { return math1(p, args[0], floor); }
PL_BIF(math_ceil_1) { return math1(p, args[0], ceil); }
PL_BIF(math_pow_2) { return math2(p, args, pow); }
PL_BIF(math_atan2_2) { return math2(p, args, atan2); }
PL_BIF(math_fmod_2) { return math2(p, args, fmod); }

/* ---- System ---- */

PL_BIF(system_halt_0)
{
    pl_term zero = pl_small(0);
    return pl_bif_erlang_halt_1(p, &zero);
}

/* The engine has one scheduler (DESIGN.md), so both counts are 1. */
PL_BIF(system_schedulers_0)
{
    (void)p;
    (void)args;
    return pl_small(1);
}
