/* Compiler core: code emission, labels, slots, variable scopes, constants and the
 * small AST helpers every compile*.c file uses. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "../atom.h"
#include "../map.h"
#include "compile_int.h"

/* ---- Errors ---- */

void c_error(cfn *f, pl_term meta, const char *fmt, ...)
{
    cunit *u = f->u;
    if (u->failed) {
        return; /* keep the first error: later ones are usually consequences */
    }
    u->failed = true;
    pl_term line = meta != PL_NONE ? c_kw_get(meta, u->a.a_line) : PL_NONE;
    u->err->line = line != PL_NONE && pl_is_small(line) ? (int)pl_small_value(line) : (int)f->line;
    snprintf(u->err->kind, sizeof u->err->kind, "CompileError");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(u->err->message, sizeof u->err->message, fmt, ap);
    va_end(ap);
}

/* ---- Emission ---- */

static bool grow(void **buf, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap) {
        return true;
    }
    uint32_t n = *cap ? *cap : 64;
    while (n < need) {
        n *= 2;
    }
    void *p = realloc(*buf, (size_t)n * elem);
    if (!p) {
        return false;
    }
    *buf = p;
    *cap = n;
    return true;
}

static void out_of_memory(cfn *f)
{
    if (!f->u->failed) {
        f->u->failed = true;
        snprintf(f->u->err->kind, sizeof f->u->err->kind, "SystemLimitError");
        snprintf(f->u->err->message, sizeof f->u->err->message, "out of memory while compiling");
    }
}

void c_word(cfn *f, uint32_t w)
{
    if (f->len == f->cap) {
        uint32_t n = f->cap ? f->cap * 2 : 64;
        uint32_t *code = realloc(f->code, (size_t)n * sizeof *code);
        if (code) {
            f->code = code;
        }
        uint32_t *lines = code ? realloc(f->lines, (size_t)n * sizeof *lines) : NULL;
        if (!lines) {
            out_of_memory(f);
            return;
        }
        f->lines = lines;
        f->cap = n;
    }
    f->code[f->len] = w;
    f->lines[f->len] = f->line;
    f->len++;
}

void c_set_depth(cfn *f, int32_t depth)
{
    f->depth = depth;
    if (depth > f->max_depth) {
        f->max_depth = depth;
    }
}

void c_emit(cfn *f, uint32_t op, int stack_effect)
{
    c_word(f, op);
    c_set_depth(f, f->depth + stack_effect);
}

void c_emit_local(cfn *f, uint32_t slot)
{
    if (f->len >= 2 && f->local_at == f->len - 2 && f->code[f->local_at] == PL_OP_LOCAL &&
        f->label_at != f->len) {
        f->code[f->local_at] = PL_OP_LOCAL2;
        c_word(f, slot);
        c_set_depth(f, f->depth + 1);
        return;
    }
    f->local_at = f->len;
    c_emit(f, PL_OP_LOCAL, 1);
    c_word(f, slot);
}

uint32_t c_const(cfn *f, pl_term t)
{
    for (uint32_t i = 0; i < f->nconsts; i++) {
        if (f->consts[i] == t && !pl_is_boxed(t)) {
            return i;
        }
    }
    if (!grow((void **)&f->consts, &f->consts_cap, f->nconsts + 1, sizeof *f->consts)) {
        pl_release(f->u->e, t);
        out_of_memory(f);
        return 0;
    }
    f->consts[f->nconsts] = t;
    return f->nconsts++;
}

void c_push_const(cfn *f, pl_term t)
{
    uint32_t k = c_const(f, t);
    c_emit(f, PL_OP_CONST, 1);
    c_word(f, k);
}

uint32_t c_new_label(cfn *f)
{
    if (!grow((void **)&f->labels, &f->labels_cap, f->nlabels + 2, sizeof *f->labels)) {
        out_of_memory(f);
        return 1;
    }
    if (f->nlabels == 0) {
        f->labels[f->nlabels++].addr = 0; /* id 0 means "no label" */
    }
    f->labels[f->nlabels].addr = UINT32_MAX;
    return f->nlabels++;
}

void c_label_ref(cfn *f, uint32_t label)
{
    if (!grow((void **)&f->patches, &f->patches_cap, f->npatches + 1, sizeof *f->patches)) {
        out_of_memory(f);
        return;
    }
    f->patches[f->npatches++] = f->len;
    c_word(f, label);
}

