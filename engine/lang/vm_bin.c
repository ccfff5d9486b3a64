/* Binary pattern matching for the VM: literal prefixes (BIN_PREFIX) and typed
 * segments (BIN_GET: integers of any byte size and endianness, floats, sized
 * binaries and the rest, UTF-8 code points). */
#include <math.h>
#include "../engine.h"
#include "../bif/bif.h"
#include "binseg.h"
#include "vm_ops.h"

static void put(pl_engine *e, pl_term *slot, pl_term v)
{
    pl_release(e, *slot);
    *slot = v;
}

int pl_vm_bin_prefix(pl_proc *p, pl_term *slots, const uint32_t *o, const pl_term *consts)
{
    pl_term v = slots[o[0]];
    const pl_bin *pre = pl_bin_of(consts[o[1]]);
    if (!pl_is_bin(v)) {
        return 0;
    }
    const pl_bin *b = pl_bin_of(v);
    if (b->len < pre->len || (pre->len && memcmp(b->data, pre->data, pre->len) != 0)) {
        return 0;
    }
    pl_term rest = pl_bin_new(p->e, b->data + pre->len, b->len - pre->len);
    if (rest == PL_NONE) {
        pl_bif_nomem(p);
        return -1;
    }
    put(p->e, &slots[o[2]], rest);
    return 1;
}

static pl_term read_int(pl_engine *e, const unsigned char *d, size_t n, uint32_t spec)
{
    bool little = spec & PL_SEG_LITTLE, sign = spec & PL_SEG_SIGNED;
    if (n <= 7) {
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++) {
            v = (v << 8) | d[little ? n - 1 - i : i];
        }
        int64_t s = (int64_t)v;
        if (sign && n > 0 && (v >> (8 * n - 1)) & 1) {
            s = (int64_t)(v | (~(uint64_t)0 << (8 * n)));
        }
        return pl_int64(e, s);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, little ? -1 : 1, 1, 0, 0, d);
    if (sign && (d[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, 8 * n);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

static pl_term read_float(pl_engine *e, const unsigned char *d, size_t n, uint32_t spec)
{
    unsigned char b[8];
    for (size_t i = 0; i < n; i++) {
        b[i] = d[(spec & PL_SEG_LITTLE) ? i : n - 1 - i]; /* to little-endian */
    }
    double v;
    if (n == 8) {
        memcpy(&v, b, 8);
    } else {
        float f;
        memcpy(&f, b, 4);
        v = f;
    }
    return isfinite(v) ? pl_float_new(e, v) : PL_NIL;
}

/* One UTF-8 code point: its length, or 0 when invalid. */
static size_t utf8_len(const unsigned char *d, size_t len, uint32_t *cp)
{
    unsigned c = d[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || n > len) {
        return 0;
    }
    uint32_t v = n == 1 ? c : c & (0x7Fu >> n);
    for (size_t i = 1; i < n; i++) {
        if ((d[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (d[i] & 0x3F);
    }
    *cp = v;
    return n;
}

int pl_vm_bin_get(pl_proc *p, pl_term *slots, const uint32_t *o)
{
    pl_engine *e = p->e;
    pl_term src = slots[o[0]];
    uint32_t spec = o[1];
    if (!pl_is_bin(src)) {
        return 0;
    }
    const unsigned char *d = pl_bin_of(src)->data;
    size_t len = pl_bin_of(src)->len;
    int64_t size = -1;
    if (o[2] && (!pl_get_int64(slots[o[2] - 1], &size) || size < 0)) {
        return 0;
    }
    if (size < 0 && (spec & PL_SEG_SIZED)) {
        size = pl_seg_size(spec);
    }
    size_t take;
    pl_term v;
    switch (pl_seg_type(spec)) {
    case PL_SEG_INTEGER:
        size = size < 0 ? 8 : size;
        if (size % 8 || (size_t)(size / 8) > len) {
            return 0;
        }
        take = (size_t)size / 8;
        v = read_int(e, d, take, spec);
        break;
    case PL_SEG_FLOAT:
        size = size < 0 ? 64 : size;
        if ((size != 64 && size != 32) || (size_t)(size / 8) > len) {
            return 0;
        }
        take = (size_t)size / 8;
        v = read_float(e, d, take, spec);
        if (v == PL_NIL) {
            return 0;
        }
        break;
    case PL_SEG_UTF8: {
        uint32_t cp;
        take = len ? utf8_len(d, len, &cp) : 0;
        if (!take) {
            return 0;
        }
        v = pl_small(cp);
        break;
    }
    default:
        take = size < 0 ? len : (size_t)size;
        if (take > len) {
            return 0;
        }
        v = pl_bin_new(e, d, take);
        break;
    }
    pl_term rest = pl_bin_new(e, d + take, len - take);
    if (v == PL_NONE || rest == PL_NONE) {
        pl_release(e, v);
        pl_release(e, rest);
        pl_bif_nomem(p);
        return -1;
    }
    put(e, &slots[o[3]], v);
    put(e, &slots[o[3] + 1], rest);
    return 1;
}
