/* Stand-ins for engine.c and lang/code.c, so diff.c can run while the rest of
 * the tree does not build: an engine with only memory and atoms, and a struct
 * table. run.sh uses them when STUB=1. */
#include <stdlib.h>
#include "engine.h"
#include "lang/code.h"

pl_engine *pl_engine_new(const pl_engine_config *cfg)
{
    pl_engine *e = calloc(1, sizeof *e);
    pl_alloc_init(&e->alloc);
    pl_atom_table_init(&e->atoms);
    e->modules = calloc(1, sizeof *e->modules);
    (void)cfg;
    return e;
}

void pl_engine_free(pl_engine *e)
{
    for (pl_module *m = e->modules->first, *next; m; m = next) {
        next = m->next;
        pl_release(e, m->struct_fields);
        free(m);
    }
    free(e->modules);
    pl_atom_table_destroy(&e->atoms);
    free(e->dying);
    pl_alloc_destroy(&e->alloc);
    free(e);
}

pl_module *pl_code_module(pl_engine *e, pl_term name)
{
    for (pl_module *m = e->modules->first; m; m = m->next) {
        if (m->name == name) {
            return m;
        }
    }
    return NULL;
}

void pl_code_set_struct(pl_engine *e, pl_term module, pl_term fields)
{
    pl_module *m = pl_code_module(e, module);
    if (!m) {
        m = calloc(1, sizeof *m);
        m->name = module;
        m->next = e->modules->first;
        e->modules->first = m;
    } else {
        pl_release(e, m->struct_fields);
    }
    m->struct_fields = fields;
}

pl_term pl_code_struct_fields(pl_engine *e, pl_term module)
{
    pl_module *m = pl_code_module(e, module);
    return m ? m->struct_fields : PL_NONE;
}
