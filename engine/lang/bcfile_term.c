/* The byte layer of bcfile: varints, atoms by name, and terms. Terms are written
 * and read with explicit stacks, never C recursion, so a million-element list or a
 * map nested a hundred thousand deep costs heap, not C stack. */
#include <stdlib.h>
#include "../engine.h"
#include "../map.h"
#include "bcfile_int.h"

enum {
    T_SMALL = 1,  // zigzag varint
    T_ATOM,       // atom
    T_NIL,        // []
    T_BIG,        // sign byte, byte count, magnitude (big-endian)
    T_FLOAT,      // IEEE bits, 8 bytes little-endian
    T_BIN,        // length, bytes
    T_LIST,       // n cells (>= 1): n heads, then the tail
    T_TUPLE,      // arity, elements
    T_MAP,        // size, then key, value, key, value ...
    T_FUN_EXT,    // atom module, atom name, arity: &M.f/a
};

/* ---- Writing bytes ---- */

void bc_writer_init(bc_writer *w, pl_engine *e)
{
    *w = (bc_writer){ .e = e, .st = PL_BC_OK };
}

void bc_writer_free(bc_writer *w)
{
    free(w->buf);
    free(w->atom_ids);
    w->buf = NULL;
    w->atom_ids = NULL;
}

static bool reserve(bc_writer *w, size_t n)
{
    if (w->st != PL_BC_OK) {
        return false;
    }
    if (w->len + n <= w->cap) {
        return true;
    }
    size_t cap = w->cap ? w->cap : 4096;
    while (cap < w->len + n) {
        cap *= 2;
    }
    uint8_t *buf = realloc(w->buf, cap);
    if (!buf) {
        w->st = PL_BC_NOMEM;
        return false;
    }
    w->buf = buf;
    w->cap = cap;
    return true;
}

void bc_put_byte(bc_writer *w, uint8_t b)
{
    if (reserve(w, 1)) {
        w->buf[w->len++] = b;
    }
}

void bc_put_bytes(bc_writer *w, const void *data, size_t n)
{
    if (n && reserve(w, n)) {
        memcpy(w->buf + w->len, data, n);
        w->len += n;
    }
}

void bc_put_uvar(bc_writer *w, uint64_t v)
{
    if (!reserve(w, 10)) {
        return;
    }
    while (v >= 0x80) {
        w->buf[w->len++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    w->buf[w->len++] = (uint8_t)v;
}

void bc_put_svar(bc_writer *w, int64_t v)
{
    bc_put_uvar(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void bc_put_u64(bc_writer *w, uint64_t v)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(v >> (8 * i));
    }
    bc_put_bytes(w, b, 8);
}

/* An atom is (number << 1) when this stream already named it, else
 * (length << 1 | 1) followed by its name, which takes the next number. */
void bc_put_atom(bc_writer *w, pl_term atom)
{
    uint32_t idx = pl_atom_index(atom);
    if (idx >= w->atom_ids_cap) {
        uint32_t cap = w->e->atoms.count > idx ? w->e->atoms.count : idx + 1;
        uint32_t *ids = realloc(w->atom_ids, cap * sizeof *ids);
        if (!ids) {
            w->st = PL_BC_NOMEM;
            return;
        }
        memset(ids + w->atom_ids_cap, 0, (cap - w->atom_ids_cap) * sizeof *ids);
        w->atom_ids = ids;
        w->atom_ids_cap = cap;
    }
    if (w->atom_ids[idx]) {
        bc_put_uvar(w, (uint64_t)(w->atom_ids[idx] - 1) << 1);
        return;
    }
    uint32_t len = pl_atom_len(&w->e->atoms, atom);
    bc_put_uvar(w, ((uint64_t)len << 1) | 1);
    bc_put_bytes(w, pl_atom_name(&w->e->atoms, atom), len);
    w->atom_ids[idx] = ++w->next_atom;
}

/* ---- Reading bytes ---- */

void bc_reader_init(bc_reader *r, pl_engine *e, const uint8_t *data, size_t len)
{
    *r = (bc_reader){ .e = e, .p = data, .end = data + len, .st = PL_BC_OK };
}

void bc_reader_free(bc_reader *r)
{
    free(r->atoms);
    r->atoms = NULL;
}

bool bc_fail(bc_reader *r, pl_bcfile_status st)
{
    if (r->st == PL_BC_OK) {
        r->st = st;
    }
    r->p = r->end;
    return false;
}

uint8_t bc_get_byte(bc_reader *r)
{
    if (r->p >= r->end) {
        return (uint8_t)bc_fail(r, PL_BC_CORRUPT);
    }
    return *r->p++;
}

uint64_t bc_get_uvar_slow(bc_reader *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            return bc_fail(r, PL_BC_CORRUPT);
        }
        uint8_t b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            return v;
        }
    }
    return bc_fail(r, PL_BC_CORRUPT);
}

