/* :erlang.term_to_binary/1,2 and the BIF side of binary_to_term/1,2: the
 * external term format byte for byte as OTP 25's erts writes it (external.c
 * enc_term with TERM_TO_BINARY_DFLAGS, minor version 1 by default).
 * Compression: proclab has no zlib, so [:compressed] is honoured only when OTP
 * would itself fall back to the plain encoding (see plain_even_compressed). */
#include <math.h>
#include <stdio.h>
#include "bif_etf.h"
#include "../atom.h"
#include "../map.h"
#include "../term_order.h"

/* ---- Output buffer ---- */

typedef struct buf {
    unsigned char *b;
    size_t n, cap;
    bool oom;
} buf;

static unsigned char *room(buf *o, size_t k)
{
    if (o->oom) {
        return NULL;
    }
    if (o->cap - o->n < k) {
        size_t cap = o->cap ? o->cap : 64;
        while (cap - o->n < k) {
            cap *= 2;
        }
        unsigned char *nb = realloc(o->b, cap);
        if (!nb) {
            o->oom = true;
            return NULL;
        }
        o->b = nb;
        o->cap = cap;
    }
    unsigned char *at = o->b + o->n;
    o->n += k;
    return at;
}

static void put8(buf *o, unsigned v)
{
    unsigned char *at = room(o, 1);
    if (at) {
        at[0] = (unsigned char)v;
    }
}

static void put16(buf *o, uint64_t v)
{
    unsigned char *at = room(o, 2);
    if (at) {
        at[0] = (unsigned char)(v >> 8);
        at[1] = (unsigned char)v;
    }
}

static void put32(buf *o, uint64_t v)
{
    unsigned char *at = room(o, 4);
    if (at) {
        for (int i = 0; i < 4; i++) {
            at[i] = (unsigned char)(v >> (24 - 8 * i));
        }
    }
}

static void put_bytes(buf *o, const void *d, size_t k)
{
    unsigned char *at = room(o, k);
    if (at && k) {
        memcpy(at, d, k);
    }
}

/* ---- Scalars ---- */

typedef struct enc {
    pl_engine *e;
    buf out;
    int minor;          // {:minor_version, 0 | 1 | 2}
    bool deterministic; // large maps in key order
    const char *fail;   // set when a term cannot be encoded (a local fun)
} enc;

/* The Latin-1 bytes of a UTF-8 name, or false when a character is above 255. */
static bool to_latin1(const unsigned char *s, size_t len, unsigned char out[256], size_t *k)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n == 256) {
            return false;
        }
        if (s[i] < 0x80) {
            out[n++] = s[i];
        } else if ((s[i] == 0xc2 || s[i] == 0xc3) && i + 1 < len) {
            out[n++] = (unsigned char)(((s[i] & 3) << 6) | (s[i + 1] & 0x3f));
            i++;
        } else {
            return false;
        }
    }
    *k = n;
    return true;
}

/* enc_atom: Latin-1 names as ATOM_EXT unless minor version 2, others as
 * (SMALL_)ATOM_UTF8_EXT. proclab's atom names are UTF-8. */
static void put_atom_name(enc *c, const unsigned char *s, size_t len)
{
    unsigned char tmp[256];
    size_t k;
    if (c->minor < 2 && to_latin1(s, len, tmp, &k)) {
        put8(&c->out, PL_ETF_ATOM);
        put16(&c->out, k);
        put_bytes(&c->out, tmp, k);
    } else if (len < 256) {
        put8(&c->out, PL_ETF_SMALL_ATOM_UTF8);
        put8(&c->out, (unsigned)len);
        put_bytes(&c->out, s, len);
    } else {
        put8(&c->out, PL_ETF_ATOM_UTF8);
        put16(&c->out, len);
        put_bytes(&c->out, s, len);
    }
}

static void put_atom(enc *c, pl_term a)
{
    put_atom_name(c, (const unsigned char *)pl_atom_name(&c->e->atoms, a),
                  pl_atom_len(&c->e->atoms, a));
}

/* SMALL_INTEGER_EXT, INTEGER_EXT, or SMALL_/LARGE_BIG_EXT (sign byte and the
 * magnitude little-endian). */
