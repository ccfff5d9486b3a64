/* Atom interning: an array of names plus an open-addressing index. Atoms are
 * never freed, as on the BEAM. */
#include <stdlib.h>
#include "atom.h"

_Static_assert(PL_AI_false == 0 && PL_AI_true == 1 && PL_AI_nil == 2,
               "false, true and nil must keep their fixed indices");

static uint32_t hash_name(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a: stable across runs, no pointer values */
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    return h;
}

/* atom_hash in erts/emulator/beam/atom.c: hashpjw over the UTF-8 name, with
 * the "latin1 clutch" that folds a two-byte UTF-8 sequence for U+0080..U+00FF
 * back to its latin1 byte, so atoms hash as they did before R16 stored names as
 * UTF-8. ETS buckets and phash2 of an atom are built on this value. */
static uint32_t hash_pjw(const char *name, size_t len)
{
    const unsigned char *p = (const unsigned char *)name;
    uint32_t h = 0;
    while (len--) {
        unsigned char v = *p++;
        if (len && (v & 0xFE) == 0xC2 && (*p & 0xC0) == 0x80) {
            v = (unsigned char)((v << 6) | (*p & 0x3F));
            p++;
            len--;
        }
        h = (h << 4) + v;
        uint32_t g = h & 0xf0000000u;
        if (g) {
            h ^= g >> 24;
            h ^= g;
        }
    }
    return h;
}

static pl_status grow_slots(pl_atom_table *t)
{
    uint32_t n = t->nslots ? t->nslots * 2 : 1024;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots) {
        return PL_ENOMEM;
    }
    for (uint32_t i = 0; i < t->count; i++) {
        uint32_t s = t->atoms[i].hash & (n - 1);
        while (slots[s]) {
            s = (s + 1) & (n - 1);
        }
        slots[s] = i + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
    return PL_OK;
}

pl_status pl_atom_table_init(pl_atom_table *t)
{
    static const char *const names[] = {
#define PL_ATOM(c, s) s,
#include "atoms.def"
#undef PL_ATOM
    };
    t->atoms = NULL;
    t->count = t->cap = 0;
    t->slots = NULL;
    t->nslots = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (pl_atom_intern(t, names[i], strlen(names[i])) == PL_NONE) {
            return PL_ENOMEM;
        }
    }
    return PL_OK;
}

void pl_atom_table_destroy(pl_atom_table *t)
{
    for (uint32_t i = 0; i < t->count; i++) {
        free(t->atoms[i].name);
    }
    free(t->atoms);
    free(t->slots);
    t->atoms = NULL;
    t->slots = NULL;
    t->count = t->cap = t->nslots = 0;
}

pl_term pl_atom_lookup(const pl_atom_table *t, const char *name, size_t len)
{
    if (!t->nslots) {
        return PL_NONE;
    }
    uint32_t h = hash_name(name, len);
    for (uint32_t s = h & (t->nslots - 1); t->slots[s]; s = (s + 1) & (t->nslots - 1)) {
        const pl_atom_entry *a = &t->atoms[t->slots[s] - 1];
        if (a->hash == h && a->len == len && (len == 0 || memcmp(a->name, name, len) == 0)) {
            return pl_atom(t->slots[s] - 1);
        }
    }
    return PL_NONE;
}

pl_term pl_atom_intern(pl_atom_table *t, const char *name, size_t len)
{
    pl_term found = pl_atom_lookup(t, name, len);
    if (found != PL_NONE) {
        return found;
    }
    if (t->count >= PL_ATOM_LIMIT) {
        return PL_NONE;
    }
    if ((t->count + 1) * 2 > t->nslots && grow_slots(t) != PL_OK) {
        return PL_NONE;
    }
    if (t->count == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 256;
        pl_atom_entry *atoms = realloc(t->atoms, cap * sizeof *atoms);
        if (!atoms) {
            return PL_NONE;
        }
        t->atoms = atoms;
        t->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        return PL_NONE;
    }
    if (len) {
        memcpy(copy, name, len);
    }
    copy[len] = '\0';
    uint32_t h = hash_name(name, len);
    t->atoms[t->count] = (pl_atom_entry){ copy, (uint32_t)len, h, hash_pjw(name, len) };
    uint32_t s = h & (t->nslots - 1);
    while (t->slots[s]) {
        s = (s + 1) & (t->nslots - 1);
    }
    t->slots[s] = ++t->count;
    return pl_atom(t->count - 1);
}
