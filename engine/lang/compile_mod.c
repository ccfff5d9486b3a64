/* Functions and modules: closures, defmodule (with its body, attributes and
 * defs), directives, and pl_compile_script, the compiler's entry point. */
#include <stdio.h>
#include <stdlib.h>
#include "../atom.h"
#include "../bif/bif.h"
#include "compile_int.h"
#include "parser.h"

/* ---- Function contexts ---- */

cfn *c_fn_new(cunit *u, cmod *m, cfn *outer, pl_func *fn)
{
    cfn *f = calloc(1, sizeof *f);
    if (!f) {
        u->failed = true;
        return NULL;
    }
    f->u = u;
    f->m = m;
    f->outer = outer;
    f->fn = fn;
    f->line = outer ? outer->line : 1;
    f->ctx_name = outer ? outer->ctx_name : NULL;
    return f;
}

void c_fn_free(cfn *f)
{
    if (!f) {
        return;
    }
    for (uint32_t i = 0; i < f->nconsts; i++) {
        pl_release(f->u->e, f->consts[i]);
    }
    free(f->consts);
    free(f->code);
    free(f->lines);
    free(f->vars);
    free(f->caps);
    free(f->labels);
    free(f->patches);
    free(f);
}

bool c_fn_finish(cfn *f)
{
    pl_func *fn = f->fn;
    if (c_failed(f)) {
        c_fn_free(f);
        return false;
    }
    for (uint32_t i = 0; i < f->npatches; i++) {
        uint32_t at = f->patches[i], label = f->code[at];
        if (label >= f->nlabels || f->labels[label].addr == UINT32_MAX) {
            c_error(f, PL_NONE, "internal: unbound label");
            c_fn_free(f);
            return false;
        }
        f->code[at] = f->labels[label].addr;
    }
    fn->code = f->code;
    fn->lines = f->lines;
    fn->code_len = f->len;
    fn->consts = f->consts;
    fn->nconsts = f->nconsts;
    fn->nslots = f->nslots;
    fn->max_stack = (uint32_t)f->max_depth + 2;
    fn->nfree = f->ncaps;
    if (f->ncaps) {
        fn->free_slots = malloc(f->ncaps * sizeof *fn->free_slots);
        for (uint32_t i = 0; fn->free_slots && i < f->ncaps; i++) {
            fn->free_slots[i] = f->caps[i].slot;
        }
    }
    f->code = f->lines = NULL;
    f->consts = NULL;
    f->nconsts = 0;
    c_fn_free(f);
    return true;
}

static pl_func *new_func(cfn *f, cmod *m, pl_term name, uint32_t arity, int32_t *index)
{
    pl_func *fn = pl_func_new(m->mod);
    if (!fn || (*index = pl_module_add_func(m->mod, fn)) < 0) {
        free(fn);
        f->u->failed = true;
        return NULL;
    }
    fn->name = name;
    fn->arity = arity;
    return fn;
}

/* Arity of a clause list: the parameters of the first clause, minus a guard. */
static uint32_t clauses_arity(cunit *u, pl_term clauses)
{
    pl_term cargs, wargs;
    if (!pl_is_cons(clauses) || !c_is_call(u, pl_head(clauses), u->a.a_arrow, NULL, &cargs)) {
        return 0;
    }
    pl_term params = c_nth(cargs, 0);
    if (c_list_len(params) == 1 && c_is_call(u, pl_head(params), u->a.a_when, NULL, &wargs)) {
        return c_list_len(wargs) - 1;
    }
    return c_list_len(params);
}

void c_fn(cfn *f, pl_term clauses, pl_term meta)
{
    cunit *u = f->u;
    uint32_t arity = clauses_arity(u, clauses);
    char buf[160];
    snprintf(buf, sizeof buf, "-%s-fun-%u-", f->ctx_name ? f->ctx_name : "script", f->m->anon_count++);
    int32_t index;
    pl_func *fn = new_func(f, f->m, c_atom(u, buf), arity, &index);
    if (!fn) {
        return;
    }
    fn->is_anon = true;
    fn->is_private = true;
    cfn *child = c_fn_new(u, f->m, f, fn);
    if (!child) {
        return;
    }
    c_set_line(child, meta);
    uint32_t slots[256];
    for (uint32_t i = 0; i < arity && i < 256; i++) {
        slots[i] = c_new_slot(child);
    }
    c_clauses_on(child, clauses, slots, arity, true, 0);
    c_emit(child, PL_OP_FUNC_CLAUSE, 0);
    uint32_t ncaps = child->ncaps;
    uint32_t outer_slots[256];
    for (uint32_t i = 0; i < ncaps && i < 256; i++) {
        outer_slots[i] = child->caps[i].outer_slot;
    }
    if (!c_fn_finish(child)) {
        return;
    }
    for (uint32_t i = 0; i < ncaps; i++) {
        c_emit(f, PL_OP_LOCAL, 1);
        c_word(f, outer_slots[i]);
    }
    c_emit(f, PL_OP_FUN, 1 - (int)ncaps);
    c_word(f, (uint32_t)index);
    c_word(f, ncaps);
}

