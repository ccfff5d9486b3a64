/* Calls: local, remote, dynamic and anonymous calls, apply, the nested-access
 * macros (put_in(a.b, v)), captures (&fun/1, &(&1 + 1)) and raise. Resolution of
 * a local name goes: the module's own defs, Kernel, then imports. */
#include <stdio.h>
#include <string.h>
#include "../atom.h"
#include "../bif/bif.h"
#include "compile_int.h"

/* ---- Calls ---- */

/* Calls mod.name(args...) whose arguments are already pushed. */
void c_emit_remote(cfn *f, pl_term mod, pl_term name, uint32_t argc, bool tail)
{
    int32_t b = pl_bif_lookup(f->u->e, mod, name, argc);
    if (b >= 0) {
        c_emit(f, PL_OP_BIF, 1 - (int)argc);
        c_word(f, (uint32_t)b);
        c_word(f, argc);
        c_fail_word(f);
        c_finish(f, tail);
        return;
    }
    if (f->guard_fail) {
        c_error(f, PL_NONE, "cannot invoke remote function %s.%s/%u inside guards",
                pl_atom_name(&f->u->e->atoms, mod), pl_atom_name(&f->u->e->atoms, name), argc);
        return;
    }
    uint32_t imp = c_import(f, mod, name, argc);
    c_emit(f, tail ? PL_OP_TAIL_EXT : PL_OP_CALL_EXT, 1 - (int)argc);
    c_word(f, imp);
    c_word(f, argc);
    if (tail) {
        c_set_depth(f, f->depth - 1);
    }
}

bool c_kernel_has(cfn *f, pl_term name, uint32_t argc)
{
    pl_engine *e = f->u->e;
    if (pl_bif_lookup(e, f->u->a.a_kernel, name, argc) >= 0) {
        return true;
    }
    pl_module *k = pl_code_module(e, f->u->a.a_kernel);
    return k && pl_code_find(k, name, argc);
}

static pl_term imported_module(cfn *f, pl_term name, uint32_t argc)
{
    pl_engine *e = f->u->e;
    for (cmod *m = f->m; m; m = m->parent) {
        for (uint32_t i = 0; i < m->nimports; i++) {
            pl_term mod = m->imports[i];
            pl_module *lm = pl_code_module(e, mod);
            if (!lm) {
                lm = pl_code_pending_module(e, mod); /* defined earlier in this file */
            }
            if (pl_bif_lookup(e, mod, name, argc) >= 0 || (lm && pl_code_find(lm, name, argc))) {
                return mod;
            }
        }
    }
    return PL_NONE;
}

void c_undefined_function(cfn *f, pl_term meta, pl_term name, uint32_t argc)
{
    const pl_atom_table *at = &f->u->e->atoms;
    if (f->m->is_script) {
        c_error(f, meta, "undefined function %s/%u (there is no such import)", pl_atom_name(at, name),
                argc);
        return;
    }
    const char *mod = pl_atom_name(at, f->m->name);
    c_error(f, meta,
            "undefined function %s/%u (expected %s to define such a function or for it to be "
            "imported, but none are available)",
            pl_atom_name(at, name), argc, strncmp(mod, "Elixir.", 7) == 0 ? mod + 7 : mod);
}

/* apply(fun, args) and apply(mod, name, args) */
static void c_apply(cfn *f, pl_term args, bool tail)
{
    uint32_t argc = c_push_args(f, args);
    c_emit(f, PL_OP_APPLY, 1 - (int)argc);
    c_word(f, (tail ? 1u : 0u) | (argc == 2 ? 2u : 0u));
    if (tail) {
        c_set_depth(f, f->depth - 1);
    }
}

/* The path of a nested-access macro: a.b[:c].d becomes the root `a` and the keys
 * [Access.key!(:b), :c, Access.key!(:d)] (as AST). PL_NONE when [ast] is not a
 * field or bracket access. The returned list is a new reference. */
