/* Expressions: literals, variables, operators, calls, data constructors,
 * captures and module attributes. Control forms live in compile_ctl.c. */
#include <stdio.h>
#include "../atom.h"
#include "../bif/bif.h"
#include "compile_int.h"

void c_finish(cfn *f, bool tail)
{
    if (tail) {
        c_emit(f, PL_OP_RET, -1);
    }
}

void c_fail_word(cfn *f)
{
    if (f->guard_fail) {
        c_label_ref(f, f->guard_fail);
    } else {
        c_word(f, 0);
    }
}

void c_call_bif(cfn *f, const char *mod, const char *name, uint32_t argc)
{
    int32_t b = pl_bif_lookup(f->u->e, c_atom(f->u, mod), c_atom(f->u, name), argc);
    if (b < 0) {
        c_error(f, PL_NONE, "internal: missing built-in %s.%s/%u", mod, name, argc);
        return;
    }
    c_emit(f, PL_OP_BIF, 1 - (int)argc);
    c_word(f, (uint32_t)b);
    c_word(f, argc);
    c_fail_word(f);
}

uint32_t c_push_args(cfn *f, pl_term args)
{
    uint32_t n = 0;
    for (; pl_is_cons(args); args = pl_tail(args)) {
        c_expr(f, pl_head(args), false);
        n++;
    }
    return n;
}

/* Drops the value of a statement: a match's own value code goes (DUP, STORE x
 * becomes STORE x; a final LOCAL disappears) when it is the last code and no
 * label lies inside it, else a POP. */
static void discard(cfn *f)
{
    uint32_t at = f->match_value_at, *code = f->code;
    if (at + 3 == f->len && code[at] == PL_OP_DUP && code[at + 1] == PL_OP_STORE &&
        f->label_at <= at) {
        code[at] = PL_OP_STORE;
        code[at + 1] = code[at + 2];
        f->len -= 1;
        c_set_depth(f, f->depth - 1);
        return;
    }
    if (at + 2 == f->len && code[at] == PL_OP_LOCAL && f->label_at <= at) {
        f->len -= 2;
        c_set_depth(f, f->depth - 1);
        return;
    }
    c_emit(f, PL_OP_POP, -1);
}

static void block_list(cfn *f, pl_term exprs, bool tail)
{
    if (exprs == PL_NIL) {
        c_push_const(f, PL_ATOM_NIL);
        c_finish(f, tail);
        return;
    }
    for (; pl_is_cons(exprs); exprs = pl_tail(exprs)) {
        bool last = pl_tail(exprs) == PL_NIL;
        c_expr(f, pl_head(exprs), last && tail);
        if (!last) {
            discard(f);
        }
    }
}

void c_block(cfn *f, pl_term body, bool tail)
{
    pl_term exprs;
    if (c_is_call(f->u, body, f->u->a.a_block, NULL, &exprs)) {
        block_list(f, exprs, tail);
    } else {
        c_expr(f, body, tail);
    }
}

/* ---- Operators ---- */

typedef struct binop {
    const char *name;
    uint32_t op;          /* fast opcode, or 0 */
    const char *mod, *bif;
} binop;

static const binop BINOPS[] = {
    { "+", PL_OP_ADD, NULL, NULL },      { "-", PL_OP_SUB, NULL, NULL },
    { "<", PL_OP_LT, NULL, NULL },       { ">", PL_OP_GT, NULL, NULL },
    { "<=", PL_OP_LE, NULL, NULL },      { ">=", PL_OP_GE, NULL, NULL },
    { "==", PL_OP_EQ, NULL, NULL },      { "!=", PL_OP_NE, NULL, NULL },
    { "===", PL_OP_SEQ, NULL, NULL },    { "!==", PL_OP_SNE, NULL, NULL },
    { "*", PL_OP_MUL, NULL, NULL },      { "/", 0, "erlang", "/" },
    { "div", PL_OP_IDIV, NULL, NULL },   { "rem", PL_OP_IREM, NULL, NULL },
    { "++", 0, "erlang", "++" },         { "--", 0, "erlang", "--" },
    { "..", 0, "Elixir.Kernel", "__range__" },  { "**", 0, "Elixir.Kernel", "**" },
    { "&&&", 0, "erlang", "band" },      { "|||", 0, "erlang", "bor" },
    { "^^^", 0, "erlang", "bxor" },      { "<<<", 0, "erlang", "bsl" },
    { ">>>", 0, "erlang", "bsr" },
};