/* ---- Module-level lookups ---- */

int32_t c_find_def(cmod *m, pl_term name, uint32_t arity)
{
    for (uint32_t i = 0; i < m->ndefs; i++) {
        if (m->defs[i].name == name && m->defs[i].arity == arity) {
            return m->defs[i].index;
        }
    }
    return -1;
}

uint32_t c_import(cfn *f, pl_term mod, pl_term name, uint32_t arity)
{
    pl_module *pm = f->m->mod;
    for (uint32_t i = 0; i < pm->nimports; i++) {
        pl_import *imp = &pm->imports[i];
        if (imp->mod == mod && imp->name == name && imp->arity == arity) {
            return i;
        }
    }
    pl_import *imps = realloc(pm->imports, (pm->nimports + 1) * sizeof *imps);
    if (!imps) {
        f->u->failed = true;
        return 0;
    }
    pm->imports = imps;
    imps[pm->nimports] = (pl_import){ mod, name, arity, -1, NULL, 0 };
    return pm->nimports++;
}

int32_t c_module_attr(cfn *f, pl_term name)
{
    cmod *m = f->m;
    for (uint32_t i = m->attr_mark; i > 0; i--) {
        if (m->attrs[i - 1].name == name) {
            return (int32_t)m->attrs[i - 1].slot;
        }
    }
    return -1;
}

static void add_alias(cfn *f, cmod *m, pl_term short_name, pl_term full)
{
    calias *a = realloc(m->aliases, (m->naliases + 1) * sizeof *a);
    if (!a) {
        f->u->failed = true;
        return;
    }
    m->aliases = a;
    a[m->naliases++] = (calias){ short_name, full };
}

/* The last segment of a module name, as an atom: Foo.Bar -> :Bar. */
static pl_term last_segment(cunit *u, pl_term mod)
{
    const char *s = pl_atom_name(&u->e->atoms, mod);
    const char *dot = strrchr(s, '.');
    return c_atom(u, dot ? dot + 1 : s);
}

void c_defmodule_directive(cfn *f, pl_term name, pl_term args)
{
    cunit *u = f->u;
    pl_term target = c_alias_atom(f, c_nth(args, 0));
    if (target == PL_NONE) {
        if (name == u->a.a_alias) {
            c_error(f, c_meta(c_nth(args, 0)), "invalid argument for alias");
        }
        return;
    }
    if (name == u->a.a_alias) {
        pl_term opts = c_nth(args, 1), as = opts != PL_NONE ? c_kw_get(opts, u->a.a_as) : PL_NONE;
        pl_term short_name = as != PL_NONE ? last_segment(u, c_alias_atom(f, as)) : last_segment(u, target);
        add_alias(f, f->m, short_name, target);
    } else if (name == u->a.a_import) {
        pl_term *imps = realloc(f->m->imports, (f->m->nimports + 1) * sizeof *imps);
        if (!imps) {
            u->failed = true;
            return;
        }
        f->m->imports = imps;
        imps[f->m->nimports++] = target;
    }
}

/* ---- defmodule ---- */

static void free_cmod(cmod *m)
{
    for (uint32_t i = 0; i < m->ndefs; i++) {
        free(m->defs[i].clauses);
        free(m->defs[i].attr_marks);
    }
    free(m->defs);
    free(m->attrs);
    free(m->aliases);
    free(m->imports);
}

static cdef *find_cdef(cmod *m, pl_term name, uint32_t arity)
{
    for (uint32_t i = 0; i < m->ndefs; i++) {
        if (m->defs[i].name == name && m->defs[i].arity == arity) {
            return &m->defs[i];
        }
    }
    return NULL;
}