void c_bind_label(cfn *f, uint32_t label)
{
    if (label < f->nlabels) {
        f->labels[label].addr = f->len;
    }
    f->label_at = f->len;
}

uint32_t c_new_slot(cfn *f) { return f->nslots++; }

void c_set_line(cfn *f, pl_term meta)
{
    pl_term line = c_kw_get(meta, f->u->a.a_line);
    if (line != PL_NONE && pl_is_small(line)) {
        f->line = (uint32_t)pl_small_value(line);
    }
}

/* ---- Variables ---- */

void c_bind_var(cfn *f, pl_term name, uint32_t slot)
{
    if (!grow((void **)&f->vars, &f->vars_cap, f->nvars + 1, sizeof *f->vars)) {
        out_of_memory(f);
        return;
    }
    f->vars[f->nvars++] = (cvar){ name, slot };
}

static int64_t find_local(const cfn *f, pl_term name)
{
    for (uint32_t i = f->nvars; i > 0; i--) {
        if (f->vars[i - 1].name == name) {
            return f->vars[i - 1].slot;
        }
    }
    return -1;
}

int64_t c_lookup_var(cfn *f, pl_term name)
{
    int64_t s = find_local(f, name);
    if (s >= 0 || !f->outer) {
        return s;
    }
    for (uint32_t i = 0; i < f->ncaps; i++) {
        if (f->caps[i].name == name) {
            return f->caps[i].slot;
        }
    }
    int64_t outer = c_lookup_var(f->outer, name);
    if (outer < 0) {
        return -1;
    }
    if (!grow((void **)&f->caps, &f->caps_cap, f->ncaps + 1, sizeof *f->caps)) {
        out_of_memory(f);
        return -1;
    }
    uint32_t slot = c_new_slot(f);
    /* Captures live in f->caps, not in the scope stack: they are visible in the
     * whole body, and scope saves/restores must not shift around them. */
    f->caps[f->ncaps++] = (ccap){ name, (uint32_t)outer, slot };
    return slot;
}

/* ---- AST helpers ---- */

pl_term c_atom(cunit *u, const char *s) { return pl_atom_intern(&u->e->atoms, s, strlen(s)); }

bool c_is_call(const cunit *u, pl_term ast, pl_term name, pl_term *meta, pl_term *args)
{
    (void)u;
    if (!pl_is_tuple(ast) || pl_tuple_arity(ast) != 3 || pl_tuple_get(ast, 0) != name) {
        return false;
    }
    pl_term a = pl_tuple_get(ast, 2);
    if (!pl_is_list(a)) {
        return false;
    }
    if (meta) {
        *meta = pl_tuple_get(ast, 1);
    }
    if (args) {
        *args = a;
    }
    return true;
}

bool c_is_var(pl_term ast, pl_term *name)
{
    if (!pl_is_tuple(ast) || pl_tuple_arity(ast) != 3) {
        return false;
    }
    pl_term n = pl_tuple_get(ast, 0), ctx = pl_tuple_get(ast, 2);
    if (!pl_is_atom(n) || !pl_is_atom(ctx)) {
        return false;
    }
    if (name) {
        *name = n;
    }
    return true;
}

pl_term c_meta(pl_term ast)
{
    return pl_is_tuple(ast) && pl_tuple_arity(ast) == 3 ? pl_tuple_get(ast, 1) : PL_NIL;
}

pl_term c_kw_get(pl_term kw, pl_term key)
{
    for (; pl_is_cons(kw); kw = pl_tail(kw)) {
        pl_term p = pl_head(kw);
        if (pl_is_tuple(p) && pl_tuple_arity(p) == 2 && pl_tuple_get(p, 0) == key) {
            return pl_tuple_get(p, 1);
        }
    }
    return PL_NONE;
}

uint32_t c_list_len(pl_term list)
{
    uint32_t n = 0;
    for (; pl_is_cons(list); list = pl_tail(list)) {
        n++;
    }
    return n;
}

pl_term c_nth(pl_term list, uint32_t i)
{
    for (; pl_is_cons(list); list = pl_tail(list)) {
        if (i-- == 0) {
            return pl_head(list);
        }
    }
    return PL_NONE;
}

pl_term c_clauses(cfn *f, pl_term blocks, pl_term key)
{
    pl_term c = c_kw_get(blocks, key);
    if (c == PL_NONE) {
        return PL_NONE;
    }
    if (!pl_is_list(c)) {
        c_error(f, PL_NONE, "expected -> clauses for :%s", pl_atom_name(&f->u->e->atoms, key));
        return PL_NONE;
    }
    return c;
}