static bool c_binop(cfn *f, const char *name, pl_term args, bool tail)
{
    if (c_list_len(args) != 2) {
        return false;
    }
    for (size_t i = 0; i < sizeof BINOPS / sizeof BINOPS[0]; i++) {
        if (strcmp(BINOPS[i].name, name) != 0) {
            continue;
        }
        c_push_args(f, args);
        if (BINOPS[i].op) {
            c_emit(f, BINOPS[i].op, -1);
            c_fail_word(f);
        } else {
            c_call_bif(f, BINOPS[i].mod, BINOPS[i].bif, 2);
        }
        c_finish(f, tail);
        return true;
    }
    return false;
}

/* and/or: the left side must be a boolean; && and ||: any truthiness. */
static void c_logic(cfn *f, pl_term args, bool is_and, bool strict, bool tail)
{
    uint32_t skip = c_new_label(f), end = c_new_label(f);
    c_expr(f, c_nth(args, 0), false);
    if (strict) {
        c_emit(f, PL_OP_BOOL_CHECK, 0);
        c_fail_word(f);
    }
    c_emit(f, PL_OP_DUP, 1);
    c_emit(f, is_and ? PL_OP_JUMP_FALSY : PL_OP_JUMP_TRUTHY, -1);
    c_label_ref(f, skip);
    c_emit(f, PL_OP_POP, -1);
    c_expr(f, c_nth(args, 1), false);
    c_bind_label(f, skip);
    (void)end;
    c_finish(f, tail);
}

static void c_not(cfn *f, pl_term arg, bool strict, bool tail)
{
    c_expr(f, arg, false);
    if (strict) {
        c_call_bif(f, "erlang", "not", 1);
    } else {
        uint32_t t = c_new_label(f), end = c_new_label(f);
        c_emit(f, PL_OP_JUMP_TRUTHY, -1);
        c_label_ref(f, t);
        c_push_const(f, PL_TRUE);
        c_emit(f, PL_OP_JUMP, 0);
        c_label_ref(f, end);
        c_set_depth(f, f->depth - 1);
        c_bind_label(f, t);
        c_push_const(f, PL_FALSE);
        c_bind_label(f, end);
    }
    c_finish(f, tail);
}

/* x in list / x in a..b; inside guards it unrolls to comparisons. */
static void c_in(cfn *f, pl_term args, bool tail)
{
    cunit *u = f->u;
    pl_term x = c_nth(args, 0), coll = c_nth(args, 1), rargs;
    if (f->guard_fail && pl_is_list(coll)) {
        uint32_t n = c_list_len(coll);
        if (n == 0) {
            c_push_const(f, PL_FALSE);
        }
        uint32_t i = 0;
        for (pl_term l = coll; pl_is_cons(l); l = pl_tail(l), i++) {
            c_expr(f, x, false);
            c_expr(f, pl_head(l), false);
            c_emit(f, PL_OP_SEQ, -1);
            c_fail_word(f);
            if (i > 0) {
                c_call_bif(f, "erlang", "or", 2);
            }
        }
        c_finish(f, tail);
        return;
    }
    if (f->guard_fail && c_is_call(u, coll, u->a.a_range, NULL, &rargs)) {
        c_expr(f, x, false);
        c_call_bif(f, "erlang", "is_integer", 1);
        c_expr(f, x, false);
        c_expr(f, c_nth(rargs, 0), false);
        c_emit(f, PL_OP_GE, -1);
        c_fail_word(f);
        c_call_bif(f, "erlang", "and", 2);
        c_expr(f, x, false);
        c_expr(f, c_nth(rargs, 1), false);
        c_emit(f, PL_OP_LE, -1);
        c_fail_word(f);
        c_call_bif(f, "erlang", "and", 2);
        c_finish(f, tail);
        return;
    }
    c_expr(f, coll, false);
    c_expr(f, x, false);
    c_emit_remote(f, c_atom(u, "Elixir.Enum"), c_atom(u, "member?"), 2, tail);
}