static cdef *declare_def(cfn *f, cmod *m, pl_term name, uint32_t arity, bool priv)
{
    cdef *d = find_cdef(m, name, arity);
    if (d) {
        return d;
    }
    cdef *defs = realloc(m->defs, (m->ndefs + 1) * sizeof *defs);
    if (!defs) {
        f->u->failed = true;
        return NULL;
    }
    m->defs = defs;
    d = &defs[m->ndefs++];
    *d = (cdef){ .name = name, .arity = arity, .priv = priv, .index = -1 };
    pl_func *fn = new_func(f, m, name, arity, &d->index);
    if (fn) {
        fn->is_private = priv;
    }
    return d;
}

/* def head: name(params) or name(params) when guard. */
static pl_term def_head(cunit *u, pl_term head, pl_term *guard, pl_term *params)
{
    pl_term wargs;
    *guard = PL_NONE;
    if (c_is_call(u, head, u->a.a_when, NULL, &wargs) && c_list_len(wargs) == 2) {
        head = c_nth(wargs, 0);
        *guard = c_nth(wargs, 1);
    }
    if (!pl_is_tuple(head) || pl_tuple_arity(head) != 3 || !pl_is_atom(pl_tuple_get(head, 0))) {
        return PL_NONE;
    }
    pl_term p = pl_tuple_get(head, 2);
    *params = pl_is_list(p) ? p : PL_NIL;
    return pl_tuple_get(head, 0);
}

static uint32_t count_defaults(cunit *u, pl_term params)
{
    uint32_t n = 0;
    for (; pl_is_cons(params); params = pl_tail(params)) {
        n += c_is_call(u, pl_head(params), u->a.a_defaults, NULL, NULL);
    }
    return n;
}

static void record_clause(cfn *f, cmod *m, cdef *d, pl_term def_ast)
{
    if (!d) {
        return;
    }
    if (d->nclauses == d->cap) {
        uint32_t cap = d->cap ? d->cap * 2 : 4;
        pl_term *c = realloc(d->clauses, cap * sizeof *c);
        uint32_t *marks = realloc(d->attr_marks, cap * sizeof *marks);
        if (c) {
            d->clauses = c;
        }
        if (marks) {
            d->attr_marks = marks;
        }
        if (!c || !marks) {
            f->u->failed = true;
            return;
        }
        d->cap = cap;
    }
    d->clauses[d->nclauses] = def_ast;
    d->attr_marks[d->nclauses++] = m->nattrs;
}

/* Pass 1 over a module body: declare every def so calls can go before them. */
static void collect_defs(cfn *f, cmod *m, pl_term stmts)
{
    cunit *u = f->u;
    for (; pl_is_cons(stmts); stmts = pl_tail(stmts)) {
        pl_term s = pl_head(stmts), args, meta, guard, params;
        bool priv = c_is_call(u, s, u->a.a_defp, &meta, &args);
        if (!priv && !c_is_call(u, s, u->a.a_def, &meta, &args)) {
            continue;
        }
        pl_term name = def_head(u, c_nth(args, 0), &guard, &params);
        if (name == PL_NONE) {
            c_error(f, meta, "invalid function head");
            return;
        }
        uint32_t arity = c_list_len(params), ndef = count_defaults(u, params);
        for (uint32_t k = arity - ndef; k <= arity; k++) {
            declare_def(f, m, name, k, priv);
        }
    }
}