static void put_integer(enc *c, pl_term t)
{
    int64_t v;
    if (pl_get_int64(t, &v) && v >= 0 && v < 256) {
        put8(&c->out, PL_ETF_SMALL_INT);
        put8(&c->out, (unsigned)v);
        return;
    }
    if (pl_get_int64(t, &v) && v >= INT32_MIN && v <= INT32_MAX) {
        put8(&c->out, PL_ETF_INT);
        put32(&c->out, (uint64_t)(uint32_t)(int32_t)v);
        return;
    }
    mpz_t z;
    mpz_init(z);
    pl_to_mpz(z, t);
    size_t n = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (n < 256) {
        put8(&c->out, PL_ETF_SMALL_BIG);
        put8(&c->out, (unsigned)n);
    } else {
        put8(&c->out, PL_ETF_LARGE_BIG);
        put32(&c->out, n);
    }
    put8(&c->out, mpz_sgn(z) < 0);
    unsigned char *at = room(&c->out, n);
    if (at) {
        size_t count = 0;
        mpz_export(at, &count, -1, 1, -1, 0, z); /* least significant byte first */
    }
    mpz_clear(z);
}

/* NEW_FLOAT_EXT, or FLOAT_EXT ("%.20e" in 31 bytes) for minor version 0. */
static void put_float(enc *c, double d)
{
    if (c->minor == 0) {
        char s[64];
        int k = snprintf(s, sizeof s, "%.20e", d);
        unsigned char field[31] = { 0 };
        memcpy(field, s, k > 31 ? 31 : (size_t)k);
        put8(&c->out, PL_ETF_FLOAT);
        put_bytes(&c->out, field, 31);
        return;
    }
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put8(&c->out, PL_ETF_NEW_FLOAT);
    put32(&c->out, bits >> 32);
    put32(&c->out, bits & 0xffffffffu);
}

static void put_node(enc *c)
{
    put_atom_name(c, (const unsigned char *)PL_ETF_NODE, strlen(PL_ETF_NODE));
}

static void put_pid(enc *c, pl_term t)
{
    uint64_t n = pl_pid_serial(t);
    put8(&c->out, PL_ETF_NEW_PID);
    put_node(c);
    put32(&c->out, n & ((1u << PL_ETF_PID_ID_BITS) - 1));
    put32(&c->out, (n >> PL_ETF_PID_ID_BITS) & 0xffffffffu);
    put32(&c->out, 0);
}

static void put_ref(enc *c, pl_term t)
{
    uint64_t n = pl_ref_serial(t);
    put8(&c->out, PL_ETF_NEWER_REF);
    put16(&c->out, 3);
    put_node(c);
    put32(&c->out, 0);
    put32(&c->out, n & ((1u << PL_ETF_REF_W0_BITS) - 1));
    put32(&c->out, (n >> PL_ETF_REF_W0_BITS) & 0xffffffffu);
    put32(&c->out, n >> (PL_ETF_REF_W0_BITS + 32));
}

/* ---- Containers: an explicit stack of terms still to write ---- */

typedef struct todo {
    pl_term *v;
    size_t n, cap;
} todo;

static bool push(enc *c, todo *s, pl_term t)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        pl_term *v = realloc(s->v, cap * sizeof *v);
        if (!v) {
            c->out.oom = true;
            return false;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = t;
    return true;
}

/* is_external_string: a proper list of at most 65535 integers 0..255. */
static bool byte_string(pl_term l, size_t *len)
{
    size_t n = 0;
    for (; pl_is_cons(l); l = pl_tail(l), n++) {
        pl_term h = pl_head(l);
        if (n >= 0xffff || !pl_is_small(h) || pl_small_value(h) < 0 || pl_small_value(h) > 255) {
            return false;
        }
    }
    *len = n;
    return pl_is_nil(l);
}

static void put_list(enc *c, todo *s, pl_term t)
{
    size_t n;
    if (byte_string(t, &n)) {
        put8(&c->out, PL_ETF_STRING);
        put16(&c->out, n);
        unsigned char *at = room(&c->out, n);
        for (size_t i = 0; at && i < n; i++, t = pl_tail(t)) {
            at[i] = (unsigned char)pl_small_value(pl_head(t));
        }
        return;
    }
    n = 0;
    pl_term l = t;
    for (; pl_is_cons(l); l = pl_tail(l)) {
        n++;
    }
    put8(&c->out, PL_ETF_LIST);
    put32(&c->out, n);
    size_t base = s->n;
    if (!push(c, s, l)) { /* the tail comes last */
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (!push(c, s, PL_NONE)) {
            return;
        }
    }
    for (size_t i = 0; i < n; i++, t = pl_tail(t)) {
        s->v[base + n - i] = pl_head(t);
    }
}

/* Map pairs in the BEAM's order; [:deterministic] sorts them by key. */
static int cmp_keys(const pl_engine *e, pl_term m, uint64_t a, uint64_t b)
{
    return pl_compare_exact(e, pl_map_key(m, a), pl_map_key(m, b));
}

