/* Built-in functions in C. A BIF is a leaf (DESIGN rule 4): it validates its
 * arguments, does the work and returns a new reference — or PL_NONE after setting
 * the process's exception (pl_bif_badarg and friends). Arguments are borrowed.
 * It never calls back into Elixir code and never blocks. */
#ifndef PL_BIF_H
#define PL_BIF_H

#include <stdlib.h>
#include "../engine.h"
#include "../proc.h"

typedef pl_term (*pl_bif_fn)(pl_proc *p, const pl_term *args);

#define PL_BIF(name) pl_term pl_bif_##name(pl_proc *p, const pl_term *args)

/* Declarations of every BIF, from bifs.def. */
#define BIF(mod, fname, arity, cname) PL_BIF(cname);
#include "bifs.def"
#undef BIF

typedef struct pl_bif_entry {
    pl_term mod, name;
    uint32_t arity;
    pl_bif_fn fn;
    const char *cname;
} pl_bif_entry;

typedef struct pl_bif_table {
    pl_bif_entry *entries;
    uint32_t count;
    uint32_t *slots;   // open addressing: entry index + 1
    uint32_t nslots;
    // Kernel.__spawned__'s name, interned at the first spawn (by then the
    // library has made it, so no atom index moves) instead of at every one.
    pl_term atom_spawned;
} pl_bif_table;

pl_status pl_bif_init(pl_engine *e);
void pl_bif_destroy(pl_engine *e);
/* Index of the BIF mod.name/arity, or -1. */
int32_t pl_bif_lookup(const pl_engine *e, pl_term mod, pl_term name, uint32_t arity);
bool pl_bif_has_module(const pl_engine *e, pl_term mod);
static inline const pl_bif_entry *pl_bif_at(const pl_engine *e, int32_t i);

/* ---- Helpers for BIF bodies ---- */
static inline pl_term pl_bif_badarg(pl_proc *p) { return pl_proc_badarg(p); }
static inline pl_term pl_bif_error(pl_proc *p, pl_term reason) { return pl_proc_error(p, reason); }
/* badarg, explained as the BEAM's error_info does: "* 1st argument: [why]".
 * [why] must be a static string. */
static inline pl_term pl_bif_badarg_at(pl_proc *p, uint32_t argno, const char *why)
{
    pl_proc_badarg(p);
    p->exc_argno = argno;
    p->exc_detail = why;
    return PL_NONE;
}
/* Raises the Elixir exception [module] with message [msg] (an ArgumentError etc.). */
pl_term pl_bif_raise_msg(pl_proc *p, pl_term module, const char *msg);
/* Out of memory inside a BIF: the process gets a system_limit error. */
static inline pl_term pl_bif_nomem(pl_proc *p) { return pl_proc_error(p, PL_A(system_limit)); }
/* %module{} with the struct's defaults (a new reference). */
pl_term pl_bif_make_struct(pl_engine *e, pl_term module);
/* Enumerable to list for lists, maps and ranges (new reference, or PL_NONE raised). */
pl_term pl_bif_enum_to_list(pl_proc *p, pl_term t);
/* Exception.normalize/3: an Erlang error reason as an Elixir exception struct. */
pl_term pl_bif_normalize(pl_engine *e, pl_term kind, pl_term reason, pl_term trace);
/* iodata flattened into one binary (new reference, or PL_NONE raised). */
pl_term pl_bif_iodata(pl_proc *p, pl_term t);
/* Interns a C string as an atom. */
pl_term pl_bif_atom(pl_engine *e, const char *name);
/* Is [t] the atom [name]? Compares the name, so a BIF that tests its options
 * on every call does not intern (hash and look up) the option's name each time. */
static inline bool pl_bif_atom_is(const pl_engine *e, pl_term t, const char *name)
{
    size_t n = strlen(name);
    return pl_is_atom(t) && pl_atom_len(&e->atoms, t) == n &&
           memcmp(pl_atom_name(&e->atoms, t), name, n) == 0;
}
/* Truthiness as Elixir sees it: everything but nil and false. */
static inline bool pl_truthy(pl_term t) { return t != PL_FALSE && t != PL_ATOM_NIL; }

static inline const pl_bif_entry *pl_bif_at(const pl_engine *e, int32_t i)
{
    return &e->bifs->entries[i];
}

#endif