/* The clauses of one def/defp are compiled together into one function. */
static void compile_def(cfn *f, cmod *m, cdef *d)
{
    cunit *u = f->u;
    pl_func *fn = m->mod->funcs[d->index];
    char ctx[128];
    snprintf(ctx, sizeof ctx, "%s/%u", pl_atom_name(&u->e->atoms, d->name), d->arity);
    cfn *df = c_fn_new(u, m, NULL, fn);
    if (!df) {
        return;
    }
    df->ctx_name = ctx;
    uint32_t slots[256];
    for (uint32_t i = 0; i < d->arity && i < 256; i++) {
        slots[i] = c_new_slot(df);
    }
    for (uint32_t c = 0; c < d->nclauses && !c_failed(df); c++) {
        pl_term args, guard, params, meta = c_meta(d->clauses[c]);
        c_is_call(u, d->clauses[c], pl_tuple_get(d->clauses[c], 0), NULL, &args);
        def_head(u, c_nth(args, 0), &guard, &params);
        pl_term blocks = c_nth(args, 1);
        pl_term body = blocks != PL_NONE && pl_is_list(blocks) ? c_kw_get(blocks, u->a.a_do) : PL_NONE;
        if (blocks == PL_NONE) {
            continue; /* a bodiless head only declares defaults */
        }
        m->attr_mark = d->attr_marks[c];
        c_set_line(df, meta);
        uint32_t mark = c_scope_save(df), next = c_new_label(df), i = 0;
        c_pattern_begin(df);
        for (pl_term p = params; pl_is_cons(p) && i < d->arity; p = pl_tail(p), i++) {
            pl_term pat = pl_head(p), dargs;
            if (c_is_call(u, pat, u->a.a_defaults, NULL, &dargs)) {
                pat = c_nth(dargs, 0);
            }
            c_pattern(df, pat, slots[i], next);
        }
        if (guard != PL_NONE) {
            c_guard(df, guard, next);
        }
        if (c_kw_get(blocks, u->a.a_rescue) != PL_NONE || c_kw_get(blocks, u->a.a_catch) != PL_NONE ||
            c_kw_get(blocks, u->a.a_after) != PL_NONE) {
            /* def f do ... rescue ... end: the body is an implicit try */
            pl_term targs = pl_cons_new(u->e, pl_retain(blocks), PL_NIL);
            c_try(df, targs, meta, true);
            pl_release(u->e, targs);
        } else {
            c_block(df, body != PL_NONE ? body : PL_ATOM_NIL, true);
        }
        c_scope_restore(df, mark);
        c_bind_label(df, next);
        if (guard != PL_NONE) {
            c_emit(df, PL_OP_DROP_TO, 0); /* what a failed guard left */
            c_word(df, 0);
        }
        c_set_depth(df, 0);
    }
    c_emit(df, PL_OP_FUNC_CLAUSE, 0);
    c_fn_finish(df);
}

/* f/k for a def with defaults: calls f/n filling the missing arguments. The k
 * given arguments go to the required parameters and to the leftmost defaulted
 * ones; the rightmost defaults are used, as Elixir does. */
static void compile_default_stub(cfn *f, cmod *m, cdef *full, uint32_t k)
{
    cunit *u = f->u;
    cdef *d = find_cdef(m, full->name, k);
    pl_term args, guard, params;
    if (!d || d->nclauses > 0) {
        return;
    }
    c_is_call(u, full->clauses[0], pl_tuple_get(full->clauses[0], 0), NULL, &args);
    def_head(u, c_nth(args, 0), &guard, &params);
    uint32_t ndefaults = count_defaults(u, params);
    if (k + ndefaults < full->arity) {
        return; /* f/k belongs to another def of the same name */
    }
    cfn *df = c_fn_new(u, m, NULL, m->mod->funcs[d->index]);
    if (!df) {
        return;
    }
    m->attr_mark = full->attr_marks[0];
    uint32_t given_defaults = k - (full->arity - ndefaults), seen = 0, given = 0;
    df->nslots = k;
    for (pl_term p = params; pl_is_cons(p); p = pl_tail(p)) {
        pl_term dargs;
        if (c_is_call(u, pl_head(p), u->a.a_defaults, NULL, &dargs) && seen++ >= given_defaults) {
            c_expr(df, c_nth(dargs, 1), false);
        } else {
            c_emit(df, PL_OP_LOCAL, 1);
            c_word(df, given++);
        }
    }
    c_emit(df, PL_OP_TAIL, -(int)full->arity);
    c_word(df, (uint32_t)full->index);
    c_word(df, full->arity);
    c_fn_finish(df);
}

static bool skipped_attr(const catoms *a, pl_term name)
{
    return name == a->a_doc || name == a->a_moduledoc || name == a->a_impl || name == a->a_spec ||
           name == a->a_type_attr || name == a->a_typep || name == a->a_opaque ||
           name == a->a_callback || name == a->a_behaviour || name == a->a_derive ||
           name == a->a_compile || name == a->a_dialyzer;
}

/* @name value in a module body: a new version of the attribute. */
static void c_attr_set(cfn *bf, cmod *m, pl_term inner)
{
    cunit *u = bf->u;
    pl_term name = pl_tuple_get(inner, 0), vals = pl_tuple_get(inner, 2);
    if (skipped_attr(&u->a, name) || !pl_is_list(vals) || c_list_len(vals) != 1) {
        return;
    }
    c_expr(bf, pl_head(vals), false);
    cattr *attrs = realloc(m->attrs, (m->nattrs + 1) * sizeof *attrs);
    pl_term *slots = realloc(m->mod->attrs, (m->mod->nattrs + 1) * sizeof *slots);
    if (attrs) {
        m->attrs = attrs;
    }
    if (slots) {
        m->mod->attrs = slots;
    }
    if (!attrs || !slots) {
        u->failed = true;
        return;
    }
    uint32_t slot = m->mod->nattrs++;
    slots[slot] = PL_ATOM_NIL;
    attrs[m->nattrs++] = (cattr){ name, slot };
    m->attr_mark = m->nattrs;
    c_emit(bf, PL_OP_ATTR_SET, -1);
    c_word(bf, slot);
}

