/* Patterns and guards. A pattern is compiled into tests on a slot that jump to a
 * failure label, plus moves of sub-terms into fresh slots that variables then
 * name directly (binding a variable costs nothing). */
#include "../atom.h"
#include "compile_int.h"

static void emit3(cfn *f, uint32_t op, uint32_t a, uint32_t b, uint32_t fail)
{
    c_emit(f, op, 0);
    c_word(f, a);
    c_word(f, b);
    c_label_ref(f, fail);
}

static void bind_pattern_var(cfn *f, pl_term name, uint32_t slot, uint32_t fail)
{
    if (name == f->u->a.a_underscore) {
        return;
    }
    for (uint32_t i = f->pat_mark; i < f->nvars; i++) {
        if (f->vars[i].name == name) { /* {x, x}: the second must equal the first */
            emit3(f, PL_OP_EQ_LOCAL, slot, f->vars[i].slot, fail);
            return;
        }
    }
    c_bind_var(f, name, slot);
}

static void c_pat_list(cfn *f, pl_term list, uint32_t slot, uint32_t fail)
{
    cunit *u = f->u;
    uint32_t cur = slot;
    for (; pl_is_cons(list); list = pl_tail(list)) {
        pl_term h = pl_head(list), pargs;
        bool improper = pl_tail(list) == PL_NIL && c_is_call(u, h, u->a.a_pipe, NULL, &pargs);
        c_emit(f, PL_OP_IS_CONS, 0);
        c_word(f, cur);
        c_label_ref(f, fail);
        uint32_t hs = c_new_slot(f), ts = c_new_slot(f);
        c_emit(f, PL_OP_HEAD, 0);
        c_word(f, cur);
        c_word(f, hs);
        c_emit(f, PL_OP_TAIL_OF, 0);
        c_word(f, cur);
        c_word(f, ts);
        c_pattern(f, improper ? c_nth(pargs, 0) : h, hs, fail);
        if (improper) {
            c_pattern(f, c_nth(pargs, 1), ts, fail);
            return;
        }
        cur = ts;
    }
    emit3(f, PL_OP_EQ_CONST, cur, c_const(f, PL_NIL), fail);
}

/* first..last (and first..last//step) match a Range struct's fields. */
static void c_pat_range(cfn *f, pl_term args, uint32_t slot, uint32_t fail)
{
    static const char *const fields[] = { "__struct__", "first", "last", "step" };
    c_emit(f, PL_OP_IS_MAP, 0);
    c_word(f, slot);
    c_label_ref(f, fail);
    uint32_t n = c_list_len(args) + 1;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t ks = c_new_slot(f), vs = c_new_slot(f);
        c_push_const(f, c_atom(f->u, fields[i]));
        c_emit(f, PL_OP_STORE, -1);
        c_word(f, ks);
        c_emit(f, PL_OP_MAP_GET, 0);
        c_word(f, slot);
        c_word(f, ks);
        c_word(f, vs);
        c_label_ref(f, fail);
        if (i == 0) {
            emit3(f, PL_OP_EQ_CONST, vs, c_const(f, c_atom(f->u, "Elixir.Range")), fail);
        } else {
            c_pattern(f, c_nth(args, i - 1), vs, fail);
        }
    }
}

/* [a, b] ++ rest */
static void c_pat_prefix_list(cfn *f, pl_term prefix, pl_term rest, uint32_t slot, uint32_t fail)
{
    uint32_t cur = slot;
    for (; pl_is_cons(prefix); prefix = pl_tail(prefix)) {
        c_emit(f, PL_OP_IS_CONS, 0);
        c_word(f, cur);
        c_label_ref(f, fail);
        uint32_t hs = c_new_slot(f), ts = c_new_slot(f);
        c_emit(f, PL_OP_HEAD, 0);
        c_word(f, cur);
        c_word(f, hs);
        c_emit(f, PL_OP_TAIL_OF, 0);
        c_word(f, cur);
        c_word(f, ts);
        c_pattern(f, pl_head(prefix), hs, fail);
        cur = ts;
    }
    c_pattern(f, rest, cur, fail);
}

static void c_pat_tuple(cfn *f, pl_term elems, uint32_t slot, uint32_t fail)
{
    uint32_t n = c_list_len(elems);
    emit3(f, PL_OP_IS_TUPLE, slot, n, fail);
    uint32_t i = 0;
    for (; pl_is_cons(elems); elems = pl_tail(elems), i++) {
        pl_term el = pl_head(elems), name;
        if (c_is_var(el, &name) && name == f->u->a.a_underscore) {
            continue;
        }
        uint32_t s = c_new_slot(f);
        c_emit(f, PL_OP_ELEM, 0);
        c_word(f, slot);
        c_word(f, i);
        c_word(f, s);
        c_pattern(f, el, s, fail);
    }
}

