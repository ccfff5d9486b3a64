/* Replays the cases cases.exs recorded from real Elixir through pl_inspect
 * and prints every output that differs. Exit status 1 when any does.
 * Usage: diff CASES [-v]. Built and run by tests/inspect/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "inspect.h"
#include "map.h"
#include "lang/code.h"

typedef struct reader {
    const unsigned char *p, *end;
    bool bad;
} reader;

static uint64_t be(reader *r, int n)
{
    uint64_t v = 0;
    if (r->end - r->p < n) {
        r->bad = true;
        return 0;
    }
    for (int i = 0; i < n; i++) {
        v = (v << 8) | *r->p++;
    }
    return v;
}

static pl_term decode(pl_engine *e, reader *r);

static pl_term decode_big(pl_engine *e, reader *r, uint64_t n)
{
    int sign = (int)be(r, 1);
    mpz_t z;
    mpz_init(z);
    if (r->end - r->p >= (long)n) {
        mpz_import(z, n, -1, 1, 0, 0, r->p);
        r->p += n;
    }
    if (sign) {
        mpz_neg(z, z);
    }
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

static pl_term decode_seq(pl_engine *e, reader *r, int tag)
{
    if (tag == 104 || tag == 105) {
        uint64_t n = be(r, tag == 104 ? 1 : 4);
        pl_term t = pl_tuple_new(e, n);
        for (uint64_t i = 0; i < n; i++) {
            pl_tuple_of(t)->el[i] = decode(e, r);
        }
        return t;
    }
    if (tag == 108) {
        uint64_t n = be(r, 4);
        pl_term *items = calloc(n + 1, sizeof *items);
        for (uint64_t i = 0; i < n; i++) {
            items[i] = decode(e, r);
        }
        pl_term list = decode(e, r);
        for (uint64_t i = n; i-- > 0;) {
            list = pl_cons_new(e, items[i], list);
        }
        free(items);
        return list;
    }
    uint64_t n = be(r, 4); /* 116: map */
    pl_term *kv = calloc(2 * n + 1, sizeof *kv);
    for (uint64_t i = 0; i < 2 * n; i++) {
        kv[i] = decode(e, r);
    }
    pl_term keys[n + 1], vals[n + 1];
    for (uint64_t i = 0; i < n; i++) {
        keys[i] = kv[2 * i];
        vals[i] = kv[2 * i + 1];
    }
    pl_term m = pl_map_from_arrays(e, keys, vals, n);
    for (uint64_t i = 0; i < 2 * n; i++) {
        pl_release(e, kv[i]);
    }
    free(kv);
    return m;
}

/* Decodes one term of the external term format; a new reference. */
static pl_term decode(pl_engine *e, reader *r)
{
    int tag = (int)be(r, 1);
    switch (tag) {
    case 97: return pl_small((int64_t)be(r, 1));
    case 98: return pl_int64(e, (int32_t)be(r, 4));
    case 110: return decode_big(e, r, be(r, 1));
    case 111: return decode_big(e, r, be(r, 4));
    case 70: {
        uint64_t bits = be(r, 8);
        double d;
        memcpy(&d, &bits, 8);
        return pl_float_new(e, d);
    }
    case 100: case 118: case 115: case 119: {
        uint64_t n = be(r, tag == 100 || tag == 118 ? 2 : 1);
        char name[1024];
        size_t k = 0;
        for (uint64_t i = 0; i < n && k + 2 < sizeof name; i++) {
            unsigned char ch = r->p[i];
            if ((tag == 100 || tag == 115) && ch >= 0x80) { /* Latin-1 atom text */
                name[k++] = (char)(0xC0 | (ch >> 6));
                name[k++] = (char)(0x80 | (ch & 0x3F));
            } else {
                name[k++] = (char)ch;
            }
        }
        r->p += n;
        return pl_atom_intern(&e->atoms, name, k);
    }
    case 106: return PL_NIL;
    case 107: {
        uint64_t n = be(r, 2);
        pl_term list = PL_NIL;
        for (uint64_t i = n; i-- > 0;) {
            list = pl_cons_new(e, pl_small(r->p[i]), list);
        }
        r->p += n;
        return list;
    }
    case 109: {
        uint64_t n = be(r, 4);
        pl_term b = pl_bin_new(e, r->p, n);
        r->p += n;
        return b;
    }
    case 104: case 105: case 108: case 116:
        return decode_seq(e, r, tag);
    default:
        r->bad = true;
        return PL_NIL;
    }
}

static size_t unhex(const char *s, size_t n, unsigned char *out)
{
    size_t k = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        unsigned v;
        sscanf(s + i, "%2x", &v);
        out[k++] = (unsigned char)v;
    }
    return k;
}

static pl_term decode_hex(pl_engine *e, const char *hex, size_t n)
{
    unsigned char *buf = malloc(n / 2 + 1);
    size_t len = unhex(hex, n, buf);
    reader r = { buf + 1, buf + len, false }; /* skip the 131 version byte */
    pl_term t = decode(e, &r);
    free(buf);
    return t;
}

static void show(const char *label, const char *s, size_t n)
{
    printf("  %s: %.*s\n", label, (int)n, s);
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "build/inspect_cases.txt";
    bool verbose = argc > 2;
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    pl_engine_config cfg = { .seed = 1 };
    pl_engine *e = pl_engine_new(&cfg);
    char *line = NULL;
    size_t cap = 0;
    long n = 0, bad = 0;
    for (ssize_t len; (len = getline(&line, &cap, f)) > 0;) {
        line[strcspn(line, "\n")] = '\0';
        char *tab1 = strchr(line, '\t');
        if (line[0] == 'S') {
            pl_term def = decode_hex(e, tab1 + 1, strlen(tab1 + 1));
            pl_code_set_struct(e, pl_tuple_get(def, 0), pl_retain(pl_tuple_get(def, 1)));
            pl_release(e, def);
            continue;
        }
        char *tab2 = strchr(tab1 + 1, '\t');
        pl_term t = decode_hex(e, line, (size_t)(tab1 - line));
        pl_inspect_opts o;
        long long lim, plim;
        int width, pretty, nostructs;
        pl_inspect_opts_default(&o);
        sscanf(tab1 + 1, "%lld %lld %d %d %d %d %d %d", &lim, &plim, &width, &pretty, &o.charlists,
               &o.binaries, &o.base, &nostructs);
        o.no_structs = nostructs;
        o.limit = lim;
        o.printable_limit = plim;
        o.width = width;
        o.pretty = pretty;
        size_t elen = strlen(tab2 + 1) / 2;
        char *expected = malloc(elen + 1);
        unhex(tab2 + 1, strlen(tab2 + 1), (unsigned char *)expected);
        pl_term got = pl_inspect(e, t, &o);
        n++;
        const pl_bin *g = pl_bin_of(got);
        if (g->len != elen || memcmp(g->data, expected, elen) != 0) {
            bad++;
            if (verbose || bad <= 40) {
                printf("MISMATCH opts=[%.*s]\n", (int)(tab2 - tab1 - 1), tab1 + 1);
                show("want", expected, elen);
                show("got ", (const char *)g->data, g->len);
            }
        }
        pl_release(e, got);
        pl_release(e, t);
        free(expected);
    }
    free(line);
    fclose(f);
    printf("%ld cases, %ld mismatches\n", n, bad);
    pl_engine_free(e);
    return bad ? 1 : 0;
}