static void c_module_stmt(cfn *bf, cmod *m, pl_term s)
{
    cunit *u = bf->u;
    pl_term args, meta, guard, params;
    bool priv = c_is_call(u, s, u->a.a_defp, &meta, &args);
    if (priv || c_is_call(u, s, u->a.a_def, &meta, &args)) {
        pl_term name = def_head(u, c_nth(args, 0), &guard, &params);
        record_clause(bf, m, find_cdef(m, name, c_list_len(params)), s);
        return;
    }
    if (c_is_call(u, s, u->a.a_attr, &meta, &args) && c_list_len(args) == 1) {
        pl_term inner = pl_head(args);
        if (pl_is_tuple(inner) && pl_tuple_arity(inner) == 3 && pl_is_list(pl_tuple_get(inner, 2))) {
            c_attr_set(bf, m, inner);
            return;
        }
    }
    bool exc = c_is_call(u, s, u->a.a_defexception, &meta, &args);
    if (exc || c_is_call(u, s, u->a.a_defstruct, &meta, &args)) {
        c_push_const(bf, m->name);
        c_expr(bf, c_nth(args, 0), false);
        int32_t enforce = c_module_attr(bf, u->a.a_enforce_keys);
        if (enforce >= 0) {
            c_emit(bf, PL_OP_ATTR_GET, 1);
            c_word(bf, (uint32_t)enforce);
        } else {
            c_push_const(bf, PL_NIL);
        }
        c_call_bif(bf, "Elixir.Kernel", exc ? "__defexception__" : "__defstruct__", 3);
        c_emit(bf, PL_OP_POP, -1);
        return;
    }
    if (c_is_call(u, s, u->a.a_use, &meta, &args)) {
        /* @__use_opts__ holds the options for the injected defs (child_spec/1) */
        pl_term attr = pl_tuple3(u->e, c_atom(u, "__use_opts__"), PL_NIL,
                                 pl_cons_new(u->e, pl_retain(c_list_len(args) > 1 ? c_nth(args, 1)
                                                                                  : PL_NIL),
                                             PL_NIL));
        c_attr_set(bf, m, attr);
        pl_release(u->e, attr);
        return;
    }
    c_expr(bf, s, false);
    c_emit(bf, PL_OP_POP, -1);
}

/* Does the module body define name/arity itself? */
static bool defines(cunit *u, pl_term stmts, const char *name, uint32_t arity)
{
    pl_term want = c_atom(u, name);
    for (; pl_is_cons(stmts); stmts = pl_tail(stmts)) {
        pl_term args, guard, params;
        if ((c_is_call(u, pl_head(stmts), u->a.a_def, NULL, &args) ||
             c_is_call(u, pl_head(stmts), u->a.a_defp, NULL, &args)) &&
            def_head(u, c_nth(args, 0), &guard, &params) == want && c_list_len(params) == arity) {
            return true;
        }
    }
    return false;
}

/* [block] (a __block__ or one expression) followed by the exprs in [more]: a
 * new __block__. */
static pl_term append_lists(cunit *u, pl_term block, pl_term more)
{
    pl_term exprs;
    pl_term first = c_is_call(u, block, u->a.a_block, NULL, &exprs)
                        ? pl_retain(exprs) : pl_cons_new(u->e, pl_retain(block), PL_NIL);
    pl_term rev = pl_list_reverse(u->e, first);
    for (pl_term l = more; pl_is_cons(l); l = pl_tail(l)) {
        rev = pl_cons_new(u->e, pl_retain(pl_head(l)), rev);
    }
    pl_term all = pl_list_reverse(u->e, rev);
    pl_release(u->e, rev);
    pl_release(u->e, first);
    return pl_tuple3(u->e, u->a.a_block, PL_NIL, all);
}

/* Functions every module gets (__info__/1), structs get (__struct__/0,1) and
 * exceptions get (exception/1, message/1), unless the module defines them.
 * They are written in Elixir and parsed here, as Elixir's own macros would
 * expand them. Returns the extended statement list (a new reference). */