/* A map key in a pattern is a literal or a pinned variable: put it in a slot. */
static uint32_t key_slot(cfn *f, pl_term key)
{
    cunit *u = f->u;
    pl_term pargs, name;
    if (c_is_call(u, key, u->a.a_pin, NULL, &pargs) && c_is_var(c_nth(pargs, 0), &name)) {
        int64_t s = c_lookup_var(f, name);
        if (s >= 0) {
            return (uint32_t)s;
        }
        c_error(f, c_meta(key), "undefined variable ^%s", pl_atom_name(&u->e->atoms, name));
        return 0;
    }
    uint32_t s = c_new_slot(f);
    c_expr(f, key, false);
    c_emit(f, PL_OP_STORE, -1);
    c_word(f, s);
    return s;
}

static void c_pat_pairs(cfn *f, pl_term pairs, uint32_t slot, uint32_t fail)
{
    for (; pl_is_cons(pairs); pairs = pl_tail(pairs)) {
        pl_term p = pl_head(pairs);
        if (!pl_is_tuple(p) || pl_tuple_arity(p) != 2) {
            c_error(f, c_meta(p), "invalid map pattern");
            return;
        }
        uint32_t ks = key_slot(f, pl_tuple_get(p, 0)), vs = c_new_slot(f);
        c_emit(f, PL_OP_MAP_GET, 0);
        c_word(f, slot);
        c_word(f, ks);
        c_word(f, vs);
        c_label_ref(f, fail);
        c_pattern(f, pl_tuple_get(p, 1), vs, fail);
    }
}

static void c_pat_struct(cfn *f, pl_term args, uint32_t slot, uint32_t fail)
{
    cunit *u = f->u;
    pl_term name_ast = c_nth(args, 0), margs;
    if (!c_is_call(u, c_nth(args, 1), u->a.a_map, NULL, &margs)) {
        c_error(f, c_meta(name_ast), "invalid struct pattern");
        return;
    }
    c_emit(f, PL_OP_IS_MAP, 0);
    c_word(f, slot);
    c_label_ref(f, fail);
    uint32_t ks = c_new_slot(f), vs = c_new_slot(f);
    c_push_const(f, u->a.a_struct_key);
    c_emit(f, PL_OP_STORE, -1);
    c_word(f, ks);
    c_emit(f, PL_OP_MAP_GET, 0);
    c_word(f, slot);
    c_word(f, ks);
    c_word(f, vs);
    c_label_ref(f, fail);
    pl_term mod = c_alias_atom(f, name_ast);
    if (mod == PL_NONE && c_is_call(u, name_ast, u->a.a_module_m, NULL, NULL)) {
        mod = f->m->name;
    }
    if (mod != PL_NONE && c_struct_too_early(f, mod, c_meta(name_ast))) {
        return;
    }
    if (mod != PL_NONE) {
        emit3(f, PL_OP_EQ_CONST, vs, c_const(f, mod), fail);
    } else {
        c_pattern(f, name_ast, vs, fail); /* %name{} binds the struct's module */
    }
    c_pat_pairs(f, margs, slot, fail);
}

static void c_pat_concat(cfn *f, pl_term args, uint32_t slot, uint32_t fail)
{
    pl_term prefix = c_nth(args, 0);
    if (!pl_is_bin(prefix)) {
        c_error(f, c_meta(prefix), "the left argument of <> must be a binary literal in patterns");
        return;
    }
    uint32_t rest = c_new_slot(f);
    c_emit(f, PL_OP_BIN_PREFIX, 0);
    c_word(f, slot);
    c_word(f, c_const(f, pl_retain(prefix)));
    c_word(f, rest);
    c_label_ref(f, fail);
    c_pattern(f, c_nth(args, 1), rest, fail);
}

