/* Library images: modules after their bodies ran, as bytes. Layout:
 *
 *   "PLBC" version(1)  checksum(8)  -- the checksum covers everything after it
 *   bif count, bif fingerprint(8), instruction-set fingerprint(8)
 *   next pid, next ref             -- what running the bodies left behind
 *   atom count, atoms              -- the atom table, in index order
 *   module count, modules          -- in definition order
 *
 * Code words are written as they are: their operands are slots, labels and
 * indexes into the function's own constants, imports, module functions and the
 * BIF table; only the last depends on the engine, hence the fingerprints. */
#include <stdlib.h>
#include "../engine.h"
#include "../bif/bif.h"
#include "bcfile_int.h"
#include "vm.h"

#define BC_VERSION 1
#define HEADER_LEN 13 /* magic, version, checksum */

enum { F_PRIVATE = 1, F_ANON = 2, F_LINES = 4, F_FREE_SLOTS = 8 };
enum { M_BODY = 1, M_STRUCT = 2, M_EXCEPTION = 4 };

const char *pl_bcfile_status_name(pl_bcfile_status st)
{
    switch (st) {
    case PL_BC_OK: return "ok";
    case PL_BC_NOMEM: return "out of memory";
    case PL_BC_CORRUPT: return "corrupt";
    case PL_BC_STALE: return "made by another build";
    case PL_BC_UNSUPPORTED: return "holds a value with no byte form";
    }
    return "?";
}

/* ---- Checksums and fingerprints ---- */

static uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x100000001B3ull * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

uint64_t pl_bcfile_checksum(const uint8_t *data, size_t len)
{
    uint64_t h = mix(0xCBF29CE484222325ull, len);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        h = mix(h, w);
    }
    for (; i < len; i++) {
        h = mix(h, data[i]);
    }
    return h;
}

static uint64_t mix_str(uint64_t h, const char *s)
{
    return mix(h, pl_bcfile_checksum((const uint8_t *)s, strlen(s) + 1));
}

/* Which C function each BIF index names: names, arities and order of bifs*.def. */
static uint64_t bif_fingerprint(const pl_engine *e)
{
    uint64_t h = mix(0, e->bifs->count);
    for (uint32_t i = 0; i < e->bifs->count; i++) {
        const pl_bif_entry *b = pl_bif_at(e, (int32_t)i);
        h = mix_str(h, pl_atom_name(&e->atoms, b->mod));
        h = mix_str(h, pl_atom_name(&e->atoms, b->name));
        h = mix_str(mix(h, b->arity), b->cname);
    }
    return h;
}

/* Opcode numbers and operand counts, as opcodes.def lists them. */
static uint64_t op_fingerprint(void)
{
    uint64_t h = mix(0, PL_OP__COUNT);
    for (uint32_t i = 0; i < PL_OP__COUNT; i++) {
        h = mix(mix_str(h, pl_op_names[i]), pl_op_operands[i]);
    }
    return h;
}

/* ---- Writing modules ---- */

/* Lines as runs: (change from the previous line, number of code words). */
static void put_lines(bc_writer *w, const pl_func *f)
{
    uint32_t prev = 0;
    for (uint32_t i = 0; f->lines && i < f->code_len;) {
        uint32_t run = 1;
        while (i + run < f->code_len && f->lines[i + run] == f->lines[i]) {
            run++;
        }
        bc_put_svar(w, (int64_t)f->lines[i] - (int64_t)prev);
        bc_put_uvar(w, run);
        prev = f->lines[i];
        i += run;
    }
}

static void put_func(bc_writer *w, const pl_func *f)
{
    uint8_t flags = (uint8_t)((f->is_private ? F_PRIVATE : 0) | (f->is_anon ? F_ANON : 0) |
                              (f->lines ? F_LINES : 0) | (f->free_slots ? F_FREE_SLOTS : 0));
    bc_put_atom(w, f->name);
    bc_put_byte(w, flags);
    bc_put_uvar(w, f->arity);
    bc_put_uvar(w, f->nfree);
    bc_put_uvar(w, f->nslots);
    bc_put_uvar(w, f->max_stack);
    bc_put_uvar(w, f->code_len);
    for (uint32_t i = 0; i < f->code_len; i++) {
        bc_put_uvar(w, f->code[i]);
    }
    put_lines(w, f);
    bc_put_uvar(w, f->nconsts);
    for (uint32_t i = 0; i < f->nconsts; i++) {
        bc_put_term(w, f->consts[i]);
    }
    for (uint32_t i = 0; f->free_slots && i < f->nfree; i++) {
        bc_put_uvar(w, f->free_slots[i]);
    }
}