static pl_term access_path(cfn *f, pl_term ast, pl_term *root)
{
    cunit *u = f->u;
    pl_engine *e = u->e;
    pl_term keys = PL_NIL, dargs;
    for (;;) {
        if (!pl_is_tuple(ast) || pl_tuple_arity(ast) != 3 ||
            !c_is_call(u, pl_tuple_get(ast, 0), u->a.a_dot, NULL, &dargs)) {
            break;
        }
        pl_term cargs = pl_tuple_get(ast, 2), target = c_nth(dargs, 0), key;
        if (c_list_len(dargs) == 2 && c_nth(dargs, 0) == u->a.a_access &&
            c_nth(dargs, 1) == u->a.a_get && c_list_len(cargs) == 2) {
            key = pl_retain(c_nth(cargs, 1));           /* x[key] */
            target = c_nth(cargs, 0);
        } else if (c_list_len(dargs) == 2 && pl_is_atom(c_nth(dargs, 1)) && cargs == PL_NIL &&
                   c_kw_get(pl_tuple_get(ast, 1), u->a.a_no_parens) == PL_TRUE &&
                   c_alias_atom(f, target) == PL_NONE) {  /* x.field */
            pl_term dot = pl_tuple3(e, u->a.a_dot, PL_NIL,
                                    pl_list_from_array(e, (pl_term[]){ u->a.a_access,
                                                                       c_atom(u, "key!") }, 2));
            key = pl_tuple3(e, dot, PL_NIL, pl_cons_new(e, c_nth(dargs, 1), PL_NIL));
        } else {
            break;
        }
        keys = pl_cons_new(e, key, keys);
        ast = target;
    }
    if (keys == PL_NIL) {
        return PL_NONE;
    }
    *root = ast;
    return keys;
}

/* put_in(a.b[:c], v) and friends: the macro forms become the function forms. */
static bool c_access_macro(cfn *f, pl_term name, pl_term args, bool tail)
{
    cunit *u = f->u;
    const char *n = pl_atom_name(&u->e->atoms, name);
    uint32_t argc = c_list_len(args);
    bool two = strcmp(n, "put_in") == 0 || strcmp(n, "update_in") == 0 ||
               strcmp(n, "get_and_update_in") == 0;
    if (!((two && argc == 2) || (strcmp(n, "pop_in") == 0 && argc == 1))) {
        return false;
    }
    pl_term root, keys = access_path(f, c_nth(args, 0), &root);
    if (keys == PL_NONE) {
        return false;
    }
    c_expr(f, root, false);
    c_expr(f, keys, false);
    if (argc == 2) {
        c_expr(f, c_nth(args, 1), false);
    }
    pl_release(u->e, keys);
    c_emit_remote(f, u->a.a_kernel, name, argc + 1, tail);
    return true;
}

/* Elixir's warning for a variable that is none, on the program's stderr. */
static void warn_var(cfn *f, pl_term name)
{
    const pl_atom_table *at = &f->u->e->atoms;
    const char *n = pl_atom_name(at, name);
    char where[160] = "";
    if (!f->m->is_script && f->ctx_name) {
        const char *mod = pl_atom_name(at, f->m->name);
        snprintf(where, sizeof where, ": %s.%s", strncmp(mod, "Elixir.", 7) == 0 ? mod + 7 : mod,
                 f->ctx_name);
    }
    char buf[640];
    int len = snprintf(buf, sizeof buf,
                       "warning: variable \"%s\" does not exist and is being expanded to \"%s()\", "
                       "please use parentheses to remove the ambiguity or change the variable "
                       "name\n  %s:%u%s\n\n",
                       n, n, f->u->file, f->line, where);
    if (len > 0) {
        size_t out = (size_t)len < sizeof buf ? (size_t)len : sizeof buf - 1;
        pl_engine_write(f->u->e, PL_OUT_STDERR, buf, out);
    }
}

void c_var_as_call(cfn *f, pl_term name, pl_term meta, bool tail)
{
    bool exists = (!f->m->is_script && c_find_def(f->m, name, 0) >= 0) ||
                  c_kernel_has(f, name, 0) || imported_module(f, name, 0) != PL_NONE;
    if (!(f->u->eval && exists)) {
        warn_var(f, name);
    }
    c_local_call(f, name, meta, PL_NIL, tail);
}

void c_local_call(cfn *f, pl_term name, pl_term meta, pl_term args, bool tail)
{
    uint32_t argc = c_list_len(args);
    int32_t idx = f->m->is_script ? -1 : c_find_def(f->m, name, argc);
    if (idx >= 0 && !f->guard_fail) {
        c_push_args(f, args);
        c_emit(f, tail ? PL_OP_TAIL : PL_OP_CALL, 1 - (int)argc);
        c_word(f, (uint32_t)idx);
        c_word(f, argc);
        if (tail) {
            c_set_depth(f, f->depth - 1);
        }
        return;
    }
    if (c_access_macro(f, name, args, tail)) {
        return;
    }
    if (name == c_atom(f->u, "apply") && (argc == 2 || argc == 3)) {
        c_apply(f, args, tail);
        return;
    }
    pl_term mod = c_kernel_has(f, name, argc) ? f->u->a.a_kernel : imported_module(f, name, argc);
    if (mod == PL_NONE) {
        c_undefined_function(f, meta, name, argc);
        return;
    }
    c_push_args(f, args);
    c_emit_remote(f, mod, name, argc, tail);
}

