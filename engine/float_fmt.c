/* Shortest round-trip float printing as OTP 25's float_to_list(F, [short]) (Ryu
 * digits, then the notation choice of erts/emulator/ryu/to_chars.h), plus the
 * integral special case of Elixir's Inspect.Float. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "float_fmt.h"

/* value = mant * 10^exp, mant without trailing zeros */
typedef struct decimal {
    uint64_t mant;
    int exp;
} decimal;

static const uint64_t pow10_table[] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull,
};

/* No decimal point in the text, so the check does not depend on LC_NUMERIC. */
static bool reads_back(uint64_t mant, int exp, double v)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)mant, exp);
    return strtod(buf, NULL) == v;
}

static decimal strip_zeros(uint64_t mant, int exp)
{
    while (mant != 0 && mant % 10 == 0) {
        mant /= 10;
        exp++;
    }
    return (decimal){ mant, exp };
}

/* The correctly rounded [p]-digit decimal of v, read back from printf's %e
 * (glibc rounds exactly). Skips whatever the locale uses as decimal point. */
static decimal rounded_digits(double v, int p)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    uint64_t mant = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++) {
        if (*s >= '0' && *s <= '9') {
            mant = mant * 10 + (uint64_t)(*s - '0');
        }
    }
    int e10 = *s == 'e' ? atoi(s + 1) : 0;
    return (decimal){ mant, e10 - (p - 1) };
}

/* Ryu's answer for positive finite [v]: the shortest digit string that reads
 * back as v, the closest to v among those. When the closest p-digit decimal
 * falls just outside v's rounding interval (asymmetric at powers of two), the
 * neighbour on v's side is the one Ryu picks. */
static decimal shortest(double v)
{
    for (int p = 1; p <= 17; p++) {
        decimal c = rounded_digits(v, p);
        if (reads_back(c.mant, c.exp, v)) {
            return strip_zeros(c.mant, c.exp);
        }
        uint64_t lo = c.mant - 1;
        int lo_exp = c.exp;
        if (c.mant == pow10_table[p - 1]) {
            lo = pow10_table[p] - 1;
            lo_exp = c.exp - 1;
        }
        if (lo > 0 && reads_back(lo, lo_exp, v)) {
            return strip_zeros(lo, lo_exp);
        }
        if (reads_back(c.mant + 1, c.exp, v)) {
            return strip_zeros(c.mant + 1, c.exp);
        }
    }
    decimal c = rounded_digits(v, 17);
    return strip_zeros(c.mant, c.exp);
}

/* OTP's rule (to_chars.h): plain notation inside a window of exponents that
 * depends on the digit count, except for integers of 2^53 and above. */
static bool use_fixed(decimal d, int olength)
{
    int sci_exp = d.exp + olength - 1;
    int lower = -(olength + 2);
    int upper = sci_exp >= 10 ? 2 : 1;
    if (olength == 1) {
        lower = -4;
        upper = 2;
    }
    if (d.exp < lower || d.exp > upper) {
        return false;
    }
    return !((d.mant >= (1ull << 53) && d.exp == 0)
             || (d.mant > (1ull << 52) / 5 && d.exp == 1)
             || (d.mant > (1ull << 51) / 25 && d.exp == 2));
}

static size_t write_fixed(char *out, const char *digits, int olength, int exp)
{
    size_t n = 0;
    int whole = olength + exp;
    if (exp >= 0) {
        for (int i = 0; i < olength; i++) {
            out[n++] = digits[i];
        }
        for (int i = 0; i < exp; i++) {
            out[n++] = '0';
        }
        out[n++] = '.';
        out[n++] = '0';
    } else if (whole > 0) {
        for (int i = 0; i < olength; i++) {
            if (i == whole) {
                out[n++] = '.';
            }
            out[n++] = digits[i];
        }
    } else {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -whole; i++) {
            out[n++] = '0';
        }
        for (int i = 0; i < olength; i++) {
            out[n++] = digits[i];
        }
    }
    return n;
}

static size_t write_scientific(char *out, const char *digits, int olength, int sci_exp)
{
    size_t n = 0;
    out[n++] = digits[0];
    out[n++] = '.';
    if (olength == 1) {
        out[n++] = '0';
    }
    for (int i = 1; i < olength; i++) {
        out[n++] = digits[i];
    }
    n += (size_t)snprintf(out + n, 8, "e%d", sci_exp);
    return n;
}

size_t pl_float_format_short(double d, char buf[PL_FLOAT_BUF])
{
    size_t n = 0;
    if (signbit(d)) {
        buf[n++] = '-';
        d = -d;
    }
    if (d == 0.0 || !isfinite(d)) {
        /* The BEAM has no infinities or NaNs; print something readable anyway. */
        const char *s = d == 0.0 ? "0.0" : isnan(d) ? "nan" : "inf";
        n += (size_t)snprintf(buf + n, PL_FLOAT_BUF - n, "%s", s);
        return n;
    }
    decimal dec = shortest(d);
    char digits[24];
    int olength = snprintf(digits, sizeof digits, "%llu", (unsigned long long)dec.mant);
    if (use_fixed(dec, olength)) {
        n += write_fixed(buf + n, digits, olength, dec.exp);
    } else {
        n += write_scientific(buf + n, digits, olength, dec.exp + olength - 1);
    }
    buf[n] = '\0';
    return n;
}

size_t pl_float_format_inspect(double d, char buf[PL_FLOAT_BUF])
{
    double a = fabs(d);
    if (a >= 1.0 && a < 1.0e16 && trunc(d) == d) {
        return (size_t)snprintf(buf, PL_FLOAT_BUF, "%lld.0", (long long)d);
    }
    return pl_float_format_short(d, buf);
}
