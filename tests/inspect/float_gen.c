/* Differential float test, generator side: prints "<hex bits> <inspect> <to_string>"
 * for a deterministic mix of doubles; float_oracle.exs prints the same from
 * real Elixir. Built and run by run.sh. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float_fmt.h"

static uint64_t state = 88172645463325252ull;
static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static void emit(double d)
{
    char a[PL_FLOAT_BUF], b[PL_FLOAT_BUF];
    uint64_t bits;
    memcpy(&bits, &d, 8);
    if (!isfinite(d)) {
        return;
    }
    pl_float_format_inspect(d, a);
    pl_float_format_short(d, b);
    printf("%016" PRIx64 " %s %s\n", bits, a, b);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 20000;
    for (long i = 0; i < n; i++) {
        uint64_t r = next();
        double d;
        switch (i % 8) {
        case 0: memcpy(&d, &r, 8); break;
        case 1: d = ldexp((double)(r >> 11), (int)(next() % 120) - 60 - 53); break;
        case 2: d = (double)(int64_t)(r % 2000001) / pow(10, (double)(next() % 12)); break;
        case 3: d = pow(10, (double)((int)(r % 60) - 30)) * (double)(next() % 1000); break;
        case 4: d = ldexp(1.0, (int)(r % 2098) - 1074); break;
        case 5: d = (double)(r % 100000000000000000ull); break;
        case 6: d = ldexp((double)(r >> 11), (int)(next() % 2098) - 1074 - 52); break;
        default: d = nextafter(pow(10, (double)((int)(r % 40) - 20)), (r & 1) ? 0 : INFINITY); break;
        }
        if (next() & 1) {
            d = -d;
        }
        emit(d);
    }
    emit(0.0);
    emit(-0.0);
    return 0;
}
