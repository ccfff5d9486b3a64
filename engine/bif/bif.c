/* The BIF table: built from bifs.def at engine start, looked up by
 * (module, name, arity) when code is compiled or a fun is called. */
#include <stdio.h>
#include <stdlib.h>
#include "bif.h"
#include "../map.h"
#include "../lang/code.h"

static const struct {
    const char *mod, *name;
    uint32_t arity;
    pl_bif_fn fn;
    const char *cname;
} TABLE[] = {
#define BIF(mod, fname, arity, cname) { mod, fname, arity, pl_bif_##cname, #cname },
#include "bifs.def"
#undef BIF
};

#define NBIFS (sizeof TABLE / sizeof TABLE[0])

static uint32_t key_hash(pl_term mod, pl_term name, uint32_t arity)
{
    uint64_t h = (mod * 0x9E3779B97F4A7C15ull) ^ (name * 0xC2B2AE3D27D4EB4Full) ^ arity;
    return (uint32_t)(h ^ (h >> 29));
}

pl_term pl_bif_atom(pl_engine *e, const char *name)
{
    return pl_atom_intern(&e->atoms, name, strlen(name));
}

pl_status pl_bif_init(pl_engine *e)
{
    pl_bif_table *t = calloc(1, sizeof *t);
    if (!t) {
        return PL_ENOMEM;
    }
    e->bifs = t;
    t->entries = calloc(NBIFS, sizeof *t->entries);
    t->nslots = 1;
    while (t->nslots < NBIFS * 2) {
        t->nslots *= 2;
    }
    t->slots = calloc(t->nslots, sizeof *t->slots);
    if (!t->entries || !t->slots) {
        return PL_ENOMEM;
    }
    for (uint32_t i = 0; i < NBIFS; i++) {
        pl_bif_entry *b = &t->entries[i];
        b->mod = pl_bif_atom(e, TABLE[i].mod);
        b->name = pl_bif_atom(e, TABLE[i].name);
        b->arity = TABLE[i].arity;
        b->fn = TABLE[i].fn;
        b->cname = TABLE[i].cname;
        uint32_t s = key_hash(b->mod, b->name, b->arity) & (t->nslots - 1);
        while (t->slots[s]) {
            s = (s + 1) & (t->nslots - 1);
        }
        t->slots[s] = i + 1;
        t->count++;
    }
    return PL_OK;
}

void pl_bif_destroy(pl_engine *e)
{
    if (e->bifs) {
        free(e->bifs->entries);
        free(e->bifs->slots);
        free(e->bifs);
        e->bifs = NULL;
    }
}

int32_t pl_bif_lookup(const pl_engine *e, pl_term mod, pl_term name, uint32_t arity)
{
    const pl_bif_table *t = e->bifs;
    for (uint32_t s = key_hash(mod, name, arity) & (t->nslots - 1); t->slots[s];
         s = (s + 1) & (t->nslots - 1)) {
        const pl_bif_entry *b = &t->entries[t->slots[s] - 1];
        if (b->mod == mod && b->name == name && b->arity == arity) {
            return (int32_t)(t->slots[s] - 1);
        }
    }
    return -1;
}

/* Whether any built-in belongs to [mod] (System, :erlang, ... exist without
 * Elixir code). A scan: only error paths and module_loaded ask. */
bool pl_bif_has_module(const pl_engine *e, pl_term mod)
{
    const pl_bif_table *t = e->bifs;
    for (uint32_t i = 0; i < t->count; i++) {
        if (t->entries[i].mod == mod) {
            return true;
        }
    }
    return false;
}

/* Builds %module{message: msg} from the struct's defaults and raises it. */
pl_term pl_bif_raise_msg(pl_proc *p, pl_term module, const char *msg)
{
    pl_engine *e = p->e;
    pl_term exc = pl_bif_make_struct(e, module);
    pl_term with = pl_map_put(e, exc, PL_A(message), pl_cstr(e, msg));
    pl_release(e, exc);
    return pl_proc_error(p, with == PL_NONE ? PL_A(system_limit) : with);
}

pl_term pl_bif_make_struct(pl_engine *e, pl_term module)
{
    pl_term fields = pl_code_struct_fields(e, module);
    pl_term m = pl_map_empty(e);
    pl_term next = pl_map_put(e, m, PL_A(__struct__), module);
    pl_release(e, m);
    m = next;
    for (; fields != PL_NONE && pl_is_cons(fields) && m != PL_NONE; fields = pl_tail(fields)) {
        pl_term kv = pl_head(fields);
        next = pl_map_put(e, m, pl_tuple_get(kv, 0), pl_retain(pl_tuple_get(kv, 1)));
        pl_release(e, m);
        m = next;
    }
    return m;
}
