/* binary_to_term: the external term format back into terms, accepting what
 * OTP 25's dec_term accepts for the kinds proclab has, and badarg for anything
 * malformed. Iterative (an explicit stack of open containers) and every length
 * is checked against the bytes left before anything is allocated, so hostile
 * input can neither crash it nor make it allocate more than its own size. */
#include <math.h>
#include "bif_etf.h"
#include "../atom.h"
#include "../map.h"

enum { F_TUPLE, F_LIST, F_MAP };

/* An open container. Slots not yet filled hold [], so a partial container is
 * always a valid term and releasing it on error frees what was decoded. */
typedef struct frame {
    int kind;
    uint64_t need, i; // sub-terms expected / received
    pl_term acc;      // the tuple, or the list's first cell
    pl_term last;     // the list's last cell
    pl_term *kv;      // a map's keys [0, n) and values [n, 2n)
} frame;

typedef struct dec {
    pl_engine *e;
    const unsigned char *b;
    size_t n, pos;
    pl_etf_dec_flags f;
    bool nomem;
    frame *fs;
    size_t nfs, capfs;
} dec;

typedef enum { D_ERR, D_VALUE, D_OPENED } dstatus;

/* ---- Reading ---- */

static bool avail(const dec *d, uint64_t k) { return d->n - d->pos >= k; }
static unsigned get8(dec *d) { return d->b[d->pos++]; }
static unsigned get16(dec *d)
{
    unsigned v = (unsigned)d->b[d->pos] << 8 | d->b[d->pos + 1];
    d->pos += 2;
    return v;
}
static uint32_t get32(dec *d)
{
    const unsigned char *s = d->b + d->pos;
    d->pos += 4;
    return (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3];
}

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF);
 * [chars] gets the number of characters. */