static void put_module(bc_writer *w, const pl_module *m)
{
    uint8_t flags = (uint8_t)((m->body ? M_BODY : 0) | (m->struct_fields != PL_NONE ? M_STRUCT : 0) |
                              (m->is_exception ? M_EXCEPTION : 0));
    bc_put_atom(w, m->name);
    bc_put_byte(w, flags);
    bc_put_uvar(w, m->nfuncs);
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        put_func(w, m->funcs[i]);
    }
    if (m->body) {
        put_func(w, m->body);
    }
    bc_put_uvar(w, m->nimports);
    for (uint32_t i = 0; i < m->nimports; i++) {
        bc_put_atom(w, m->imports[i].mod);
        bc_put_atom(w, m->imports[i].name);
        bc_put_uvar(w, m->imports[i].arity);
    }
    bc_put_uvar(w, m->nattrs);
    for (uint32_t i = 0; i < m->nattrs; i++) {
        bc_put_term(w, m->attrs[i]);
    }
    if (m->struct_fields != PL_NONE) {
        bc_put_term(w, m->struct_fields);
    }
}

/* The whole atom table in index order, so that every later atom is a number.
 * Interning it first gives a starting engine the very atom indices that
 * compiling the sources would have left, which index-dependent behaviour (the
 * order of large maps) can see. */
static void put_atom_table(bc_writer *w)
{
    uint32_t n = w->e->atoms.count;
    bc_put_uvar(w, n);
    for (uint32_t i = 0; i < n; i++) {
        bc_put_atom(w, pl_atom(i));
    }
}

/* Modules a program can reach: loaded, not retired, and not the script
 * modules whose top-level code ran the defmodules. */
static bool saved(const pl_engine *e, const pl_module *m)
{
    pl_term script = pl_atom_lookup(&e->atoms, "elixir_script", strlen("elixir_script"));
    return m->loaded && m->name != PL_NONE && m->name != script;
}

pl_bcfile_status pl_bcfile_save(pl_engine *e, uint8_t **out, size_t *len)
{
    bc_writer w;
    bc_writer_init(&w, e);
    bc_put_bytes(&w, "PLBC", 4);
    bc_put_byte(&w, BC_VERSION);
    bc_put_u64(&w, 0); /* the checksum, filled in below */
    bc_put_uvar(&w, e->bifs->count);
    bc_put_u64(&w, bif_fingerprint(e));
    bc_put_u64(&w, op_fingerprint());
    bc_put_uvar(&w, e->next_pid);
    bc_put_uvar(&w, e->next_ref);
    put_atom_table(&w);
    uint32_t n = 0;
    for (const pl_module *m = e->modules->first; m; m = m->next) {
        n += saved(e, m);
    }
    bc_put_uvar(&w, n);
    for (const pl_module *m = e->modules->first; m && w.st == PL_BC_OK; m = m->next) {
        if (saved(e, m)) {
            put_module(&w, m);
        }
    }
    free(w.atom_ids);
    if (w.st != PL_BC_OK) {
        free(w.buf);
        return w.st;
    }
    uint64_t sum = pl_bcfile_checksum(w.buf + HEADER_LEN, w.len - HEADER_LEN);
    for (int i = 0; i < 8; i++) {
        w.buf[5 + i] = (uint8_t)(sum >> (8 * i));
    }
    *out = w.buf;
    *len = w.len;
    return PL_BC_OK;
}

/* ---- Reading modules ---- */

/* Every instruction is an opcode and its fixed number of operands (opcodes.def),
 * so a walk from the start must land exactly on the end; anything else is not
 * code this VM can run. */
static bool code_ok(const uint32_t *code, uint32_t len)
{
    uint32_t pc = 0;
    while (pc < len) {
        if (code[pc] >= PL_OP__COUNT) {
            return false;
        }
        pc += 1u + pl_op_operands[code[pc]];
    }
    return pc == len;
}