/* {{:., _, [target, name]}, meta, args} and {{:., _, [fun]}, meta, args} */
void c_dot_call(cfn *f, pl_term dot_args, pl_term meta, pl_term args, bool tail)
{
    cunit *u = f->u;
    if (c_list_len(dot_args) == 1) { /* fun.(args) */
        c_expr(f, pl_head(dot_args), false);
        uint32_t argc = c_push_args(f, args);
        c_emit(f, tail ? PL_OP_TAIL_FUN : PL_OP_CALL_FUN, -(int)argc);
        c_word(f, argc);
        if (tail) {
            c_set_depth(f, f->depth - 1);
        }
        return;
    }
    pl_term target = c_nth(dot_args, 0), name = c_nth(dot_args, 1);
    pl_term mod = c_alias_atom(f, target);
    if (mod == PL_NONE && c_is_call(u, target, u->a.a_module_m, NULL, NULL)) {
        mod = f->m->name;
    }
    if (mod == u->a.a_erlang && name == c_atom(u, "apply") &&
        (c_list_len(args) == 2 || c_list_len(args) == 3)) {
        c_apply(f, args, tail);
        return;
    }
    if (mod != PL_NONE && pl_is_atom(name)) {
        uint32_t argc = c_push_args(f, args);
        c_emit_remote(f, mod, name, argc, tail);
        return;
    }
    bool no_parens = c_kw_get(meta, u->a.a_no_parens) == PL_TRUE;
    if (no_parens && args == PL_NIL) { /* map.field, or mod.fun when mod is an atom */
        pl_term var;
        int64_t slot = pl_is_atom(name) && c_is_var(target, &var) ? c_lookup_var(f, var) : -1;
        if (slot >= 0) { /* var.field: one instruction, the commonest case */
            c_set_line(f, c_meta(target));
            c_emit(f, PL_OP_LOCAL_DOT, 1);
            c_word(f, (uint32_t)slot);
        } else {
            c_expr(f, target, false);
            c_emit(f, PL_OP_DOT, 0);
        }
        c_word(f, c_const(f, name));
        c_finish(f, tail);
        return;
    }
    /* mod_var.fun(args): dynamic module */
    c_expr(f, target, false);
    c_push_const(f, name);
    uint32_t argc = c_push_args(f, args);
    c_push_const(f, PL_NIL);
    c_emit(f, PL_OP_LIST, -(int)argc);
    c_word(f, argc);
    c_emit(f, PL_OP_APPLY, -2);
    c_word(f, tail ? 1u : 0u);
    if (tail) {
        c_set_depth(f, f->depth - 1);
    }
}

/* Highest &N in a capture body, or 0. */
static uint32_t max_placeholder(cunit *u, pl_term ast)
{
    uint32_t best = 0;
    pl_term args;
    if (c_is_call(u, ast, u->a.a_capture, NULL, &args) && c_list_len(args) == 1 &&
        pl_is_small(pl_head(args))) {
        return (uint32_t)pl_small_value(pl_head(args));
    }
    if (pl_is_cons(ast)) {
        for (; pl_is_cons(ast); ast = pl_tail(ast)) {
            uint32_t m = max_placeholder(u, pl_head(ast));
            best = m > best ? m : best;
        }
        return best;
    }
    if (pl_is_tuple(ast)) {
        for (uint64_t i = 0; i < pl_tuple_arity(ast); i++) {
            uint32_t m = max_placeholder(u, pl_tuple_get(ast, i));
            best = m > best ? m : best;
        }
    }
    return best;
}

/* Replaces &N by the variables :"&N" (which no user variable can be named). */
static pl_term subst_placeholders(cunit *u, pl_term ast)
{
    pl_engine *e = u->e;
    pl_term args;
    if (c_is_call(u, ast, u->a.a_capture, NULL, &args) && c_list_len(args) == 1 &&
        pl_is_small(pl_head(args))) {
        char buf[24];
        snprintf(buf, sizeof buf, "&%lld", (long long)pl_small_value(pl_head(args)));
        return pl_tuple3(e, c_atom(u, buf), PL_NIL, PL_ATOM_NIL);
    }
    if (pl_is_cons(ast)) {
        return pl_cons_new(e, subst_placeholders(u, pl_head(ast)), subst_placeholders(u, pl_tail(ast)));
    }
    if (pl_is_tuple(ast)) {
        uint64_t n = pl_tuple_arity(ast);
        pl_term t = pl_tuple_new(e, n);
        for (uint64_t i = 0; t != PL_NONE && i < n; i++) {
            pl_tuple_of(t)->el[i] = subst_placeholders(u, pl_tuple_get(ast, i));
        }
        return t;
    }
    return pl_retain(ast);
}