static pl_term exception_defs(cfn *f, pl_term stmts)
{
    cunit *u = f->u;
    bool has = false;
    for (pl_term l = stmts; pl_is_cons(l); l = pl_tail(l)) {
        has = has || c_is_call(u, pl_head(l), u->a.a_defexception, NULL, NULL);
    }
    char src[768] = "";
    if (!defines(u, stmts, "__info__", 1)) {
        strcat(src, "def __info__(key), do: Kernel.__module_info__(__MODULE__, key)\n");
    }
    bool is_struct = false;
    for (pl_term l = stmts; pl_is_cons(l); l = pl_tail(l)) {
        is_struct = is_struct || c_is_call(u, pl_head(l), u->a.a_defstruct, NULL, NULL);
    }
    if ((has || is_struct) && !defines(u, stmts, "__struct__", 0)) {
        strcat(src, "def __struct__(), do: Kernel.struct(__MODULE__)\n"
                    "def __struct__(kv), do: Kernel.struct(__MODULE__, kv)\n");
    }
    if (has && !defines(u, stmts, "exception", 1)) {
        strcat(src, "def exception(msg) when is_binary(msg), do: exception(message: msg)\n"
                    "def exception(args) when is_list(args), "
                    "do: Kernel.__struct_new__(__MODULE__, :maps.from_list(args))\n");
    }
    if (has && !defines(u, stmts, "message", 1)) {
        strcat(src, "def message(exception), do: exception.message\n");
    }
    pl_parse_error perr;
    pl_term ast = pl_parse(u->e, "defexception", src, strlen(src), &perr);
    pl_term extra, out = pl_retain(stmts);
    if (ast == PL_NONE) {
        return out;
    }
    /* `use Mod`: its defs, unless the module defines the same name/arity */
    for (pl_term l = stmts; pl_is_cons(l); l = pl_tail(l)) {
        pl_term uargs;
        if (!c_is_call(u, pl_head(l), u->a.a_use, NULL, &uargs)) {
            continue;
        }
        pl_term defs = c_use_defs(f, uargs);
        for (pl_term d = defs; pl_is_cons(d); d = pl_tail(d)) {
            pl_term dargs, guard, params;
            if (!c_is_call(u, pl_head(d), u->a.a_def, NULL, &dargs) &&
                !c_is_call(u, pl_head(d), u->a.a_defp, NULL, &dargs)) {
                continue;
            }
            pl_term name = def_head(u, c_nth(dargs, 0), &guard, &params);
            if (name != PL_NONE && !defines(u, stmts, pl_atom_name(&u->e->atoms, name),
                                            c_list_len(params))) {
                pl_term next = pl_cons_new(u->e, pl_retain(pl_head(d)), PL_NIL);
                pl_term joined = append_lists(u, ast, next);
                pl_release(u->e, next);
                pl_release(u->e, ast);
                ast = joined;
            }
        }
        pl_release(u->e, defs);
    }
    if (!c_is_call(u, ast, u->a.a_block, NULL, &extra)) {
        extra = PL_NONE;
    }
    pl_term rev = pl_list_reverse(u->e, extra != PL_NONE ? extra : PL_NIL);
    if (extra == PL_NONE) {
        pl_release(u->e, rev);
        rev = pl_cons_new(u->e, pl_retain(ast), PL_NIL);
    }
    pl_term all = pl_list_reverse(u->e, stmts);
    for (pl_term l = rev; pl_is_cons(l); l = pl_tail(l)) {
        all = pl_cons_new(u->e, pl_retain(pl_head(l)), all);
    }
    pl_release(u->e, out);
    out = pl_list_reverse(u->e, all);
    pl_release(u->e, all);
    pl_release(u->e, rev);
    pl_release(u->e, ast);
    return out;
}

static pl_term module_name(cfn *f, pl_term alias_ast)
{
    cunit *u = f->u;
    pl_term name = c_alias_atom(f, alias_ast), parts;
    if (name == PL_NONE || f->m->is_script) {
        return name;
    }
    /* defmodule Inner inside Outer is Outer.Inner (unless already nested). */
    if (c_is_call(u, alias_ast, u->a.a_aliases, NULL, &parts) && pl_is_atom(pl_head(parts))) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s.%s", pl_atom_name(&u->e->atoms, f->m->name),
                 pl_atom_name(&u->e->atoms, name) + strlen("Elixir."));
        pl_term full = c_atom(u, buf);
        add_alias(f, f->m, pl_head(parts), full);
        return full;
    }
    return name;
}