pl_term c_alias_atom(cfn *f, pl_term ast)
{
    cunit *u = f->u;
    pl_term parts;
    if (pl_is_atom(ast)) {
        return ast;
    }
    if (!c_is_call(u, ast, u->a.a_aliases, NULL, &parts) || parts == PL_NIL) {
        return PL_NONE;
    }
    char buf[512];
    size_t len = 0;
    pl_term first = pl_head(parts);
    pl_term base = PL_NONE;
    if (c_is_call(u, first, u->a.a_module_m, NULL, NULL) || c_is_var(first, NULL)) {
        if (pl_tuple_get(first, 0) == u->a.a_module_m) {
            base = f->m->name;
        }
    } else if (pl_is_atom(first)) {
        for (cmod *m = f->m; m && base == PL_NONE; m = m->parent) {
            for (uint32_t i = m->naliases; i > 0; i--) {
                if (m->aliases[i - 1].short_name == first) {
                    base = m->aliases[i - 1].full;
                    break;
                }
            }
        }
        if (base == PL_NONE) {
            len = (size_t)snprintf(buf, sizeof buf, "Elixir.%s", pl_atom_name(&u->e->atoms, first));
        }
    }
    if (base != PL_NONE) {
        len = (size_t)snprintf(buf, sizeof buf, "%s", pl_atom_name(&u->e->atoms, base));
    }
    for (pl_term p = pl_tail(parts); pl_is_cons(p) && len < sizeof buf; p = pl_tail(p)) {
        if (!pl_is_atom(pl_head(p))) {
            return PL_NONE;
        }
        len += (size_t)snprintf(buf + len, sizeof buf - len, ".%s",
                                pl_atom_name(&u->e->atoms, pl_head(p)));
    }
    if (len == 0 || len >= sizeof buf) {
        return PL_NONE;
    }
    return pl_atom_intern(&u->e->atoms, buf, len);
}

/* ---- Literals: constant subtrees become one constant ---- */

bool c_is_literal(cunit *u, pl_term ast)
{
    if (pl_is_number(ast) || pl_is_atom(ast) || pl_is_bin(ast) || ast == PL_NIL) {
        return true;
    }
    if (pl_is_cons(ast)) {
        for (; pl_is_cons(ast); ast = pl_tail(ast)) {
            pl_term h = pl_head(ast);
            if (pl_is_tuple(h) && pl_tuple_arity(h) == 3 && pl_tuple_get(h, 0) == u->a.a_pipe) {
                return false;
            }
            if (!c_is_literal(u, h)) {
                return false;
            }
        }
        return ast == PL_NIL;
    }
    if (pl_is_tuple(ast) && pl_tuple_arity(ast) == 2) {
        return c_is_literal(u, pl_tuple_get(ast, 0)) && c_is_literal(u, pl_tuple_get(ast, 1));
    }
    pl_term args;
    if (c_is_call(u, ast, u->a.a_tuple, NULL, &args)) {
        return c_is_literal(u, args);
    }
    return false;
}

pl_term c_literal(cfn *f, pl_term ast)
{
    pl_engine *e = f->u->e;
    if (pl_is_cons(ast)) {
        uint32_t n = c_list_len(ast), i = 0;
        pl_term *items = malloc((n ? n : 1) * sizeof *items);
        if (!items) {
            return PL_NONE;
        }
        for (pl_term l = ast; pl_is_cons(l); l = pl_tail(l)) {
            items[i++] = c_literal(f, pl_head(l));
        }
        pl_term r = pl_list_from_array(e, items, n);
        for (i = 0; i < n; i++) {
            pl_release(e, items[i]);
        }
        free(items);
        return r;
    }
    if (pl_is_tuple(ast) && pl_tuple_arity(ast) == 2) {
        return pl_tuple2(e, c_literal(f, pl_tuple_get(ast, 0)), c_literal(f, pl_tuple_get(ast, 1)));
    }
    pl_term args;
    if (c_is_call(f->u, ast, f->u->a.a_tuple, NULL, &args)) {
        uint32_t n = c_list_len(args), i = 0;
        pl_term t = pl_tuple_new(e, n);
        for (pl_term l = args; t != PL_NONE && pl_is_cons(l); l = pl_tail(l)) {
            pl_tuple_of(t)->el[i++] = c_literal(f, pl_head(l));
        }
        return t;
    }
    return pl_retain(ast);
}