/* a |> f(b) is f(a, b). */
static void c_pipe(cfn *f, pl_term args, bool tail)
{
    pl_engine *e = f->u->e;
    pl_term left = c_nth(args, 0), right = c_nth(args, 1);
    if (!pl_is_tuple(right) || pl_tuple_arity(right) != 3) {
        c_error(f, c_meta(right), "cannot pipe into a non-call expression");
        return;
    }
    pl_term rargs = pl_tuple_get(right, 2);
    if (rargs == PL_ATOM_NIL) {
        rargs = PL_NIL;
    }
    pl_term call = pl_tuple_new(e, 3);
    if (call == PL_NONE) {
        return;
    }
    pl_tuple_of(call)->el[0] = pl_retain(pl_tuple_get(right, 0));
    pl_tuple_of(call)->el[1] = pl_retain(pl_tuple_get(right, 1));
    pl_tuple_of(call)->el[2] = pl_cons_new(e, pl_retain(left), pl_retain(rargs));
    c_expr(f, call, tail);
    pl_release(e, call);
}

/* ---- Data ---- */

static void c_list(cfn *f, pl_term list, bool tail)
{
    cunit *u = f->u;
    uint32_t n = 0;
    pl_term l = list;
    for (; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l), pargs;
        if (pl_tail(l) == PL_NIL && c_is_call(u, h, u->a.a_pipe, NULL, &pargs)) {
            c_expr(f, c_nth(pargs, 0), false);
            c_expr(f, c_nth(pargs, 1), false);
            n++;
            c_emit(f, PL_OP_LIST, -(int)n);
            c_word(f, n);
            c_finish(f, tail);
            return;
        }
        c_expr(f, h, false);
        n++;
    }
    c_push_const(f, PL_NIL);
    c_emit(f, PL_OP_LIST, -(int)n);
    c_word(f, n);
    c_finish(f, tail);
}

static uint32_t push_pairs(cfn *f, pl_term pairs)
{
    uint32_t n = 0;
    for (; pl_is_cons(pairs); pairs = pl_tail(pairs)) {
        pl_term p = pl_head(pairs);
        if (!pl_is_tuple(p) || pl_tuple_arity(p) != 2) {
            c_error(f, c_meta(p), "expected key-value pairs in a map");
            return n;
        }
        c_expr(f, pl_tuple_get(p, 0), false);
        c_expr(f, pl_tuple_get(p, 1), false);
        n++;
    }
    return n;
}

static void c_map(cfn *f, pl_term args, bool tail)
{
    cunit *u = f->u;
    pl_term upd;
    if (c_list_len(args) == 1 && c_is_call(u, pl_head(args), u->a.a_pipe, NULL, &upd)) {
        c_expr(f, c_nth(upd, 0), false);
        uint32_t n = push_pairs(f, c_nth(upd, 1));
        c_emit(f, PL_OP_MAP_UPDATE, -2 * (int)n);
        c_word(f, n);
        c_finish(f, tail);
        return;
    }
    uint32_t n = push_pairs(f, args);
    c_emit(f, PL_OP_MAP, 1 - 2 * (int)n);
    c_word(f, n);
    c_finish(f, tail);
}

/* Elixir expands a whole script before running it, so a struct defined in the
 * same file does not exist yet for the script's own top-level code. */
bool c_struct_too_early(cfn *f, pl_term mod, pl_term meta)
{
    if (!f->m->is_script || !pl_code_pending_module(f->u->e, mod)) {
        return false;
    }
    const char *name = pl_atom_name(&f->u->e->atoms, mod);
    c_error(f, meta,
            "cannot access struct %s, the struct was not yet defined or the struct is being "
            "accessed in the same context that defines it",
            strncmp(name, "Elixir.", 7) == 0 ? name + 7 : name);
    return true;
}