void c_defmodule(cfn *f, pl_term args, pl_term meta)
{
    cunit *u = f->u;
    pl_term name = module_name(f, c_nth(args, 0));
    pl_term blocks = c_nth(args, 1);
    pl_term body = blocks != PL_NONE && pl_is_list(blocks) ? c_kw_get(blocks, u->a.a_do) : PL_NONE;
    if (name == PL_NONE || body == PL_NONE) {
        c_error(f, meta, "invalid defmodule");
        return;
    }
    cmod m = { .u = u, .parent = f->m, .name = name };
    m.mod = pl_code_new_module(u->e, name);
    if (!m.mod) {
        u->failed = true;
        return;
    }
    pl_term stmts, one = PL_NONE;
    if (!c_is_call(u, body, u->a.a_block, NULL, &stmts)) {
        one = pl_cons_new(u->e, pl_retain(body), PL_NIL);
        stmts = one;
    }
    pl_term all = exception_defs(f, stmts);
    pl_release(u->e, one);
    one = all;
    stmts = all;
    m.mod->body = pl_func_new(m.mod);
    cfn *bf = m.mod->body ? c_fn_new(u, &m, NULL, m.mod->body) : NULL;
    if (bf) {
        m.mod->body->name = c_atom(u, "__MODULE__");
        bf->ctx_name = "__MODULE__/0";
        c_set_line(bf, meta);
        collect_defs(bf, &m, stmts);
        for (pl_term s = stmts; pl_is_cons(s) && !c_failed(bf); s = pl_tail(s)) {
            c_module_stmt(bf, &m, pl_head(s));
        }
        c_push_const(bf, c_atom(u, "module"));
        c_push_const(bf, name);
        c_push_const(bf, pl_bin_new(u->e, "", 0));
        c_push_const(bf, PL_ATOM_NIL);
        c_emit(bf, PL_OP_TUPLE, -3);
        c_word(bf, 4);
        c_emit(bf, PL_OP_RET, -1);
        c_fn_finish(bf);
    }
    for (uint32_t i = 0; i < m.ndefs && !u->failed; i++) {
        if (m.defs[i].nclauses > 0) {
            compile_def(f, &m, &m.defs[i]);
            for (uint32_t k = 0; k < m.defs[i].arity; k++) {
                compile_default_stub(f, &m, &m.defs[i], k);
            }
        }
    }
    for (uint32_t i = 0; i < m.ndefs && !u->failed; i++) {
        if (m.defs[i].nclauses == 0 && m.mod->funcs[m.defs[i].index]->code == NULL) {
            c_error(f, meta, "internal: function %s/%u has no clauses",
                    pl_atom_name(&u->e->atoms, m.defs[i].name), m.defs[i].arity);
        }
    }
    pl_release(u->e, one);
    free_cmod(&m);
    c_emit(f, PL_OP_DEFMODULE, 1);
    c_word(f, c_const(f, name));
}

/* ---- Entry point ---- */

/* ---- The prompt's environment: aliases and imports carried between inputs ---- */

/* Starts the script module with [env]: [{:alias, short, full} | {:import, mod}]. */
static bool env_load(cmod *m, pl_term env)
{
    uint32_t n = c_list_len(env);
    if (n == 0) {
        return true;
    }
    m->aliases = malloc(n * sizeof *m->aliases);
    m->imports = malloc(n * sizeof *m->imports);
    if (!m->aliases || !m->imports) {
        return false;
    }
    for (pl_term l = env; pl_is_cons(l); l = pl_tail(l)) {
        pl_term entry = pl_head(l);
        if (pl_tuple_arity(entry) == 3) {
            m->aliases[m->naliases++] = (calias){ pl_tuple_get(entry, 1), pl_tuple_get(entry, 2) };
        } else {
            m->imports[m->nimports++] = pl_tuple_get(entry, 1);
        }
    }
    return true;
}

/* The aliases and imports in force at the end of an input, for the next. */
static pl_term env_save(cunit *u, const cmod *m)
{
    pl_engine *e = u->e;
    pl_term env = PL_NIL;
    for (uint32_t i = m->nimports; i > 0 && env != PL_NONE; i--) {
        env = pl_cons_new(e, pl_tuple2(e, c_atom(u, "import"), m->imports[i - 1]), env);
    }
    for (uint32_t i = m->naliases; i > 0 && env != PL_NONE; i--) {
        env = pl_cons_new(e, pl_tuple3(e, c_atom(u, "alias"), m->aliases[i - 1].short_name,
                                       m->aliases[i - 1].full), env);
    }
    if (env == PL_NONE) {
        u->failed = true;
        return PL_NIL;
    }
    return env;
}