uint32_t bc_get_count(bc_reader *r, uint64_t max)
{
    uint64_t v = bc_get_uvar(r);
    if (v > max || v > UINT32_MAX) {
        return bc_fail(r, PL_BC_CORRUPT);
    }
    return (uint32_t)v;
}

int64_t bc_get_svar(bc_reader *r)
{
    uint64_t v = bc_get_uvar(r);
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

uint64_t bc_get_u64(bc_reader *r)
{
    if (bc_left(r) < 8) {
        return bc_fail(r, PL_BC_CORRUPT);
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v |= (uint64_t)r->p[i] << (8 * i);
    }
    r->p += 8;
    return v;
}

static pl_term new_atom(bc_reader *r, uint32_t len)
{
    if (r->natoms == r->atoms_cap) {
        uint32_t cap = r->atoms_cap ? r->atoms_cap * 2 : 256;
        pl_term *atoms = realloc(r->atoms, cap * sizeof *atoms);
        if (!atoms) {
            bc_fail(r, PL_BC_NOMEM);
            return PL_NONE;
        }
        r->atoms = atoms;
        r->atoms_cap = cap;
    }
    pl_term a = pl_atom_intern(&r->e->atoms, (const char *)r->p, len);
    if (a == PL_NONE) {
        bc_fail(r, PL_BC_NOMEM);
        return PL_NONE;
    }
    r->p += len;
    r->atoms[r->natoms++] = a;
    return a;
}

pl_term bc_get_atom(bc_reader *r)
{
    uint64_t v = bc_get_uvar(r);
    if (r->st != PL_BC_OK) {
        return PL_NONE;
    }
    if (v & 1) {
        if ((v >> 1) > bc_left(r)) {
            bc_fail(r, PL_BC_CORRUPT);
            return PL_NONE;
        }
        return new_atom(r, (uint32_t)(v >> 1));
    }
    if ((v >> 1) >= r->natoms) {
        bc_fail(r, PL_BC_CORRUPT);
        return PL_NONE;
    }
    return r->atoms[v >> 1];
}

/* ---- Writing terms ---- */

/* A container whose children are still being written. For a list, [t] is the
 * cell whose head comes next, then the improper or [] tail ([i] = 1 after it). */
typedef struct wframe {
    pl_term t;
    uint64_t i;
    bool list;
} wframe;

typedef struct wstack {
    wframe *items;
    size_t len, cap;
} wstack;

static void push_wframe(bc_writer *w, wstack *s, pl_term t)
{
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        wframe *items = realloc(s->items, cap * sizeof *items);
        if (!items) {
            w->st = PL_BC_NOMEM;
            return;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = (wframe){ t, 0, pl_is_cons(t) };
}

static uint64_t list_cells(pl_term t)
{
    uint64_t n = 0;
    for (; pl_is_cons(t); t = pl_tail(t)) {
        n++;
    }
    return n;
}

static void put_big(bc_writer *w, pl_term t)
{
    mpz_srcptr z = pl_big_value(t);
    size_t n = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (!reserve(w, n + 12)) {
        return;
    }
    bc_put_byte(w, T_BIG);
    bc_put_byte(w, mpz_sgn(z) < 0);
    bc_put_uvar(w, n);
    size_t count = 0;
    mpz_export(w->buf + w->len, &count, 1, 1, 1, 0, z);
    w->len += count;
}

static void put_scalar_box(bc_writer *w, pl_term t)
{
    if (pl_is_float(t)) {
        double d = pl_float_value(t);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        bc_put_byte(w, T_FLOAT);
        bc_put_u64(w, bits);
    } else if (pl_is_bin(t)) {
        bc_put_byte(w, T_BIN);
        bc_put_uvar(w, pl_bin_of(t)->len);
        bc_put_bytes(w, pl_bin_of(t)->data, pl_bin_of(t)->len);
    } else if (pl_is_big(t)) {
        put_big(w, t);
    } else if (pl_is_fun(t) && !pl_fun_of(t)->fn) {
        bc_put_byte(w, T_FUN_EXT);
        bc_put_atom(w, pl_fun_of(t)->mod);
        bc_put_atom(w, pl_fun_of(t)->name);
        bc_put_uvar(w, pl_fun_of(t)->arity);
    } else if (w->st == PL_BC_OK) {
        w->st = PL_BC_UNSUPPORTED; /* a closure: its code lives in one engine */
    }
}

/* Writes [t]'s tag and fixed part; a non-empty container is pushed so its
 * children follow. */
static void put_one(bc_writer *w, wstack *s, pl_term t)
{
    uint64_t n;
    if (pl_is_small(t)) {
        bc_put_byte(w, T_SMALL);
        bc_put_svar(w, pl_small_value(t));
    } else if (pl_is_atom(t)) {
        bc_put_byte(w, T_ATOM);
        bc_put_atom(w, t);
    } else if (pl_is_nil(t)) {
        bc_put_byte(w, T_NIL);
    } else if (pl_is_tuple(t) || pl_is_map(t)) {
        n = pl_is_tuple(t) ? pl_tuple_arity(t) : pl_map_size(t);
        bc_put_byte(w, pl_is_tuple(t) ? T_TUPLE : T_MAP);
        bc_put_uvar(w, n);
        if (n) {
            push_wframe(w, s, t);
        }
    } else if (pl_is_cons(t)) {
        bc_put_byte(w, T_LIST);
        bc_put_uvar(w, list_cells(t));
        push_wframe(w, s, t);
    } else if (pl_is_boxed(t)) {
        put_scalar_box(w, t);
    } else if (w->st == PL_BC_OK) {
        w->st = PL_BC_UNSUPPORTED; /* pids and references name one engine's objects */
    }
}

/* The next child of [f] to write, or PL_NONE when it has none left. */
static pl_term next_child(wframe *f)
{
    if (f->list) {
        if (!pl_is_cons(f->t)) {
            return f->i++ ? PL_NONE : f->t;
        }
        pl_term head = pl_head(f->t);
        f->t = pl_tail(f->t);
        return head;
    }
    if (pl_is_tuple(f->t)) {
        return f->i < pl_tuple_arity(f->t) ? pl_tuple_get(f->t, f->i++) : PL_NONE;
    }
    if (pl_is_map(f->t)) {
        uint64_t i = f->i++;
        if (i >= 2 * pl_map_size(f->t)) {
            return PL_NONE;
        }
        return i % 2 ? pl_map_val(f->t, i / 2) : pl_map_key(f->t, i / 2);
    }
    return PL_NONE;
}

void bc_put_term(bc_writer *w, pl_term t)
{
    wstack s = { 0 };
    put_one(w, &s, t);
    while (s.len > 0 && w->st == PL_BC_OK) {
        pl_term child = next_child(&s.items[s.len - 1]);
        if (child == PL_NONE) {
            s.len--;
        } else {
            put_one(w, &s, child);
        }
    }
    free(s.items);
}

/* ---- Reading terms ---- */

/* A container whose children are still being read. [n] counts them: a tuple's
 * elements, a map's keys and values, a list's heads plus its tail. A list is
 * built front to back by linking fresh, unshared cells. */
typedef struct rframe {
    uint8_t tag;
    uint64_t n, i;
    pl_term acc;     // the tuple being filled, or the list's first cell
    pl_term last;    // the list's last cell so far
    pl_term *kv;     // a map's keys in [0, n/2), values in [n/2, n)
} rframe;

typedef struct rstack {
    rframe *items;
    size_t len, cap;
} rstack;

static uint64_t kv_index(const rframe *f, uint64_t i)
{
    return i / 2 + (i % 2 ? f->n / 2 : 0);
}

static void drop_frame(pl_engine *e, rframe *f)
{
    if (f->tag == T_MAP) {
        for (uint64_t j = 0; j < f->i; j++) {
            pl_release(e, f->kv[kv_index(f, j)]);
        }
        free(f->kv);
    } else if (f->acc != PL_NONE) {
        pl_release(e, f->acc);
    }
}

static pl_term push_rframe(bc_reader *r, rstack *s, rframe f)
{
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        rframe *items = realloc(s->items, cap * sizeof *items);
        if (!items) {
            drop_frame(r->e, &f);
            bc_fail(r, PL_BC_NOMEM);
            return PL_NONE;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = f;
    return PL_NONE;
}

static pl_term nomem(bc_reader *r)
{
    bc_fail(r, PL_BC_NOMEM);
    return PL_NONE;
}

static pl_term corrupt(bc_reader *r)
{
    bc_fail(r, PL_BC_CORRUPT);
    return PL_NONE;
}

/* Starts a tuple, map or list; an empty tuple or map is complete at once. Every
 * child takes at least one byte, which bounds each count by the bytes left. */
static pl_term open_container(bc_reader *r, rstack *s, uint8_t tag)
{
    uint64_t n = bc_get_uvar(r);
    if (r->st != PL_BC_OK || n > bc_left(r) || (tag == T_MAP && 2 * n > bc_left(r))) {
        return corrupt(r);
    }
    rframe f = { .tag = tag, .acc = PL_NONE, .last = PL_NONE };
    pl_term t;
    if (tag == T_TUPLE) {
        if ((t = pl_tuple_new(r->e, n)) == PL_NONE) {
            return nomem(r);
        }
        if (n == 0) {
            return t;
        }
        f.acc = t;
        f.n = n;
    } else if (tag == T_MAP) {
        if (n == 0) {
            return (t = pl_map_empty(r->e)) == PL_NONE ? nomem(r) : t;
        }
        if (!(f.kv = malloc(2 * n * sizeof *f.kv))) {
            return nomem(r);
        }
        f.n = 2 * n;
    } else {
        if (n == 0 || n + 1 > bc_left(r)) {
            return corrupt(r);
        }
        f.n = n + 1;
    }
    return push_rframe(r, s, f);
}

/* Hands the finished child [v] (taken) to the innermost container; returns that
 * container when it is complete (popping it), else PL_NONE. */
static pl_term deliver(bc_reader *r, rstack *s, pl_term v)
{
    rframe *f = &s->items[s->len - 1];
    if (f->tag == T_TUPLE) {
        pl_tuple_of(f->acc)->el[f->i++] = v;
    } else if (f->tag == T_MAP) {
        f->kv[kv_index(f, f->i++)] = v;
    } else if (f->i + 1 < f->n) {
        pl_term cell = pl_cons_new(r->e, v, PL_NIL);
        if (cell == PL_NONE) {
            return nomem(r);
        }
        if (f->last == PL_NONE) {
            f->acc = cell;
        } else {
            pl_cons_of(f->last)->tail = cell;
        }
        f->last = cell;
        f->i++;
        return PL_NONE;
    } else {
        pl_cons_of(f->last)->tail = v;
        f->i++;
    }
    if (f->i < f->n) {
        return PL_NONE;
    }
    s->len--;
    if (f->tag != T_MAP) {
        return f->acc;
    }
    uint64_t size = f->n / 2;
    pl_term m = pl_map_from_arrays(r->e, f->kv, f->kv + size, size);
    for (uint64_t j = 0; j < f->n; j++) {
        pl_release(r->e, f->kv[j]);
    }
    free(f->kv);
    return m == PL_NONE ? nomem(r) : m;
}

static pl_term get_big(bc_reader *r)
{
    uint8_t neg = bc_get_byte(r);
    uint64_t n = bc_get_uvar(r);
    if (r->st != PL_BC_OK || neg > 1 || n == 0 || n > bc_left(r)) {
        return corrupt(r);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, 1, 1, 1, 0, r->p);
    r->p += n;
    if (neg) {
        mpz_neg(z, z);
    }
    pl_term t = pl_big_from_mpz(r->e, z);
    mpz_clear(z);
    return t == PL_NONE ? nomem(r) : t;
}

static pl_term get_scalar(bc_reader *r, uint8_t tag)
{
    pl_term t;
    if (tag == T_SMALL) {
        int64_t v = bc_get_svar(r);
        return r->st == PL_BC_OK && pl_fits_small(v) ? pl_small(v) : corrupt(r);
    }
    if (tag == T_FLOAT) {
        uint64_t bits = bc_get_u64(r);
        double d;
        memcpy(&d, &bits, sizeof d);
        t = r->st == PL_BC_OK ? pl_float_new(r->e, d) : PL_NIL;
    } else if (tag == T_BIN) {
        uint64_t n = bc_get_uvar(r);
        if (r->st != PL_BC_OK || n > bc_left(r)) {
            return corrupt(r);
        }
        t = pl_bin_new(r->e, r->p, n);
        r->p += n;
    } else {
        pl_term mod = bc_get_atom(r), name = bc_get_atom(r);
        uint32_t arity = bc_get_count(r, 255);
        t = r->st == PL_BC_OK ? pl_fun_ext(r->e, mod, name, arity) : PL_NIL;
    }
    return r->st != PL_BC_OK ? PL_NONE : t == PL_NONE ? nomem(r) : t;
}

/* One term's tag and fixed part: a finished term, or PL_NONE when a container
 * was opened (or the stream is bad). */
static pl_term get_one(bc_reader *r, rstack *s)
{
    uint8_t tag = bc_get_byte(r);
    switch (tag) {
    case T_ATOM:
        return bc_get_atom(r);
    case T_NIL:
        return PL_NIL;
    case T_BIG:
        return get_big(r);
    case T_SMALL:
    case T_FLOAT:
    case T_BIN:
    case T_FUN_EXT:
        return get_scalar(r, tag);
    case T_TUPLE:
    case T_MAP:
    case T_LIST:
        return open_container(r, s, tag);
    default:
        return corrupt(r);
    }
}

pl_term bc_get_term(bc_reader *r)
{
    rstack s = { 0 };
    pl_term v = PL_NONE;
    while (r->st == PL_BC_OK) {
        v = get_one(r, &s);
        while (v != PL_NONE && s.len > 0) {
            v = deliver(r, &s, v);
        }
        if (v != PL_NONE) {
            break;
        }
    }
    while (s.len > 0) {
        drop_frame(r->e, &s.items[--s.len]);
    }
    free(s.items);
    return r->st == PL_BC_OK ? v : PL_NONE;
}

/* ---- Standalone terms ---- */

pl_bcfile_status pl_bcfile_encode_term(pl_engine *e, pl_term t, uint8_t **out, size_t *len)
{
    bc_writer w;
    bc_writer_init(&w, e);
    bc_put_term(&w, t);
    free(w.atom_ids);
    if (w.st != PL_BC_OK) {
        free(w.buf);
        return w.st;
    }
    *out = w.buf;
    *len = w.len;
    return PL_BC_OK;
}

pl_bcfile_status pl_bcfile_decode_term(pl_engine *e, const uint8_t *data, size_t len,
                                       pl_term *out)
{
    bc_reader r;
    bc_reader_init(&r, e, data, len);
    pl_term t = bc_get_term(&r);
    if (r.st == PL_BC_OK && bc_left(&r) != 0) {
        pl_release(e, t);
        bc_fail(&r, PL_BC_CORRUPT);
    }
    bc_reader_free(&r);
    if (r.st != PL_BC_OK) {
        return r.st;
    }
    *out = t;
    return PL_BC_OK;
}