void c_capture(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    pl_engine *e = u->e;
    pl_term body = c_nth(args, 0), sargs, dot;
    /* &name/arity and &Mod.name/arity */
    if (c_is_call(u, body, u->a.a_div, NULL, &sargs) && pl_is_small(c_nth(sargs, 1))) {
        pl_term target = c_nth(sargs, 0), dargs, name;
        uint32_t arity = (uint32_t)pl_small_value(c_nth(sargs, 1));
        if (pl_is_tuple(target) && pl_tuple_arity(target) == 3 &&
            c_is_call(u, pl_tuple_get(target, 0), u->a.a_dot, NULL, &dargs) &&
            c_list_len(dargs) == 2) {
            pl_term mod = c_alias_atom(f, c_nth(dargs, 0));
            if (mod == PL_NONE && c_is_call(u, c_nth(dargs, 0), u->a.a_module_m, NULL, NULL)) {
                mod = f->m->name;
            }
            if (mod == u->a.a_kernel && pl_bif_lookup(e, u->a.a_erlang, c_nth(dargs, 1), arity) >= 0) {
                mod = u->a.a_erlang; /* &Kernel.+/2 is &:erlang.+/2 */
            }
            if (mod != PL_NONE) {
                c_push_const(f, pl_fun_ext(e, mod, c_nth(dargs, 1), arity));
                c_finish(f, tail);
                return;
            }
        }
        /* &name/arity: a bare name, never an alias (&En/1) or a call on a
         * call (&A.b.c/1), which are "invalid args for &" below. */
        if (pl_is_tuple(target) && pl_tuple_arity(target) == 3 && pl_is_atom(pl_tuple_get(target, 0)) &&
            pl_tuple_get(target, 0) != u->a.a_aliases &&
            (c_is_var(target, &name) || c_is_call(u, target, pl_tuple_get(target, 0), NULL, NULL))) {
            name = pl_tuple_get(target, 0);
            int32_t idx = f->m->is_script ? -1 : c_find_def(f->m, name, arity);
            if (idx >= 0) {
                c_emit(f, PL_OP_FUN, 1);
                c_word(f, (uint32_t)idx);
                c_word(f, 0);
                c_finish(f, tail);
                return;
            }
            /* Elixir's comparison operators have other names in :erlang. */
            static const char *const renames[][2] = {
                { "<=", "=<" }, { "!=", "/=" }, { "===", "=:=" }, { "!==", "=/=" },
            };
            for (size_t i = 0; i < sizeof renames / sizeof renames[0]; i++) {
                if (name == c_atom(u, renames[i][0])) {
                    name = c_atom(u, renames[i][1]);
                }
            }
            /* Kernel functions that are :erlang BIFs capture as such: &is_atom/1
             * is &:erlang.is_atom/1, &+/2 is &:erlang.+/2. */
            pl_term mod = pl_bif_lookup(e, u->a.a_erlang, name, arity) >= 0 ? u->a.a_erlang
                          : c_kernel_has(f, name, arity)                     ? u->a.a_kernel
                                                                           : imported_module(f, name, arity);
            if (mod != PL_NONE) {
                c_push_const(f, pl_fun_ext(e, mod, name, arity));
                c_finish(f, tail);
                return;
            }
            c_error(f, meta, "undefined function %s/%u", pl_atom_name(&e->atoms, name), arity);
            return;
        }
    }
    (void)dot;
    uint32_t n = max_placeholder(u, body);
    if (n == 0) {
        c_error(f, meta, "invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: ");
        return;
    }
    /* Build fn &1, ..., &n -> body end and compile it. */
    pl_term params = PL_NIL;
    for (uint32_t i = n; i > 0; i--) {
        char buf[24];
        snprintf(buf, sizeof buf, "&%u", i);
        params = pl_cons_new(e, pl_tuple3(e, c_atom(u, buf), PL_NIL, PL_ATOM_NIL), params);
    }
    pl_term nbody = subst_placeholders(u, body);
    pl_term clause = pl_tuple3(e, u->a.a_arrow, PL_NIL,
                               pl_cons_new(e, params, pl_cons_new(e, nbody, PL_NIL)));
    pl_term clauses = pl_cons_new(e, clause, PL_NIL);
    c_fn(f, clauses, meta);
    pl_release(e, clauses);
    c_finish(f, tail);
}

/* raise "msg" | raise Mod | raise Mod, opts | raise exception */
void c_raise(cfn *f, pl_term args, bool tail)
{
    uint32_t argc = c_push_args(f, args);
    c_emit_remote(f, f->u->a.a_kernel, c_atom(f->u, "__raise__"), argc, tail);
}

