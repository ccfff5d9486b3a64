/* The atom table: interning names to indices and back. Built-in atoms come from
 * atoms.def with fixed indices, so C code can name them as PL_A_<name>. */
#ifndef PL_ATOM_H
#define PL_ATOM_H

#include "term.h"

enum pl_builtin_atom {
#define PL_ATOM(c, s) PL_AI_##c,
#include "atoms.def"
#undef PL_ATOM
    PL_AI__COUNT
};

#define PL_A(c) PL_MKIMM(PL_SUB_ATOM, PL_AI_##c)

#define PL_ATOM_LIMIT 1048576 /* as the BEAM's default */

typedef struct pl_atom_entry {
    char *name;
    uint32_t len;
    uint32_t hash;     // FNV-1a, for this table's own index
    uint32_t pjw_hash; // erts' atom hash (hashpjw), which ETS and phash2 mix in
} pl_atom_entry;

typedef struct pl_atom_table {
    pl_atom_entry *atoms;
    uint32_t count, cap;
    uint32_t *slots; /* open addressing: atom index + 1, 0 = empty */
    uint32_t nslots;
} pl_atom_table;

pl_status pl_atom_table_init(pl_atom_table *t);
void pl_atom_table_destroy(pl_atom_table *t);
/* Interns [name]; returns PL_NONE when the table is full or memory ran out. */
pl_term pl_atom_intern(pl_atom_table *t, const char *name, size_t len);
/* Looks up an existing atom; PL_NONE if there is none (String.to_existing_atom). */
pl_term pl_atom_lookup(const pl_atom_table *t, const char *name, size_t len);
static inline const char *pl_atom_name(const pl_atom_table *t, pl_term a)
{
    return t->atoms[pl_atom_index(a)].name;
}
static inline uint32_t pl_atom_len(const pl_atom_table *t, pl_term a)
{
    return t->atoms[pl_atom_index(a)].len;
}
/* erts' hashpjw of the name (atom.c's atom_hash), computed once at intern time
 * because ETS keys and phash2 need it on every use. */
static inline uint32_t pl_atom_pjw_hash(const pl_atom_table *t, pl_term a)
{
    return t->atoms[pl_atom_index(a)].pjw_hash;
}

#endif