static bool get_code(bc_reader *r, pl_func *f, uint8_t flags)
{
    size_t n = f->code_len ? f->code_len : 1;
    f->code = malloc(n * sizeof *f->code);
    f->lines = flags & F_LINES ? malloc(n * sizeof *f->lines) : NULL;
    if (!f->code || (flags & F_LINES && !f->lines)) {
        return bc_fail(r, PL_BC_NOMEM);
    }
    for (uint32_t i = 0; i < f->code_len; i++) {
        uint64_t word = bc_get_uvar(r);
        f->code[i] = (uint32_t)word;
        if (word > UINT32_MAX) {
            return bc_fail(r, PL_BC_CORRUPT);
        }
    }
    int64_t line = 0;
    for (uint32_t i = 0; f->lines && i < f->code_len;) {
        int64_t delta = bc_get_svar(r);
        uint64_t run = bc_get_uvar(r);
        line += delta >= -(int64_t)UINT32_MAX && delta <= UINT32_MAX ? delta : -1 - line;
        if (line < 0 || line > UINT32_MAX || run == 0 || run > f->code_len - i) {
            return bc_fail(r, PL_BC_CORRUPT);
        }
        for (uint32_t end = i + (uint32_t)run; i < end; i++) {
            f->lines[i] = (uint32_t)line;
        }
    }
    if (r->st == PL_BC_OK && !code_ok(f->code, f->code_len)) {
        return bc_fail(r, PL_BC_CORRUPT);
    }
    return r->st == PL_BC_OK;
}

static bool get_consts(bc_reader *r, pl_func *f, uint8_t flags)
{
    uint32_t n = bc_get_count(r, bc_left(r));
    if (r->st != PL_BC_OK) {
        return false;
    }
    f->consts = malloc((n ? n : 1) * sizeof *f->consts);
    if (!f->consts) {
        return bc_fail(r, PL_BC_NOMEM);
    }
    for (uint32_t i = 0; i < n; i++) {
        pl_term c = bc_get_term(r);
        if (c == PL_NONE) {
            return false;
        }
        f->consts[f->nconsts++] = c;
    }
    if (!(flags & F_FREE_SLOTS)) {
        return true;
    }
    f->free_slots = malloc((f->nfree ? f->nfree : 1) * sizeof *f->free_slots);
    if (!f->free_slots) {
        return bc_fail(r, PL_BC_NOMEM);
    }
    for (uint32_t i = 0; i < f->nfree; i++) {
        f->free_slots[i] = bc_get_count(r, UINT32_MAX);
    }
    return r->st == PL_BC_OK;
}

static pl_func *get_func(bc_reader *r, pl_module *m)
{
    pl_func *f = pl_func_new(m);
    if (!f) {
        bc_fail(r, PL_BC_NOMEM);
        return NULL;
    }
    f->name = bc_get_atom(r);
    uint8_t flags = bc_get_byte(r);
    f->arity = bc_get_count(r, 255);
    f->nfree = bc_get_count(r, bc_left(r));
    f->nslots = bc_get_count(r, UINT32_MAX);
    f->max_stack = bc_get_count(r, UINT32_MAX);
    f->code_len = bc_get_count(r, bc_left(r));
    f->is_private = flags & F_PRIVATE;
    f->is_anon = flags & F_ANON;
    if (flags > (F_PRIVATE | F_ANON | F_LINES | F_FREE_SLOTS)) {
        bc_fail(r, PL_BC_CORRUPT);
    }
    if (r->st != PL_BC_OK || !get_code(r, f, flags) || !get_consts(r, f, flags)) {
        pl_func_free(r->e, f);
        return NULL;
    }
    return f;
}

static bool get_imports(bc_reader *r, pl_module *m)
{
    uint32_t n = bc_get_count(r, bc_left(r));
    if (r->st != PL_BC_OK || !n) {
        return r->st == PL_BC_OK;
    }
    if (!(m->imports = malloc(n * sizeof *m->imports))) {
        return bc_fail(r, PL_BC_NOMEM);
    }
    m->nimports = n;
    for (uint32_t i = 0; i < n; i++) {
        pl_term mod = bc_get_atom(r), name = bc_get_atom(r);
        uint32_t arity = bc_get_count(r, 255);
        /* resolution happens on first call, in this engine */
        m->imports[i] = (pl_import){ mod, name, arity, -1, NULL, 0 };
    }
    return r->st == PL_BC_OK;
}

/* Attribute values and the struct layout, as the module body left them. */
static bool get_state(bc_reader *r, pl_module *m, uint8_t flags)
{
    uint32_t n = bc_get_count(r, bc_left(r));
    if (r->st != PL_BC_OK) {
        return false;
    }
    if (n && !(m->attrs = malloc(n * sizeof *m->attrs))) {
        return bc_fail(r, PL_BC_NOMEM);
    }
    for (uint32_t i = 0; i < n; i++) {
        pl_term v = bc_get_term(r);
        if (v == PL_NONE) {
            return false;
        }
        m->attrs[m->nattrs++] = v;
    }
    if (flags & M_STRUCT) {
        m->struct_fields = bc_get_term(r);
    }
    m->is_exception = flags & M_EXCEPTION;
    return r->st == PL_BC_OK;
}