static uint64_t *sorted_indices(enc *c, pl_term m, uint64_t n)
{
    uint64_t *ix = malloc((n ? n : 1) * sizeof *ix), *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!ix || !tmp) {
        free(ix);
        free(tmp);
        c->out.oom = true;
        return NULL;
    }
    for (uint64_t i = 0; i < n; i++) {
        ix[i] = i;
    }
    for (uint64_t w = 1; w < n; w *= 2) {
        for (uint64_t lo = 0; lo < n; lo += 2 * w) {
            uint64_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            uint64_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                tmp[k++] = cmp_keys(c->e, m, ix[i], ix[j]) <= 0 ? ix[i++] : ix[j++];
            }
            while (i < mid) {
                tmp[k++] = ix[i++];
            }
            while (j < hi) {
                tmp[k++] = ix[j++];
            }
        }
        memcpy(ix, tmp, n * sizeof *ix);
    }
    free(tmp);
    return ix;
}

static void put_map(enc *c, todo *s, pl_term m)
{
    uint64_t n = pl_map_size(m);
    put8(&c->out, PL_ETF_MAP);
    put32(&c->out, n);
    uint64_t *ix = c->deterministic && n > 1 ? sorted_indices(c, m, n) : NULL;
    if (c->deterministic && n > 1 && !ix) {
        return;
    }
    for (uint64_t k = n; k-- > 0;) {
        uint64_t i = ix ? ix[k] : k;
        if (!push(c, s, pl_map_val(m, i)) || !push(c, s, pl_map_key(m, i))) {
            break;
        }
    }
    free(ix);
}

static void put_fun(enc *c, pl_term t)
{
    const pl_fun *f = pl_fun_of(t);
    if (f->fn != NULL) {
        c->fail = "proclab cannot encode a local fun (NEW_FUN_EXT)";
        return;
    }
    put8(&c->out, PL_ETF_EXPORT);
    put_atom(c, f->mod);
    put_atom(c, f->name);
    put8(&c->out, PL_ETF_SMALL_INT);
    put8(&c->out, f->arity & 0xff);
}

/* Writes [t] after the version byte; iterative, so nesting depth is free. */
static void encode(enc *c, pl_term t)
{
    todo s = { 0 };
    push(c, &s, t);
    while (s.n > 0 && !c->out.oom && !c->fail) {
        t = s.v[--s.n];
        if (pl_is_small(t) || pl_is_big(t)) {
            put_integer(c, t);
        } else if (pl_is_atom(t)) {
            put_atom(c, t);
        } else if (pl_is_nil(t)) {
            put8(&c->out, PL_ETF_NIL);
        } else if (pl_is_pid(t)) {
            put_pid(c, t);
        } else if (pl_is_ref(t)) {
            put_ref(c, t);
        } else if (pl_is_float(t)) {
            put_float(c, pl_float_value(t));
        } else if (pl_is_cons(t)) {
            put_list(c, &s, t);
        } else if (pl_is_tuple(t)) {
            uint64_t n = pl_tuple_arity(t);
            if (n <= 0xff) {
                put8(&c->out, PL_ETF_SMALL_TUPLE);
                put8(&c->out, (unsigned)n);
            } else {
                put8(&c->out, PL_ETF_LARGE_TUPLE);
                put32(&c->out, n);
            }
            for (uint64_t i = n; i-- > 0 && push(c, &s, pl_tuple_get(t, i));) {
            }
        } else if (pl_is_bin(t)) {
            put8(&c->out, PL_ETF_BINARY);
            put32(&c->out, pl_bin_of(t)->len);
            put_bytes(&c->out, pl_bin_of(t)->data, pl_bin_of(t)->len);
        } else if (pl_is_map(t)) {
            put_map(c, &s, t);
        } else if (pl_is_fun(t)) {
            put_fun(c, t);
        } else {
            c->fail = "term kind unknown to the external format";
        }
    }
    free(s.v);
}

/* ---- Compression ---- */

/* True when zlib could not fit [b] (the encoding without the version byte)
 * into n - 5 bytes, so OTP 25 emits it uncompressed even with :compressed.
 * zlib (deflateInit at level >= 1, window 32K, 16K-symbol blocks) only emits
 * matches of 3+ bytes; with no 3-byte sequence repeated, short input becomes
 * one block of literals, which costs at least min(stored: n + 5 bytes, fixed
 * Huffman: 3 + sum(8 or 9) + 7 bits, dynamic: 29 header bits + n * entropy)
 * plus 2 bytes of zlib header and 4 of Adler-32. Any block at all takes 3+
 * bytes (fixed Huffman: 3 header bits, a first literal of 8+, end of block 7).
 * Otherwise we cannot tell. */
