/* The module table: every module defined so far, in definition order. */
#include <stdlib.h>
#include "../engine.h"
#include "code.h"

pl_status pl_code_init(pl_engine *e)
{
    e->modules = calloc(1, sizeof *e->modules);
    return e->modules ? PL_OK : PL_ENOMEM;
}

pl_func *pl_func_new(pl_module *m)
{
    pl_func *f = calloc(1, sizeof *f);
    if (f) {
        f->mod = m;
        f->name = PL_ATOM_NIL;
    }
    return f;
}

void pl_func_free(pl_engine *e, pl_func *f)
{
    if (!f) {
        return;
    }
    for (uint32_t i = 0; i < f->nconsts; i++) {
        pl_release(e, f->consts[i]);
    }
    free(f->consts);
    free(f->code);
    free(f->lines);
    free(f);
}

static void module_free(pl_engine *e, pl_module *m)
{
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        pl_func_free(e, m->funcs[i]);
    }
    free(m->funcs);
    if (m->struct_fields != PL_NONE) {
        pl_release(e, m->struct_fields);
    }
    free(m);
}

void pl_code_destroy(pl_engine *e)
{
    if (!e->modules) {
        return;
    }
    pl_module *m = e->modules->first;
    while (m) {
        pl_module *next = m->next;
        module_free(e, m);
        m = next;
    }
    free(e->modules);
    e->modules = NULL;
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

pl_module *pl_code_new_module(pl_engine *e, pl_term name)
{
    pl_module *m = pl_code_module(e, name);
    if (m) {
        /* Redefinition keeps the old code alive (closures may point into it) but
         * empties the function list, as a module reload would. */
        m->nfuncs = 0;
        e->modules->generation++;
        return m;
    }
    m = calloc(1, sizeof *m);
    if (!m) {
        return NULL;
    }
    m->name = name;
    m->struct_fields = PL_NONE;
    if (e->modules->last) {
        e->modules->last->next = m;
    } else {
        e->modules->first = m;
    }
    e->modules->last = m;
    e->modules->count++;
    e->modules->generation++;
    return m;
}

pl_func *pl_code_find(const pl_module *m, pl_term name, uint32_t arity)
{
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        if (m->funcs[i]->name == name && m->funcs[i]->arity == arity) {
            return m->funcs[i];
        }
    }
    return NULL;
}

void pl_code_set_struct(pl_engine *e, pl_term module, pl_term fields)
{
    pl_module *m = pl_code_module(e, module);
    if (!m) {
        m = pl_code_new_module(e, module);
    }
    if (!m) {
        pl_release(e, fields);
        return;
    }
    if (m->struct_fields != PL_NONE) {
        pl_release(e, m->struct_fields);
    }
    m->struct_fields = fields;
}

pl_term pl_code_struct_fields(pl_engine *e, pl_term module)
{
    pl_module *m = pl_code_module(e, module);
    return m ? m->struct_fields : PL_NONE;
}