/* %Mod{k: v} builds from the struct's defaults; %Mod{s | k: v} updates s. */
static void c_struct(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    pl_term mod = c_alias_atom(f, c_nth(args, 0)), margs, upd;
    if (mod == PL_NONE && c_is_call(u, c_nth(args, 0), u->a.a_module_m, NULL, NULL)) {
        mod = f->m->name;
    }
    if (mod == PL_NONE || !c_is_call(u, c_nth(args, 1), u->a.a_map, NULL, &margs)) {
        c_error(f, meta, "expected a struct name");
        return;
    }
    if (c_struct_too_early(f, mod, meta)) {
        return;
    }
    if (c_list_len(margs) == 1 && c_is_call(u, pl_head(margs), u->a.a_pipe, NULL, &upd)) {
        c_expr(f, c_nth(upd, 0), false);
        c_push_const(f, mod);
        c_call_bif(f, "Elixir.Kernel", "__struct_check__", 2);
        uint32_t n = push_pairs(f, c_nth(upd, 1));
        c_emit(f, PL_OP_MAP_UPDATE, -2 * (int)n);
        c_word(f, n);
        c_finish(f, tail);
        return;
    }
    c_push_const(f, mod);
    uint32_t n = push_pairs(f, margs);
    c_emit(f, PL_OP_MAP, 1 - 2 * (int)n);
    c_word(f, n);
    c_call_bif(f, "Elixir.Kernel", "__struct_new__", 2);
    c_finish(f, tail);
}

/* ---- Matching, attributes, captures ---- */

static void c_match(cfn *f, pl_term args, bool tail)
{
    pl_term pat = c_nth(args, 0), rhs = c_nth(args, 1), name;
    c_expr(f, rhs, false);
    if (c_is_var(pat, &name) && name != f->u->a.a_underscore &&
        pl_atom_name(&f->u->e->atoms, name)[0] != '_') {
        uint32_t s = c_new_slot(f);
        f->match_value_at = f->len;
        c_emit(f, PL_OP_DUP, 1);
        c_emit(f, PL_OP_STORE, -1);
        c_word(f, s);
        c_bind_var(f, name, s);
        c_finish(f, tail);
        return;
    }
    uint32_t s = c_new_slot(f), fail = c_new_label(f), ok = c_new_label(f);
    c_emit(f, PL_OP_STORE, -1);
    c_word(f, s);
    c_pattern_begin(f);
    c_pattern(f, pat, s, fail);
    c_emit(f, PL_OP_JUMP, 0);
    c_label_ref(f, ok);
    c_bind_label(f, fail);
    c_emit(f, PL_OP_BADMATCH, 0);
    c_word(f, s);
    c_bind_label(f, ok);
    f->match_value_at = f->len;
    c_emit(f, PL_OP_LOCAL, 1);
    c_word(f, s);
    c_finish(f, tail);
}

/* match?(pattern, expr): true when it matches; bindings stay inside. */
static void c_match_q(cfn *f, pl_term args, bool tail)
{
    int32_t start = f->depth;
    uint32_t s = c_new_slot(f), fail = c_new_label(f), end = c_new_label(f);
    uint32_t mark = c_scope_save(f);
    pl_term guard;
    c_expr(f, c_nth(args, 1), false);
    c_emit(f, PL_OP_STORE, -1);
    c_word(f, s);
    pl_term pat = c_split_when(f, c_nth(args, 0), &guard);
    c_pattern_begin(f);
    c_pattern(f, pat, s, fail);
    if (guard != PL_NONE) {
        c_guard(f, guard, fail);
    }
    c_push_const(f, PL_TRUE);
    c_emit(f, PL_OP_JUMP, 0);
    c_label_ref(f, end);
    c_bind_label(f, fail);
    c_emit(f, PL_OP_DROP_TO, 0);
    c_word(f, (uint32_t)start);
    c_set_depth(f, start);
    c_push_const(f, PL_FALSE);
    c_bind_label(f, end);
    c_scope_restore(f, mark);
    c_finish(f, tail);
}

static void c_attr_read(cfn *f, pl_term args, pl_term meta, bool tail)
{
    pl_term inner = c_nth(args, 0);
    pl_term name = pl_is_tuple(inner) && pl_tuple_arity(inner) == 3 ? pl_tuple_get(inner, 0) : PL_NONE;
    int32_t slot = name != PL_NONE ? c_module_attr(f, name) : -1;
    if (slot < 0) {
        c_push_const(f, PL_ATOM_NIL); /* unset attributes read as nil, as Elixir warns */
    } else {
        c_emit(f, PL_OP_ATTR_GET, 1);
        c_word(f, (uint32_t)slot);
    }
    (void)meta;
    c_finish(f, tail);
}