static bool plain_even_compressed(const unsigned char *b, size_t n)
{
    if (n < 14) { /* any zlib stream of non-empty input takes 9+ bytes */
        return true;
    }
    if (n > 4096) {
        return false;
    }
    unsigned counts[256] = { 0 };
    double fixed_bits = 3 + 7;
    for (size_t i = 0; i < n; i++) {
        counts[b[i]]++;
        fixed_bits += b[i] < 144 ? 8 : 9;
    }
    for (size_t i = 0; i + 2 < n; i++) {
        for (size_t j = i + 1; j + 2 < n; j++) {
            if (b[i] == b[j] && b[i + 1] == b[j + 1] && b[i + 2] == b[j + 2]) {
                return false;
            }
        }
    }
    double entropy_bits = 0;
    for (int k = 0; k < 256; k++) {
        if (counts[k]) {
            double q = (double)counts[k] / (double)n;
            entropy_bits -= (double)counts[k] * log2(q);
        }
    }
    double dynamic_bits = 29 + entropy_bits * (1 - 1e-9);
    double stored_bits = 8.0 * (double)(n + 5);
    double best = fmin(stored_bits, fmin(fixed_bits, dynamic_bits));
    double zlib_bytes = 2 + ceil(best / 8) + 4;
    return zlib_bytes > (double)(n - 5);
}

/* ---- BIFs ---- */

/* parse_t2b_opts: compressed, {compressed, 0..9}, {minor_version, 0..2},
 * deterministic. */
static bool t2b_opts(pl_proc *p, pl_term opts, enc *c, int *level)
{
    pl_engine *e = p->e;
    pl_term compressed = pl_bif_atom(e, "compressed");
    for (; pl_is_cons(opts); opts = pl_tail(opts)) {
        pl_term o = pl_head(opts);
        int64_t v;
        if (o == compressed) {
            *level = 6;
        } else if (o == pl_bif_atom(e, "deterministic")) {
            c->deterministic = true;
        } else if (pl_is_tuple(o) && pl_tuple_arity(o) == 2 && pl_is_small(pl_tuple_get(o, 1))) {
            v = pl_small_value(pl_tuple_get(o, 1));
            if (pl_tuple_get(o, 0) == pl_bif_atom(e, "minor_version") && v >= 0 && v <= 2) {
                c->minor = (int)v;
            } else if (pl_tuple_get(o, 0) == compressed && v >= 0 && v <= 9) {
                *level = (int)v;
            } else {
                return false;
            }
        } else {
            return false;
        }
    }
    return pl_is_nil(opts);
}

static pl_term term_to_binary(pl_proc *p, pl_term t, pl_term opts)
{
    enc c = { .e = p->e, .minor = 1 };
    int level = 0;
    if (!t2b_opts(p, opts, &c, &level)) {
        return pl_bif_badarg_at(p, 2, "invalid option in list");
    }
    put8(&c.out, PL_ETF_VERSION);
    encode(&c, t);
    pl_term r = PL_NONE;
    if (c.out.oom) {
        r = pl_bif_nomem(p);
    } else if (c.fail) {
        r = pl_bif_badarg_at(p, 1, c.fail);
    } else if (level > 0 && !plain_even_compressed(c.out.b + 1, c.out.n - 1)) {
        r = pl_bif_badarg_at(p, 2, "proclab cannot compress (no zlib); OTP would compress this");
    } else if ((r = pl_bin_new(p->e, c.out.b, c.out.n)) == PL_NONE) {
        r = pl_bif_nomem(p);
    }
    free(c.out.b);
    return r;
}

PL_BIF(erlang_term_to_binary_1) { return term_to_binary(p, args[0], PL_NIL); }
PL_BIF(erlang_term_to_binary_2) { return term_to_binary(p, args[0], args[1]); }

static pl_term binary_to_term(pl_proc *p, pl_term b, pl_term opts)
{
    pl_engine *e = p->e;
    if (!pl_is_bin(b)) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    pl_etf_dec_flags f = 0;
    for (; pl_is_cons(opts); opts = pl_tail(opts)) {
        if (pl_head(opts) == pl_bif_atom(e, "safe")) {
            f |= PL_ETF_DEC_SAFE;
        } else if (pl_head(opts) == pl_bif_atom(e, "used")) {
            f |= PL_ETF_DEC_USED;
        } else {
            return pl_bif_badarg_at(p, 2, "invalid option in list");
        }
    }
    if (!pl_is_nil(opts)) {
        return pl_bif_badarg_at(p, 2, "invalid option in list");
    }
    return pl_etf_decode(p, pl_bin_of(b)->data, pl_bin_of(b)->len, f);
}

PL_BIF(erlang_binary_to_term_1) { return binary_to_term(p, args[0], PL_NIL); }
PL_BIF(erlang_binary_to_term_2) { return binary_to_term(p, args[0], args[1]); }
