/* The module table: every module defined so far, in definition order. */
#include <stdlib.h>
#include "../engine.h"
#include "code.h"
#include "../bif/bif.h"

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
    free(f->free_slots);
    free(f);
}

static void module_free(pl_engine *e, pl_module *m)
{
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        pl_func_free(e, m->funcs[i]);
    }
    free(m->funcs);
    free(m->imports);
    for (uint32_t i = 0; i < m->nattrs; i++) {
        pl_release(e, m->attrs[i]);
    }
    free(m->attrs);
    pl_func_free(e, m->body);
    if (m->struct_fields != PL_NONE) {
        pl_release(e, m->struct_fields);
    }
    pl_release(e, m->enforce_keys);
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
        if (m->name == name && m->loaded) {
            return m;
        }
    }
    return NULL;
}

static pl_module *find_any(pl_engine *e, pl_term name)
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
    /* Several modules of one name may exist: compiled ones wait for their
     * defmodule to run (pl_code_load), which retires the loaded one. */
    pl_module *m = calloc(1, sizeof *m);
    if (!m) {
        return NULL;
    }
    m->name = name;
    m->struct_fields = PL_NONE;
    m->enforce_keys = PL_NONE;
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
        if (m->funcs[i]->name == name && m->funcs[i]->arity == arity && !m->funcs[i]->is_anon) {
            return m->funcs[i];
        }
    }
    return NULL;
}

void pl_code_set_struct(pl_engine *e, pl_term module, pl_term fields)
{
    pl_module *m = find_any(e, module);
    if (!m) {
        m = pl_code_new_module(e, module);
    }
    if (!m) {
        pl_release(e, fields);
        return;
    }
    m->loaded = true;
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

int32_t pl_module_add_func(pl_module *m, pl_func *f)
{
    if (m->nfuncs == m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 16;
        pl_func **funcs = realloc(m->funcs, cap * sizeof *funcs);
        if (!funcs) {
            return -1;
        }
        m->funcs = funcs;
        m->cap = cap;
    }
    f->mod = m;
    m->funcs[m->nfuncs] = f;
    return (int32_t)m->nfuncs++;
}

bool pl_code_resolve(pl_engine *e, pl_import *imp)
{
    imp->generation = e->modules->generation;
    imp->fn = NULL;
    imp->bif = -1;
    pl_module *m = pl_code_module(e, imp->mod);
    if (m) {
        pl_func *f = pl_code_find(m, imp->name, imp->arity);
        if (f && !f->is_private) {
            imp->fn = f;
            return true;
        }
    }
    imp->bif = pl_bif_lookup(e, imp->mod, imp->name, imp->arity);
    if (imp->bif < 0 && imp->mod == PL_A(E_Kernel)) {
        /* Kernel's operators and guards are :erlang's (&Kernel.+/2) */
        imp->bif = pl_bif_lookup(e, PL_A(erlang), imp->name, imp->arity);
    }
    return imp->bif >= 0;
}

const pl_import *pl_code_resolve_cached(pl_engine *e, pl_term mod, pl_term name, uint32_t arity)
{
    uint64_t h = (mod * 0x9E3779B97F4A7C15ull) ^ (name * 0xC2B2AE3D27D4EB4Full) ^ arity;
    pl_import *c = &e->modules->apply_cache[(h ^ (h >> 32)) & (PL_APPLY_CACHE - 1)];
    if (c->mod == mod && c->name == name && c->arity == arity &&
        c->generation == e->modules->generation && (c->fn || c->bif >= 0)) {
        return c;
    }
    pl_import imp = { .mod = mod, .name = name, .arity = arity, .bif = -1 };
    if (!pl_code_resolve(e, &imp)) {
        return NULL;
    }
    *c = imp;
    return c;
}

pl_module *pl_code_pending_module(pl_engine *e, pl_term name)
{
    pl_module *found = NULL;
    for (pl_module *m = e->modules->first; m; m = m->next) {
        if (m->name == name && !m->loaded && m->body) {
            found = m; /* the latest compiled one */
        }
    }
    return found;
}

void pl_code_load(pl_engine *e, pl_module *m)
{
    for (pl_module *o = e->modules->first; o; o = o->next) {
        if (o != m && o->name == m->name && o->loaded) {
            o->name = PL_NONE; /* retired: kept alive for closures into it */
            o->loaded = false;
        }
    }
    m->loaded = true;
    e->modules->generation++;
}

void pl_code_adopt(pl_engine *e, pl_module *m)
{
    if (e->modules->last) {
        e->modules->last->next = m;
    } else {
        e->modules->first = m;
    }
    e->modules->last = m;
    e->modules->count++;
    pl_code_load(e, m);
}

void pl_code_free_detached(pl_engine *e, pl_module *m)
{
    if (m) {
        module_free(e, m);
    }
}