static bool get_funcs(bc_reader *r, pl_module *m, uint8_t flags)
{
    uint32_t n = bc_get_count(r, bc_left(r));
    for (uint32_t i = 0; i < n && r->st == PL_BC_OK; i++) {
        pl_func *f = get_func(r, m);
        if (f && pl_module_add_func(m, f) < 0) {
            pl_func_free(r->e, f);
            bc_fail(r, PL_BC_NOMEM);
        }
    }
    if (flags & M_BODY && r->st == PL_BC_OK) {
        m->body = get_func(r, m);
    }
    return r->st == PL_BC_OK;
}

/* A module outside the engine's table, or NULL with r->st set. */
static pl_module *get_module(bc_reader *r)
{
    pl_module *m = calloc(1, sizeof *m);
    if (!m) {
        bc_fail(r, PL_BC_NOMEM);
        return NULL;
    }
    m->struct_fields = PL_NONE;
    m->name = bc_get_atom(r);
    uint8_t flags = bc_get_byte(r);
    if (flags > (M_BODY | M_STRUCT | M_EXCEPTION)) {
        bc_fail(r, PL_BC_CORRUPT);
    }
    if (r->st != PL_BC_OK || !get_funcs(r, m, flags) || !get_imports(r, m) ||
        !get_state(r, m, flags)) {
        pl_code_free_detached(r->e, m);
        return NULL;
    }
    return m;
}

/* ---- Loading an image ---- */

static bool get_header(bc_reader *r, const uint8_t *data, size_t len, uint64_t counters[2])
{
    if (len < HEADER_LEN || memcmp(data, "PLBC", 4) != 0) {
        return bc_fail(r, PL_BC_CORRUPT);
    }
    if (data[4] != BC_VERSION) {
        return bc_fail(r, PL_BC_STALE);
    }
    uint64_t sum = bc_get_u64(r);
    if (sum != pl_bcfile_checksum(r->p, bc_left(r))) {
        return bc_fail(r, PL_BC_CORRUPT);
    }
    uint64_t nbifs = bc_get_uvar(r), bifs = bc_get_u64(r), ops = bc_get_u64(r);
    if (r->st == PL_BC_OK && (nbifs != r->e->bifs->count || bifs != bif_fingerprint(r->e) ||
                              ops != op_fingerprint())) {
        return bc_fail(r, PL_BC_STALE);
    }
    counters[0] = bc_get_uvar(r);
    counters[1] = bc_get_uvar(r);
    uint32_t natoms = bc_get_count(r, bc_left(r));
    for (uint32_t i = 0; i < natoms && r->st == PL_BC_OK; i++) {
        bc_get_atom(r);
    }
    return r->st == PL_BC_OK;
}

pl_bcfile_status pl_bcfile_load(pl_engine *e, const uint8_t *data, size_t len)
{
    bc_reader r;
    bc_reader_init(&r, e, data, len);
    r.p += len < 5 ? len : 5;
    uint64_t counters[2] = { 0, 0 };
    uint32_t n = get_header(&r, data, len, counters) ? bc_get_count(&r, bc_left(&r)) : 0;
    pl_module **mods = calloc(n ? n : 1, sizeof *mods);
    if (!mods) {
        bc_fail(&r, PL_BC_NOMEM);
    }
    for (uint32_t i = 0; i < n && r.st == PL_BC_OK; i++) {
        mods[i] = get_module(&r);
    }
    if (r.st == PL_BC_OK && bc_left(&r) != 0) {
        bc_fail(&r, PL_BC_CORRUPT);
    }
    for (uint32_t i = 0; mods && i < n; i++) {
        if (r.st == PL_BC_OK) {
            pl_code_adopt(e, mods[i]);
        } else {
            pl_code_free_detached(e, mods[i]);
        }
    }
    if (r.st == PL_BC_OK) {
        e->next_pid = counters[0] > e->next_pid ? counters[0] : e->next_pid;
        e->next_ref = counters[1] > e->next_ref ? counters[1] : e->next_ref;
    }
    free(mods);
    bc_reader_free(&r);
    return r.st;
}