/* Pushes {v1, ...}, every variable visible at the top level now (the newest
 * binding of each name, oldest first), and returns their names
 * as a new list: what the next iex input starts from. */
static pl_term eval_bindings(cfn *f)
{
    pl_engine *e = f->u->e;
    pl_term names = PL_NIL;
    uint32_t n = 0;
    for (uint32_t i = f->nvars; i > 0; i--) {
        pl_term name = f->vars[i - 1].name;
        const char *s = pl_atom_name(&e->atoms, name);
        bool user = (*s >= 'a' && *s <= 'z') || *s == '_';
        bool newer = false;
        for (uint32_t j = i; j < f->nvars && !newer; j++) {
            newer = f->vars[j].name == name;
        }
        if (!user || newer) {
            continue;
        }
        pl_term cell = pl_cons_new(e, name, names);
        if (cell == PL_NONE) {
            f->u->failed = true;
            break;
        }
        names = cell;
        n++;
    }
    for (pl_term l = names; pl_is_cons(l); l = pl_tail(l)) {
        c_emit(f, PL_OP_LOCAL, 1);
        c_word(f, (uint32_t)c_lookup_var(f, pl_head(l)));
    }
    c_emit(f, PL_OP_TUPLE, 1 - (int)n);
    c_word(f, n);
    return names;
}

/* Compiles a top-level function of [names] (a list of variable atoms, bound to
 * its parameters in order) around [ast]. With [eval], it returns {value,
 * {v1, ...}}: every variable bound at its top level afterwards, named in
 * [*out_names]. */
static pl_status compile_top(pl_engine *e, const char *file, pl_term ast, pl_term names,
                             pl_term env, bool eval, pl_func **out, pl_term *out_names,
                             pl_term *out_env, pl_compile_error *err)
{
    cunit u = { .e = e, .file = file, .err = err, .eval = eval };
    memset(err, 0, sizeof *err);
#define CA(c, s) u.a.c = pl_atom_intern(&e->atoms, s, strlen(s));
#include "compile_atoms.def"
#undef CA
    /* Elixir names a script's code :elixir_compiler_0 and its body __FILE__/1. */
    pl_term sname = c_atom(&u, "elixir_compiler_0");
    cmod m = { .u = &u, .name = sname, .is_script = true };
    m.mod = pl_code_new_module(e, sname);
    if (!m.mod || !env_load(&m, env)) {
        free_cmod(&m);
        return PL_ENOMEM;
    }
    pl_code_load(e, m.mod);
    int32_t index;
    cfn tmp = { .u = &u };
    uint32_t arity = c_list_len(names);
    pl_func *fn = new_func(&tmp, &m, c_atom(&u, "__script__"), arity, &index);
    cfn *f = fn ? c_fn_new(&u, &m, NULL, fn) : NULL;
    if (!f) {
        free_cmod(&m);
        return PL_ENOMEM;
    }
    f->ctx_name = "__FILE__/1";
    for (pl_term n = names; pl_is_cons(n); n = pl_tail(n)) {
        c_bind_var(f, pl_head(n), c_new_slot(f));
    }
    if (eval) {
        c_block(f, ast, false);
        *out_names = eval_bindings(f);
        *out_env = env_save(&u, &m);
        c_emit(f, PL_OP_TUPLE, -1);
        c_word(f, 2);
        c_emit(f, PL_OP_RET, -1);
    } else {
        c_block(f, ast, true);
    }
    bool ok = c_fn_finish(f);
    free_cmod(&m);
    if (!ok) {
        if (eval) {
            pl_release(e, *out_names);
            pl_release(e, *out_env);
        }
        return PL_ECOMPILE;
    }
    *out = fn;
    return PL_OK;
}

pl_status pl_compile_script(pl_engine *e, const char *file, pl_term ast, pl_func **out,
                            pl_compile_error *err)
{
    return compile_top(e, file, ast, PL_NIL, PL_NIL, false, out, NULL, NULL, err);
}

pl_status pl_compile_eval(pl_engine *e, const char *file, pl_term ast, pl_term names,
                          pl_term env, pl_func **out, pl_term *out_names, pl_term *out_env,
                          pl_compile_error *err)
{
    *out_names = PL_NIL;
    *out_env = PL_NIL;
    return compile_top(e, file, ast, names, env, true, out, out_names, out_env, err);
}