static bool utf8_chars(const unsigned char *s, size_t len, size_t *chars)
{
    static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    size_t i = 0, c = 0;
    while (i < len) {
        unsigned b0 = s[i];
        size_t k = b0 < 0x80 ? 1 : (b0 & 0xe0) == 0xc0 ? 2 : (b0 & 0xf0) == 0xe0 ? 3
                 : (b0 & 0xf8) == 0xf0                 ? 4 : 0;
        if (k == 0 || i + k > len) {
            return false;
        }
        uint32_t cp = k == 1 ? b0 : b0 & (0x7fu >> k);
        for (size_t j = 1; j < k; j++) {
            if ((s[i + j] & 0xc0) != 0x80) {
                return false;
            }
            cp = cp << 6 | (s[i + j] & 0x3f);
        }
        if (cp < min_cp[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
        i += k;
        c++;
    }
    *chars = c;
    return true;
}

/* An atom from its name bytes; with [:safe] only an existing one. */
static pl_term make_atom(dec *d, const unsigned char *s, size_t len, bool utf8)
{
    unsigned char tmp[512];
    size_t chars = len;
    if (!utf8) { /* Latin-1 to UTF-8 */
        if (len > 255) {
            return PL_NONE;
        }
        size_t k = 0;
        for (size_t i = 0; i < len; i++) {
            if (s[i] < 0x80) {
                tmp[k++] = s[i];
            } else {
                tmp[k++] = (unsigned char)(0xc0 | s[i] >> 6);
                tmp[k++] = (unsigned char)(0x80 | (s[i] & 0x3f));
            }
        }
        s = tmp;
        len = k;
    } else if (!utf8_chars(s, len, &chars) || chars > 255) {
        return PL_NONE;
    }
    if (d->f & PL_ETF_DEC_SAFE) {
        return pl_atom_lookup(&d->e->atoms, (const char *)s, len);
    }
    pl_term a = pl_atom_intern(&d->e->atoms, (const char *)s, len);
    d->nomem = a == PL_NONE;
    return a;
}

static pl_term read_atom(dec *d)
{
    if (!avail(d, 1)) {
        return PL_NONE;
    }
    unsigned tag = get8(d);
    bool small = tag == PL_ETF_SMALL_ATOM || tag == PL_ETF_SMALL_ATOM_UTF8;
    bool utf8 = tag == PL_ETF_ATOM_UTF8 || tag == PL_ETF_SMALL_ATOM_UTF8;
    if (tag != PL_ETF_ATOM && !small && !utf8) {
        return PL_NONE;
    }
    if (!avail(d, small ? 1 : 2)) {
        return PL_NONE;
    }
    size_t len = small ? get8(d) : get16(d);
    if (!avail(d, len)) {
        return PL_NONE;
    }
    d->pos += len;
    return make_atom(d, d->b + d->pos - len, len, utf8);
}

static bool local_node(const dec *d, pl_term node)
{
    return pl_atom_len(&d->e->atoms, node) == strlen(PL_ETF_NODE) &&
           memcmp(pl_atom_name(&d->e->atoms, node), PL_ETF_NODE, strlen(PL_ETF_NODE)) == 0;
}

/* ---- Scalars ---- */

static pl_term read_big(dec *d, uint64_t n)
{
    if (!avail(d, 1) || !avail(d, n + 1)) {
        return PL_NONE;
    }
    bool neg = get8(d) != 0;
    mpz_t z;
    mpz_init(z);
    if (n > 0) {
        mpz_import(z, n, -1, 1, 0, 0, d->b + d->pos);
    }
    d->pos += n;
    if (neg) {
        mpz_neg(z, z);
    }
    pl_term t = pl_big_from_mpz(d->e, z);
    mpz_clear(z);
    d->nomem = t == PL_NONE;
    return t;
}

/* FLOAT_EXT: a NUL-padded "%.20e" text in 31 bytes. */
static pl_term read_old_float(dec *d)
{
    if (!avail(d, 31)) {
        return PL_NONE;
    }
    char s[32];
    memcpy(s, d->b + d->pos, 31);
    s[31] = 0;
    d->pos += 31;
    char *end;
    if (!(s[0] == '-' || s[0] == '+' || (s[0] >= '0' && s[0] <= '9'))) {
        return PL_NONE;
    }
    double v = strtod(s, &end);
    if (end == s || *end != 0 || !isfinite(v)) {
        return PL_NONE;
    }
    pl_term t = pl_float_new(d->e, v);
    d->nomem = t == PL_NONE;
    return t;
}

static pl_term read_new_float(dec *d)
{
    if (!avail(d, 8)) {
        return PL_NONE;
    }
    uint64_t bits = (uint64_t)get32(d) << 32;
    bits |= get32(d);
    double v;
    memcpy(&v, &bits, sizeof v);
    if (!isfinite(v)) {
        return PL_NONE;
    }
    pl_term t = pl_float_new(d->e, v);
    d->nomem = t == PL_NONE;
    return t;
}

/* NEW_PID_EXT / PID_EXT: only this node's pids (creation 0) exist in proclab. */
static pl_term read_pid(dec *d, bool new_ext)
{
    pl_term node = read_atom(d);
    if (node == PL_NONE || !avail(d, new_ext ? 12 : 9)) {
        return PL_NONE;
    }
    uint32_t id = get32(d), serial = get32(d), creation = new_ext ? get32(d) : get8(d);
    if (id >> PL_ETF_PID_ID_BITS || serial >> PL_ETF_PID_SERIAL_BITS || creation != 0 ||
        !local_node(d, node)) {
        return PL_NONE;
    }
    return pl_pid((uint64_t)serial << PL_ETF_PID_ID_BITS | id);
}

/* NEWER_REFERENCE_EXT / NEW_REFERENCE_EXT: proclab's refs are the local
 * three-word ones whose third word is small. */
static pl_term read_ref(dec *d, bool newer)
{
    if (!avail(d, 2)) {
        return PL_NONE;
    }
    unsigned len = get16(d);
    pl_term node = read_atom(d);
    if (node == PL_NONE || len != 3 || !avail(d, (newer ? 4 : 1) + 4 * (uint64_t)len)) {
        return PL_NONE;
    }
    uint32_t creation = newer ? get32(d) : get8(d);
    uint32_t w0 = get32(d), w1 = get32(d), w2 = get32(d);
    if (w0 >> PL_ETF_REF_W0_BITS || w2 >> 8 || creation != 0 || !local_node(d, node)) {
        return PL_NONE;
    }
    return pl_ref((uint64_t)w2 << (PL_ETF_REF_W0_BITS + 32) | (uint64_t)w1 << PL_ETF_REF_W0_BITS |
                  w0);
}

static pl_term read_export(dec *d)
{
    pl_term mod = read_atom(d);
    pl_term name = mod == PL_NONE ? PL_NONE : read_atom(d);
    if (name == PL_NONE || !avail(d, 2)) {
        return PL_NONE;
    }
    unsigned tag = get8(d);
    int64_t arity = -1;
    if (tag == PL_ETF_SMALL_INT) {
        arity = get8(d);
    } else if (tag == PL_ETF_INT && avail(d, 4)) {
        arity = (int32_t)get32(d);
    }
    if (arity < 0 || arity > 255) {
        return PL_NONE;
    }
    pl_term t = pl_fun_ext(d->e, mod, name, (uint32_t)arity);
    d->nomem = t == PL_NONE;
    return t;
}

static pl_term read_string(dec *d)
{
    if (!avail(d, 2)) {
        return PL_NONE;
    }
    size_t len = get16(d);
    if (!avail(d, len)) {
        return PL_NONE;
    }
    pl_term l = PL_NIL;
    for (size_t i = len; i-- > 0 && l != PL_NONE;) {
        l = pl_cons_new(d->e, pl_small(d->b[d->pos + i]), l);
    }
    d->pos += len;
    d->nomem = l == PL_NONE;
    return l;
}

static pl_term read_binary(dec *d, bool bits)
{
    if (!avail(d, bits ? 5 : 4)) {
        return PL_NONE;
    }
    uint32_t len = get32(d);
    /* proclab binaries are whole bytes: a BIT_BINARY_EXT must end on one */
    if (bits && (get8(d) != 8 || len == 0)) {
        return PL_NONE;
    }
    if (!avail(d, len)) {
        return PL_NONE;
    }
    pl_term t = pl_bin_new(d->e, d->b + d->pos, len);
    d->pos += len;
    d->nomem = t == PL_NONE;
    return t;
}

/* ---- Containers ---- */

static bool open_frame(dec *d, int kind, uint64_t need)
{
    if (d->nfs == d->capfs) {
        size_t cap = d->capfs ? d->capfs * 2 : 16;
        frame *fs = realloc(d->fs, cap * sizeof *fs);
        if (!fs) {
            d->nomem = true;
            return false;
        }
        d->fs = fs;
        d->capfs = cap;
    }
    frame f = { .kind = kind, .need = need, .acc = PL_NIL, .last = PL_NIL };
    if (kind == F_TUPLE) {
        f.acc = pl_tuple_new(d->e, need);
    } else if (kind == F_MAP) {
        f.kv = malloc(need * sizeof *f.kv);
        for (uint64_t i = 0; f.kv && i < need; i++) {
            f.kv[i] = PL_NIL;
        }
    }
    if (f.acc == PL_NONE || (kind == F_MAP && !f.kv)) {
        d->nomem = true;
        return false;
    }
    d->fs[d->nfs++] = f;
    return true;
}

static void free_frame(pl_engine *e, frame *f)
{
    pl_release(e, f->acc);
    if (f->kv) {
        for (uint64_t i = 0; i < f->need; i++) {
            pl_release(e, f->kv[i]);
        }
        free(f->kv);
    }
}

/* A container header: its children must each take at least one byte. */
static dstatus open_sized(dec *d, int kind, uint64_t count, uint64_t per, pl_term *v)
{
    if (count == 0) {
        *v = kind == F_TUPLE ? pl_tuple_new(d->e, 0) : pl_map_empty(d->e);
        d->nomem = *v == PL_NONE;
        return *v == PL_NONE ? D_ERR : D_VALUE;
    }
    if (!avail(d, count * per)) {
        return D_ERR;
    }
    return open_frame(d, kind, count * per) ? D_OPENED : D_ERR;
}

/* Decodes the next term: a whole value, or the header of a container (then
 * its children follow as separate steps). */
static dstatus decode_one(dec *d, pl_term *v)
{
    if (!avail(d, 1)) {
        return D_ERR;
    }
    unsigned tag = d->b[d->pos];
    uint64_t n;
    if (tag == PL_ETF_ATOM || tag == PL_ETF_SMALL_ATOM || tag == PL_ETF_ATOM_UTF8 ||
        tag == PL_ETF_SMALL_ATOM_UTF8) {
        *v = read_atom(d);
        return *v == PL_NONE ? D_ERR : D_VALUE;
    }
    d->pos++;
    switch (tag) {
    case PL_ETF_SMALL_INT:
        if (!avail(d, 1)) {
            return D_ERR;
        }
        *v = pl_small(get8(d));
        return D_VALUE;
    case PL_ETF_INT:
        if (!avail(d, 4)) {
            return D_ERR;
        }
        *v = pl_small((int32_t)get32(d));
        return D_VALUE;
    case PL_ETF_SMALL_BIG:
    case PL_ETF_LARGE_BIG:
        if (!avail(d, tag == PL_ETF_SMALL_BIG ? 1 : 4)) {
            return D_ERR;
        }
        *v = read_big(d, tag == PL_ETF_SMALL_BIG ? get8(d) : get32(d));
        break;
    case PL_ETF_NEW_FLOAT: *v = read_new_float(d); break;
    case PL_ETF_FLOAT: *v = read_old_float(d); break;
    case PL_ETF_NIL: *v = PL_NIL; break;
    case PL_ETF_STRING: *v = read_string(d); break;
    case PL_ETF_BINARY: *v = read_binary(d, false); break;
    case PL_ETF_BIT_BINARY: *v = read_binary(d, true); break;
    case PL_ETF_NEW_PID: *v = read_pid(d, true); break;
    case PL_ETF_PID: *v = read_pid(d, false); break;
    case PL_ETF_NEWER_REF: *v = read_ref(d, true); break;
    case PL_ETF_NEW_REF: *v = read_ref(d, false); break;
    case PL_ETF_EXPORT: *v = read_export(d); break;
    case PL_ETF_SMALL_TUPLE:
    case PL_ETF_LARGE_TUPLE:
        if (!avail(d, tag == PL_ETF_SMALL_TUPLE ? 1 : 4)) {
            return D_ERR;
        }
        n = tag == PL_ETF_SMALL_TUPLE ? get8(d) : get32(d);
        return open_sized(d, F_TUPLE, n, 1, v);
    case PL_ETF_MAP:
        if (!avail(d, 4)) {
            return D_ERR;
        }
        return open_sized(d, F_MAP, get32(d), 2, v);
    case PL_ETF_LIST:
        if (!avail(d, 4)) {
            return D_ERR;
        }
        n = get32(d);
        if (n == 0) { /* [] ++ tail: the tail is the value */
            return D_OPENED;
        }
        return avail(d, n + 1) && open_frame(d, F_LIST, n + 1) ? D_OPENED : D_ERR;
    default:
        return D_ERR;
    }
    return *v == PL_NONE ? D_ERR : D_VALUE;
}

/* Gives [v] (taken) to the innermost open container: 1 when that container is
 * now complete (it is popped into [v]), 0 when it wants more, -1 on error. */
static int deliver(dec *d, pl_term *v)
{
    frame *f = &d->fs[d->nfs - 1];
    uint64_t i = f->i++;
    if (f->kind == F_TUPLE) {
        pl_tuple_of(f->acc)->el[i] = *v;
    } else if (f->kind == F_MAP) {
        f->kv[(i & 1) ? f->need / 2 + i / 2 : i / 2] = *v;
    } else if (i + 1 == f->need) { /* the list's tail */
        pl_cons_of(f->last)->tail = *v;
    } else {
        pl_term cell = pl_cons_new(d->e, *v, PL_NIL);
        if (cell == PL_NONE) {
            d->nomem = true;
            return -1;
        }
        if (f->acc == PL_NIL) {
            f->acc = cell;
        } else {
            pl_cons_of(f->last)->tail = cell;
        }
        f->last = cell;
    }
    if (f->i < f->need) {
        return 0;
    }
    if (f->kind == F_MAP) {
        uint64_t n = f->need / 2;
        pl_term m = pl_map_from_arrays(d->e, f->kv, f->kv + n, n);
        free_frame(d->e, f);
        d->nfs--;
        if (m == PL_NONE) {
            d->nomem = true;
            return -1;
        }
        if (pl_map_size(m) != n) { /* a duplicate key */
            pl_release(d->e, m);
            return -1;
        }
        *v = m;
        return 1;
    }
    *v = f->acc;
    d->nfs--;
    return 1;
}

pl_term pl_etf_decode(pl_proc *p, const unsigned char *data, size_t len, pl_etf_dec_flags f)
{
    dec d = { .e = p->e, .b = data, .n = len, .pos = 1, .f = f };
    pl_term v = PL_NONE;
    if (len < 2 || data[0] != PL_ETF_VERSION) {
        goto fail;
    }
    if (len >= 6 && data[1] == PL_ETF_COMPRESSED) {
        return pl_bif_badarg_at(p, 1, "proclab cannot uncompress external terms (no zlib)");
    }
    for (;;) {
        dstatus st = decode_one(&d, &v);
        if (st == D_ERR) {
            goto fail;
        }
        if (st == D_OPENED) {
            continue;
        }
        int r = 1;
        while (d.nfs > 0 && (r = deliver(&d, &v)) == 1) {
        }
        if (r < 0) {
            goto fail;
        }
        if (d.nfs == 0) {
            break;
        }
    }
    free(d.fs);
    if (f & PL_ETF_DEC_USED) {
        pl_term r = pl_tuple2(p->e, v, pl_int64(p->e, (int64_t)d.pos));
        return r == PL_NONE ? pl_bif_nomem(p) : r;
    }
    return v;
fail:
    while (d.nfs > 0) {
        free_frame(p->e, &d.fs[--d.nfs]);
    }
    free(d.fs);
    if (d.nomem) {
        return pl_bif_nomem(p);
    }
    return pl_bif_badarg_at(p, 1, (f & PL_ETF_DEC_SAFE)
                                      ? "invalid or unsafe external representation of a term"
                                      : "invalid external representation of a term");
}