/* __STACKTRACE__: the slot CATCH_INTO filled, inside rescue/catch only. */
static void c_stacktrace(cfn *f, pl_term meta, bool tail)
{
    if (f->stacktrace == 0) {
        c_error(f, meta, "__STACKTRACE__ is available only inside catch and rescue clauses of try expressions");
        return;
    }
    c_emit(f, PL_OP_LOCAL, 1);
    c_word(f, f->stacktrace - 1);
    c_finish(f, tail);
}

/* ---- Sigils: ~s ~c ~w are Kernel.sigil_x/2 calls (BIFs); others are refused ---- */

static bool c_sigil(cfn *f, pl_term name, pl_term meta, pl_term args)
{
    cunit *u = f->u;
    const char *s = pl_atom_name(&u->e->atoms, name);
    if (strncmp(s, "sigil_", 6) != 0 || strlen(s) != 7 || c_list_len(args) != 2 ||
        c_kernel_has(f, name, 2)) {
        return false;
    }
    c_error(f, meta, "the sigil ~%c is not supported by proclab", s[6]);
    return true;
}

/* ---- Dispatch ---- */

static bool c_special(cfn *f, pl_term name, pl_term meta, pl_term args, bool tail)
{
    cunit *u = f->u;
    const catoms *a = &u->a;
    uint32_t argc = c_list_len(args);
    if (name == a->a_block) {
        block_list(f, args, tail);
        return true;
    }
    if (name == a->a_match && argc == 2) { c_match(f, args, tail); return true; }
    if (name == c_atom(u, "match?") && argc == 2) { c_match_q(f, args, tail); return true; }
    if (name == a->a_pipeline && argc == 2) { c_pipe(f, args, tail); return true; }
    if (name == a->a_tuple) {
        uint32_t n = c_push_args(f, args);
        c_emit(f, PL_OP_TUPLE, 1 - (int)n);
        c_word(f, n);
        c_finish(f, tail);
        return true;
    }
    if (name == a->a_map) { c_map(f, args, tail); return true; }
    if (name == a->a_struct && argc == 2) { c_struct(f, args, meta, tail); return true; }
    if (name == a->a_bin) { c_binary(f, args, tail); return true; }
    if (name == a->a_attr && argc == 1) { c_attr_read(f, args, meta, tail); return true; }
    if (name == a->a_capture && argc == 1) { c_capture(f, args, meta, tail); return true; }
    if (name == a->a_fn) { c_fn(f, args, meta); c_finish(f, tail); return true; }
    if (name == a->a_case) { c_case(f, args, meta, tail); return true; }
    if (name == a->a_cond) { c_cond(f, args, meta, tail); return true; }
    if (name == a->a_if) { c_if(f, args, meta, tail, false); return true; }
    if (name == a->a_unless) { c_if(f, args, meta, tail, true); return true; }
    if (name == a->a_with) { c_with(f, args, meta, tail); return true; }
    if (name == a->a_try) { c_try(f, args, meta, tail); return true; }
    if (name == a->a_for) { c_for(f, args, meta, tail); return true; }
    if (name == a->a_receive) { c_receive(f, args, meta, tail); return true; }
    if (name == a->a_raise && (argc == 1 || argc == 2)) { c_raise(f, args, tail); return true; }
    if (name == a->a_defmodule) { c_defmodule(f, args, meta); c_finish(f, tail); return true; }
    if ((name == a->a_def || name == a->a_defp) && f->m->is_script) {
        bool first = !u->failed;
        c_error(f, meta, "cannot invoke %s/%u outside module", pl_atom_name(&u->e->atoms, name), argc);
        if (first) {
            snprintf(u->err->kind, sizeof u->err->kind, "ArgumentError");
        }
        return true;
    }
    if ((name == a->a_and || name == a->a_or) && argc == 2) {
        c_logic(f, args, name == a->a_and, true, tail);
        return true;
    }
    if ((name == a->a_andand || name == a->a_oror) && argc == 2) {
        c_logic(f, args, name == a->a_andand, false, tail);
        return true;
    }
    if ((name == a->a_not || name == a->a_bang) && argc == 1) {
        c_not(f, pl_head(args), name == a->a_not, tail);
        return true;
    }
    if (name == a->a_in && argc == 2) { c_in(f, args, tail); return true; }
    if (name == a->a_range_step && argc == 3) {
        c_push_args(f, args);
        c_call_bif(f, "Elixir.Kernel", "__range__", 3);
        c_finish(f, tail);
        return true;
    }
    if (name == a->a_concat && argc == 2) {
        c_push_args(f, args);
        c_emit(f, PL_OP_BIN_CONCAT, -1);
        c_word(f, 2);
        c_finish(f, tail);
        return true;
    }
    if (name == a->a_module_m && argc == 0) {
        c_push_const(f, f->m->name);
        c_finish(f, tail);
        return true;
    }
    if ((name == a->a_minus || name == a->a_plus) && argc == 1) {
        pl_term x = pl_head(args);
        if (name == a->a_plus) {
            c_expr(f, x, tail);
            return true;
        }
        c_expr(f, x, false);
        c_call_bif(f, "erlang", "-", 1);
        c_finish(f, tail);
        return true;
    }
    if (name == c_atom(u, "~~~") && argc == 1) {
        c_expr(f, pl_head(args), false);
        c_call_bif(f, "erlang", "bnot", 1);
        c_finish(f, tail);
        return true;
    }
    if ((name == a->a_alias || name == a->a_require || name == a->a_import) && argc >= 1) {
        c_defmodule_directive(f, name, args);
        /* alias/import/require return the module they name */
        pl_term target = c_alias_atom(f, c_nth(args, 0));
        c_push_const(f, target != PL_NONE ? target : PL_ATOM_NIL);
        c_finish(f, tail);
        return true;
    }
    if (name == a->a_pin) {
        c_error(f, meta, "cannot use ^ outside of match clauses");
        return true;
    }
    if (argc == 2 && c_binop(f, pl_atom_name(&u->e->atoms, name), args, tail)) {
        return true;
    }
    if (argc == 2 && c_sigil(f, name, meta, args)) {
        return true;
    }
    return false;
}