void c_pattern(cfn *f, pl_term pat, uint32_t slot, uint32_t fail)
{
    cunit *u = f->u;
    pl_term name, args;
    if (c_failed(f)) {
        return;
    }
    if (c_is_var(pat, &name)) {
        bind_pattern_var(f, name, slot, fail);
        return;
    }
    if (pl_is_number(pat) || pl_is_atom(pat) || pl_is_bin(pat) || pat == PL_NIL) {
        emit3(f, PL_OP_EQ_CONST, slot, c_const(f, pl_retain(pat)), fail);
        return;
    }
    if (pl_is_cons(pat)) {
        c_pat_list(f, pat, slot, fail);
        return;
    }
    if (pl_is_tuple(pat) && pl_tuple_arity(pat) == 2) {
        pl_term elems = pl_cons_new(u->e, pl_retain(pl_tuple_get(pat, 0)),
                                    pl_cons_new(u->e, pl_retain(pl_tuple_get(pat, 1)), PL_NIL));
        c_pat_tuple(f, elems, slot, fail);
        pl_release(u->e, elems);
        return;
    }
    if (c_is_call(u, pat, u->a.a_tuple, NULL, &args)) {
        c_pat_tuple(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_map, NULL, &args)) {
        c_emit(f, PL_OP_IS_MAP, 0);
        c_word(f, slot);
        c_label_ref(f, fail);
        c_pat_pairs(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_struct, NULL, &args)) {
        c_pat_struct(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_pin, NULL, &args) && c_is_var(c_nth(args, 0), &name)) {
        int64_t s = c_lookup_var(f, name);
        if (s < 0) {
            c_error(f, c_meta(pat), "undefined variable ^%s", pl_atom_name(&u->e->atoms, name));
            return;
        }
        emit3(f, PL_OP_EQ_LOCAL, slot, (uint32_t)s, fail);
    } else if (c_is_call(u, pat, u->a.a_match, NULL, &args)) {
        c_pattern(f, c_nth(args, 0), slot, fail);
        c_pattern(f, c_nth(args, 1), slot, fail);
    } else if ((c_is_call(u, pat, u->a.a_range, NULL, &args) && c_list_len(args) == 2) ||
               (c_is_call(u, pat, u->a.a_range_step, NULL, &args) && c_list_len(args) == 3)) {
        c_pat_range(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_plusplus, NULL, &args) && pl_is_list(c_nth(args, 0))) {
        c_pat_prefix_list(f, c_nth(args, 0), c_nth(args, 1), slot, fail);
    } else if (c_is_call(u, pat, u->a.a_concat, NULL, &args)) {
        c_pat_concat(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_bin, NULL, &args)) {
        c_pat_binary(f, args, slot, fail);
    } else if (c_is_call(u, pat, u->a.a_minus, NULL, &args) && pl_is_number(c_nth(args, 0))) {
        pl_term v = c_nth(args, 0);
        pl_term neg = pl_is_float(v) ? pl_float_new(u->e, -pl_float_value(v))
                                     : pl_small(-pl_small_value(v));
        emit3(f, PL_OP_EQ_CONST, slot, c_const(f, neg), fail);
    } else if (c_is_call(u, pat, u->a.a_aliases, NULL, NULL) && c_alias_atom(f, pat) != PL_NONE) {
        emit3(f, PL_OP_EQ_CONST, slot, c_const(f, c_alias_atom(f, pat)), fail);
    } else if (c_is_call(u, pat, u->a.a_module_m, NULL, NULL)) {
        emit3(f, PL_OP_EQ_CONST, slot, c_const(f, f->m->name), fail);
    } else if (c_is_call(u, pat, u->a.a_attr, NULL, &args) || c_is_literal(u, pat)) {
        uint32_t s = c_new_slot(f);
        c_expr(f, pat, false);
        c_emit(f, PL_OP_STORE, -1);
        c_word(f, s);
        emit3(f, PL_OP_EQ_LOCAL, slot, s, fail);
    } else {
        c_error(f, c_meta(pat), "invalid pattern in match");
    }
}

/* ---- Guards ---- */

void c_guard(cfn *f, pl_term guard, uint32_t fail)
{
    pl_term wargs;
    if (c_is_call(f->u, guard, f->u->a.a_when, NULL, &wargs) && c_list_len(wargs) == 2) {
        /* x when a when b: either guard may pass */
        uint32_t next = c_new_label(f), pass = c_new_label(f);
        int32_t depth = f->depth;
        c_guard(f, c_nth(wargs, 0), next);
        c_emit(f, PL_OP_JUMP, 0);
        c_label_ref(f, pass);
        c_bind_label(f, next);
        c_emit(f, PL_OP_DROP_TO, 0);
        c_word(f, (uint32_t)depth);
        c_set_depth(f, depth);
        c_guard(f, c_nth(wargs, 1), fail);
        c_bind_label(f, pass);
        return;
    }
    uint32_t saved = f->guard_fail;
    f->guard_fail = fail;
    c_expr(f, guard, false);
    c_emit(f, PL_OP_JUMP_NOT_TRUE, -1);
    c_label_ref(f, fail);
    f->guard_fail = saved;
}

pl_term c_split_when(cfn *f, pl_term head, pl_term *guard)
{
    pl_term args;
    *guard = PL_NONE;
    if (c_is_call(f->u, head, f->u->a.a_when, NULL, &args) && c_list_len(args) == 2) {
        *guard = c_nth(args, 1);
        return c_nth(args, 0);
    }
    return head;
}