void c_expr(cfn *f, pl_term ast, bool tail)
{
    cunit *u = f->u;
    if (c_failed(f)) {
        return;
    }
    if (c_is_literal(u, ast)) {
        c_push_const(f, c_literal(f, ast));
        c_finish(f, tail);
        return;
    }
    if (pl_is_cons(ast)) {
        c_list(f, ast, tail);
        return;
    }
    if (!pl_is_tuple(ast)) {
        c_error(f, PL_NONE, "invalid quoted expression");
        return;
    }
    if (pl_tuple_arity(ast) == 2) {
        c_expr(f, pl_tuple_get(ast, 0), false);
        c_expr(f, pl_tuple_get(ast, 1), false);
        c_emit(f, PL_OP_TUPLE, -1);
        c_word(f, 2);
        c_finish(f, tail);
        return;
    }
    if (pl_tuple_arity(ast) != 3) {
        c_error(f, PL_NONE, "invalid quoted expression");
        return;
    }
    if (++u->nesting > 2000) {
        c_error(f, c_meta(ast), "expression nested too deeply");
        return;
    }
    pl_term head = pl_tuple_get(ast, 0), meta = pl_tuple_get(ast, 1), args = pl_tuple_get(ast, 2);
    c_set_line(f, meta);
    pl_term name, dargs;
    if (c_is_var(ast, &name)) {
        int64_t s = c_lookup_var(f, name);
        if (s >= 0) {
            c_emit_local(f, (uint32_t)s);
            c_finish(f, tail);
        } else if (name == u->a.a_module_m) {
            c_push_const(f, f->m->name);
            c_finish(f, tail);
        } else if (name == c_atom(u, "__STACKTRACE__")) {
            c_stacktrace(f, meta, tail);
        } else {
            c_var_as_call(f, name, meta, tail);
        }
    } else if (c_is_call(u, head, u->a.a_dot, NULL, &dargs)) {
        c_dot_call(f, dargs, meta, args, tail);
    } else if (c_is_call(u, ast, u->a.a_aliases, NULL, NULL)) {
        c_push_const(f, c_alias_atom(f, ast));
        c_finish(f, tail);
    } else if (pl_is_atom(head) && pl_is_list(args)) {
        if (!c_special(f, head, meta, args, tail)) {
            c_local_call(f, head, meta, args, tail);
        }
    } else {
        c_error(f, meta, "invalid call");
    }
    u->nesting--;
}
