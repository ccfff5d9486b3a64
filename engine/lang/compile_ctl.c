/* Control forms: case, cond, if/unless, with, try, for and the shared clause
 * compiler that def, fn and case all use. */
#include "../atom.h"
#include "compile_int.h"

static void emit_jump(cfn *f, uint32_t op, int effect, uint32_t label)
{
    c_emit(f, op, effect);
    c_label_ref(f, label);
}

static void emit_slot_op(cfn *f, uint32_t op, int effect, uint32_t slot)
{
    c_emit(f, op, effect);
    c_word(f, slot);
}

/* A clause's failure label: drop what a guard left on the stack. Patterns
 * never leave values there, so without a guard nothing needs dropping. */
static void bind_fail_after(cfn *f, uint32_t label, int32_t depth, bool guarded)
{
    c_bind_label(f, label);
    if (guarded) {
        c_emit(f, PL_OP_DROP_TO, 0);
        c_word(f, (uint32_t)depth);
    }
    c_set_depth(f, depth);
}

static void bind_fail(cfn *f, uint32_t label, int32_t depth)
{
    bind_fail_after(f, label, depth, true);
}

/* Splits a clause's parameter list, which may be [{:when, _, [p1, ..., pn, guard]}]. */
static pl_term clause_params(cfn *f, pl_term params, uint32_t n, pl_term *guard, pl_term *single)
{
    cunit *u = f->u;
    pl_term wargs;
    *guard = PL_NONE;
    if (c_list_len(params) == 1 && c_is_call(u, pl_head(params), u->a.a_when, NULL, &wargs) &&
        c_list_len(wargs) == n + 1) {
        *guard = c_nth(wargs, n);
        *single = wargs;
        return wargs;
    }
    *single = params;
    return params;
}

void c_clauses_on(cfn *f, pl_term clauses, const uint32_t *slots, uint32_t n, bool tail,
                  uint32_t end_label)
{
    cunit *u = f->u;
    int32_t start = f->depth;
    for (; pl_is_cons(clauses) && !c_failed(f); clauses = pl_tail(clauses)) {
        pl_term cl = pl_head(clauses), cargs, guard, single;
        if (!c_is_call(u, cl, u->a.a_arrow, NULL, &cargs) || c_list_len(cargs) != 2) {
            c_error(f, c_meta(cl), "expected -> clauses");
            return;
        }
        c_set_line(f, c_meta(cl));
        pl_term params = clause_params(f, c_nth(cargs, 0), n, &guard, &single);
        if (c_list_len(params) < n) {
            c_error(f, c_meta(cl), "clause has the wrong number of arguments");
            return;
        }
        uint32_t mark = c_scope_save(f), next = c_new_label(f);
        c_pattern_begin(f);
        uint32_t i = 0;
        for (pl_term p = params; i < n; p = pl_tail(p), i++) {
            c_pattern(f, pl_head(p), slots[i], next);
        }
        if (guard != PL_NONE) {
            c_guard(f, guard, next);
        }
        c_block(f, c_nth(cargs, 1), tail);
        if (!tail) {
            emit_jump(f, PL_OP_JUMP, 0, end_label);
        }
        c_scope_restore(f, mark);
        bind_fail_after(f, next, start, guard != PL_NONE);
    }
}

void c_case(cfn *f, pl_term args, pl_term meta, bool tail)
{
    pl_term clauses = c_clauses(f, c_nth(args, 1), f->u->a.a_do);
    if (clauses == PL_NONE) {
        c_error(f, meta, "case expects a do block with clauses");
        return;
    }
    int32_t start = f->depth;
    uint32_t s = c_new_slot(f), end = c_new_label(f);
    c_expr(f, c_nth(args, 0), false);
    emit_slot_op(f, PL_OP_STORE, -1, s);
    c_clauses_on(f, clauses, &s, 1, tail, end);
    emit_slot_op(f, PL_OP_CASE_CLAUSE, 0, s);
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

void c_cond(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    pl_term clauses = c_clauses(f, c_nth(args, 0), u->a.a_do);
    int32_t start = f->depth;
    uint32_t end = c_new_label(f);
    for (; clauses != PL_NONE && pl_is_cons(clauses); clauses = pl_tail(clauses)) {
        pl_term cargs;
        if (!c_is_call(u, pl_head(clauses), u->a.a_arrow, NULL, &cargs)) {
            c_error(f, meta, "expected -> clauses in cond");
            return;
        }
        uint32_t next = c_new_label(f), mark = c_scope_save(f);
        c_expr(f, c_nth(c_nth(cargs, 0), 0), false);
        emit_jump(f, PL_OP_JUMP_FALSY, -1, next);
        c_block(f, c_nth(cargs, 1), tail);
        if (!tail) {
            emit_jump(f, PL_OP_JUMP, 0, end);
        }
        c_scope_restore(f, mark);
        c_bind_label(f, next);
        c_set_depth(f, start);
    }
    c_emit(f, PL_OP_COND_CLAUSE, 0);
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

void c_if(cfn *f, pl_term args, pl_term meta, bool tail, bool unless)
{
    cunit *u = f->u;
    pl_term blocks = c_nth(args, 1);
    if (c_list_len(args) != 2 || !pl_is_list(blocks) || c_kw_get(blocks, u->a.a_do) == PL_NONE) {
        c_error(f, meta, "invalid arguments for %s", unless ? "unless" : "if");
        return;
    }
    pl_term yes = c_kw_get(blocks, u->a.a_do), no = c_kw_get(blocks, u->a.a_else);
    if (unless) {
        pl_term t = yes;
        yes = no;
        no = t;
    }
    int32_t start = f->depth;
    uint32_t other = c_new_label(f), end = c_new_label(f), mark = c_scope_save(f);
    c_expr(f, c_nth(args, 0), false);
    emit_jump(f, PL_OP_JUMP_FALSY, -1, other);
    c_block(f, yes != PL_NONE ? yes : PL_ATOM_NIL, tail);
    if (!tail) {
        emit_jump(f, PL_OP_JUMP, 0, end);
    }
    c_scope_restore(f, mark);
    c_bind_label(f, other);
    c_set_depth(f, start);
    c_block(f, no != PL_NONE ? no : PL_ATOM_NIL, tail);
    c_scope_restore(f, mark);
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

/* ---- with ---- */

void c_with(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    uint32_t n = c_list_len(args);
    pl_term blocks = c_nth(args, n - 1);
    pl_term body = pl_is_list(blocks) ? c_kw_get(blocks, u->a.a_do) : PL_NONE;
    if (body == PL_NONE) {
        c_error(f, meta, "missing :do option in \"with\"");
        return;
    }
    pl_term else_clauses = c_kw_get(blocks, u->a.a_else);
    int32_t start = f->depth;
    uint32_t mark = c_scope_save(f), end = c_new_label(f), unmatched = c_new_slot(f);
    uint32_t on_else = c_new_label(f);
    uint32_t fails[64], fail_slots[64], nfails = 0;
    pl_term cl = args;
    for (uint32_t i = 0; i + 1 < n; i++, cl = pl_tail(cl)) {
        pl_term c = pl_head(cl), gargs, guard;
        if (c_is_call(u, c, u->a.a_gen, NULL, &gargs) && nfails < 64) {
            uint32_t s = c_new_slot(f), fail = c_new_label(f);
            c_expr(f, c_nth(gargs, 1), false);
            emit_slot_op(f, PL_OP_STORE, -1, s);
            pl_term pat = c_split_when(f, c_nth(gargs, 0), &guard);
            c_pattern_begin(f);
            c_pattern(f, pat, s, fail);
            if (guard != PL_NONE) {
                c_guard(f, guard, fail);
            }
            fails[nfails] = fail;
            fail_slots[nfails++] = s;
        } else {
            c_expr(f, c, false);
            c_emit(f, PL_OP_POP, -1);
        }
    }
    c_block(f, body, tail);
    if (!tail) {
        emit_jump(f, PL_OP_JUMP, 0, end);
    }
    c_scope_restore(f, mark);
    for (uint32_t i = 0; i < nfails; i++) {
        bind_fail(f, fails[i], start);
        emit_slot_op(f, PL_OP_LOCAL, 1, fail_slots[i]);
        emit_slot_op(f, PL_OP_STORE, -1, unmatched);
        emit_jump(f, PL_OP_JUMP, 0, on_else);
    }
    c_bind_label(f, on_else);
    c_set_depth(f, start);
    if (else_clauses != PL_NONE) {
        c_clauses_on(f, else_clauses, &unmatched, 1, tail, end);
        c_emit(f, PL_OP_RAISE_TERM, 0);
        c_word(f, c_const(f, c_atom(u, "else_clause")));
        c_word(f, unmatched);
    } else {
        emit_slot_op(f, PL_OP_LOCAL, 1, unmatched);
        c_finish(f, tail);
    }
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

/* ---- try ---- */

/* rescue clauses: `e in [A, B]`, `e in A`, `A`, `e`, `_`. Jumps to [next] unless
 * the normalised exception in [exc] matches; binds the variable. */
static void rescue_head(cfn *f, pl_term head, uint32_t kind, uint32_t exc, uint32_t next)
{
    cunit *u = f->u;
    pl_term iargs, var = PL_NONE, mods = PL_NONE, name;
    c_emit(f, PL_OP_EQ_CONST, 0);
    c_word(f, kind);
    c_word(f, c_const(f, u->a.a_error));
    c_label_ref(f, next);
    if (c_is_call(u, head, u->a.a_in, NULL, &iargs)) {
        var = c_nth(iargs, 0);
        mods = c_nth(iargs, 1);
    } else if (c_is_var(head, &name)) {
        var = head;
    } else {
        mods = head;
    }
    if (mods != PL_NONE) {
        pl_term list = pl_is_list(mods) ? mods : PL_NONE;
        uint32_t count = 0;
        emit_slot_op(f, PL_OP_LOCAL, 1, exc);
        if (list == PL_NONE) {
            c_push_const(f, c_alias_atom(f, mods));
            count = 1;
        } else {
            for (; pl_is_cons(list); list = pl_tail(list), count++) {
                c_push_const(f, c_alias_atom(f, pl_head(list)));
            }
        }
        c_push_const(f, PL_NIL);
        c_emit(f, PL_OP_LIST, -(int)count);
        c_word(f, count);
        c_call_bif(f, "Elixir.Kernel", "__rescue_match__", 2);
        emit_jump(f, PL_OP_JUMP_NOT_TRUE, -1, next);
    }
    if (var != PL_NONE) {
        c_pattern(f, var, exc, next);
    }
}

static void try_handlers(cfn *f, pl_term blocks, uint32_t k, bool tail, uint32_t end)
{
    cunit *u = f->u;
    int32_t start = f->depth;
    uint32_t outer_trace = f->stacktrace;
    f->stacktrace = k + 3; /* CATCH_INTO put the stacktrace in slot k + 2 */
    pl_term rescues = c_kw_get(blocks, u->a.a_rescue), catches = c_kw_get(blocks, u->a.a_catch);
    if (rescues != PL_NONE) {
        uint32_t exc = c_new_slot(f);
        emit_slot_op(f, PL_OP_LOCAL, 1, k);
        emit_slot_op(f, PL_OP_LOCAL, 1, k + 1);
        emit_slot_op(f, PL_OP_LOCAL, 1, k + 2);
        c_call_bif(f, "Elixir.Kernel", "__normalize__", 3);
        emit_slot_op(f, PL_OP_STORE, -1, exc);
        for (pl_term l = rescues; pl_is_cons(l); l = pl_tail(l)) {
            pl_term cargs;
            if (!c_is_call(u, pl_head(l), u->a.a_arrow, NULL, &cargs)) {
                continue;
            }
            uint32_t next = c_new_label(f), mark = c_scope_save(f);
            c_pattern_begin(f);
            rescue_head(f, c_nth(c_nth(cargs, 0), 0), k, exc, next);
            c_block(f, c_nth(cargs, 1), tail);
            if (!tail) {
                emit_jump(f, PL_OP_JUMP, 0, end);
            }
            c_scope_restore(f, mark);
            bind_fail(f, next, start);
        }
    }
    for (pl_term l = catches; l != PL_NONE && pl_is_cons(l); l = pl_tail(l)) {
        pl_term cargs, guard, single;
        if (!c_is_call(u, pl_head(l), u->a.a_arrow, NULL, &cargs)) {
            continue;
        }
        pl_term params = c_nth(cargs, 0);
        uint32_t nparams = c_list_len(params);
        pl_term first = c_nth(params, 0), wargs;
        if (nparams == 1 && c_is_call(u, first, u->a.a_when, NULL, &wargs)) {
            nparams = c_list_len(wargs) - 1;
        }
        params = clause_params(f, params, nparams, &guard, &single);
        uint32_t next = c_new_label(f), mark = c_scope_save(f);
        c_pattern_begin(f);
        if (nparams == 1) {
            c_emit(f, PL_OP_EQ_CONST, 0);
            c_word(f, k);
            c_word(f, c_const(f, u->a.a_throw));
            c_label_ref(f, next);
            c_pattern(f, c_nth(params, 0), k + 1, next);
        } else {
            c_pattern(f, c_nth(params, 0), k, next);
            c_pattern(f, c_nth(params, 1), k + 1, next);
        }
        if (guard != PL_NONE) {
            c_guard(f, guard, next);
        }
        c_block(f, c_nth(cargs, 1), tail);
        if (!tail) {
            emit_jump(f, PL_OP_JUMP, 0, end);
        }
        c_scope_restore(f, mark);
        bind_fail(f, next, start);
    }
    f->stacktrace = outer_trace;
    emit_slot_op(f, PL_OP_RERAISE, 0, k);
}

/* try without `after`: body, else clauses, rescue/catch handlers. */
static void try_inner(cfn *f, pl_term blocks, bool tail)
{
    cunit *u = f->u;
    int32_t start = f->depth;
    uint32_t handler = c_new_label(f), end = c_new_label(f), mark = c_scope_save(f);
    emit_jump(f, PL_OP_TRY, 0, handler);
    c_block(f, c_kw_get(blocks, u->a.a_do), false);
    c_emit(f, PL_OP_END_TRY, 0);
    c_scope_restore(f, mark);
    pl_term elses = c_kw_get(blocks, u->a.a_else);
    if (elses != PL_NONE) {
        uint32_t v = c_new_slot(f);
        emit_slot_op(f, PL_OP_STORE, -1, v);
        c_clauses_on(f, elses, &v, 1, tail, end);
        c_emit(f, PL_OP_RAISE_TERM, 0);
        c_word(f, c_const(f, c_atom(u, "try_clause")));
        c_word(f, v);
    } else {
        c_finish(f, tail);
        if (!tail) {
            emit_jump(f, PL_OP_JUMP, 0, end);
        }
    }
    c_bind_label(f, handler);
    c_set_depth(f, start);
    uint32_t k = c_new_slot(f);
    c_new_slot(f);
    c_new_slot(f);
    emit_slot_op(f, PL_OP_CATCH_INTO, 0, k);
    try_handlers(f, blocks, k, tail, end);
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

void c_try(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    pl_term blocks = c_nth(args, 0);
    if (!pl_is_list(blocks) || c_kw_get(blocks, u->a.a_do) == PL_NONE) {
        c_error(f, meta, "missing :do option in \"try\"");
        return;
    }
    pl_term after = c_kw_get(blocks, u->a.a_after);
    if (after == PL_NONE) {
        try_inner(f, blocks, tail);
        return;
    }
    /* try ... after: run the inner try under a catch-all that runs `after` and
     * re-raises; on the normal path run `after` and keep the value. */
    int32_t start = f->depth;
    uint32_t handler = c_new_label(f), end = c_new_label(f);
    uint32_t r = c_new_slot(f), k = c_new_slot(f);
    c_new_slot(f);
    c_new_slot(f);
    emit_jump(f, PL_OP_TRY, 0, handler);
    try_inner(f, blocks, false);
    c_emit(f, PL_OP_END_TRY, 0);
    emit_slot_op(f, PL_OP_STORE, -1, r);
    c_block(f, after, false);
    c_emit(f, PL_OP_POP, -1);
    emit_slot_op(f, PL_OP_LOCAL, 1, r);
    c_finish(f, tail);
    if (!tail) {
        emit_jump(f, PL_OP_JUMP, 0, end);
    }
    c_bind_label(f, handler);
    c_set_depth(f, start);
    emit_slot_op(f, PL_OP_CATCH_INTO, 0, k);
    c_block(f, after, false);
    c_emit(f, PL_OP_POP, -1);
    emit_slot_op(f, PL_OP_RERAISE, 0, k);
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}

/* ---- for ---- */

typedef struct for_ctx {
    uint32_t acc;          // slot of the accumulator
    bool reduce;
    pl_term body;          // do: body, or reduce clauses
} for_ctx;

static void for_quals(cfn *f, pl_term quals, uint32_t nquals, uint32_t loop, const for_ctx *fc);

/* The variable a binary generator binds to the bytes not yet visited; no
 * user variable can have a space in its name. */
static pl_term rest_var(cunit *u)
{
    return pl_tuple3(u->e, c_atom(u, "for rest"), PL_NIL, PL_ATOM_NIL);
}

/* [a, b], taking both references. */
static pl_term list2(pl_engine *e, pl_term a, pl_term b)
{
    return pl_cons_new(e, a, pl_cons_new(e, b, PL_NIL));
}

/* <<segs..., for_rest::bitstring>>, with every segment's value replaced by _
 * when [wild]. [segs] are the generator's segments; the last one is
 * `pattern <- binary`, whose left side is the last segment. */
static pl_term bin_gen_pattern(cunit *u, pl_term segs, bool wild)
{
    pl_engine *e = u->e;
    pl_term out = PL_NIL, targs;
    uint32_t n = c_list_len(segs);
    pl_term tail = pl_tuple3(e, u->a.a_type, PL_NIL,
                             list2(e, rest_var(u),
                                   pl_tuple3(e, c_atom(u, "bitstring"), PL_NIL, PL_ATOM_NIL)));
    out = pl_cons_new(e, tail, out);
    for (uint32_t i = n; i > 0; i--) {
        pl_term seg = c_nth(segs, i - 1), gargs;
        if (i == n && c_is_call(u, seg, u->a.a_gen, NULL, &gargs)) {
            seg = c_nth(gargs, 0);
        }
        if (wild && !pl_is_bin(seg)) {
            pl_term under = pl_tuple3(e, c_atom(u, "_"), PL_NIL, PL_ATOM_NIL);
            if (c_is_call(u, seg, u->a.a_type, NULL, &targs)) {
                seg = pl_tuple3(e, u->a.a_type, PL_NIL,
                                list2(e, under, pl_retain(c_nth(targs, 1))));
            } else {
                seg = under;
            }
        } else {
            seg = pl_retain(seg);
        }
        out = pl_cons_new(e, seg, out);
    }
    return pl_tuple3(e, u->a.a_bin, PL_NIL, out);
}

/* Matches [pat] against the slot [rest] and stores what is left back in it;
 * jumps to [fail] when it does not match. */
static void bin_gen_step(cfn *f, pl_term pat, uint32_t rest, uint32_t fail)
{
    c_pattern_begin(f);
    c_pattern(f, pat, rest, fail);
    pl_term var = rest_var(f->u);
    c_expr(f, var, false);
    pl_release(f->u->e, var);
    emit_slot_op(f, PL_OP_STORE, -1, rest);
}

/* for <<segs <- binary>>: each turn matches <<segs..., rest::bitstring>>
 * against the bytes left. As in Elixir, a chunk of the right shape whose
 * values do not match (found by matching the segments with every value
 * replaced by _) is skipped; the generator ends when neither matches. */
static void for_bin_gen(cfn *f, pl_term quals, uint32_t nquals, uint32_t loop, const for_ctx *fc)
{
    cunit *u = f->u;
    pl_term segs = pl_tuple_get(pl_head(quals), 2), gargs;
    c_is_call(u, c_nth(segs, c_list_len(segs) - 1), u->a.a_gen, NULL, &gargs);
    int32_t start = f->depth;
    uint32_t rest = c_new_slot(f);
    uint32_t next = c_new_label(f), skip = c_new_label(f), done = c_new_label(f);
    uint32_t mark = c_scope_save(f);
    c_expr(f, c_nth(gargs, 1), false);
    c_call_bif(f, "Elixir.Kernel", "__for_bin__", 1);
    emit_slot_op(f, PL_OP_STORE, -1, rest);
    bind_fail(f, next, start);
    pl_term whole = bin_gen_pattern(u, segs, false);
    bin_gen_step(f, whole, rest, skip);
    for_quals(f, pl_tail(quals), nquals - 1, next, fc);
    pl_release(u->e, whole);
    c_scope_restore(f, mark);
    mark = c_scope_save(f);
    bind_fail(f, skip, start);
    pl_term wild = bin_gen_pattern(u, segs, true);
    bin_gen_step(f, wild, rest, done);
    pl_release(u->e, wild);
    c_scope_restore(f, mark);
    emit_jump(f, PL_OP_JUMP, 0, next);
    bind_fail(f, done, start);
    emit_slot_op(f, PL_OP_CLEAR, 0, rest);
    if (loop) {
        emit_jump(f, PL_OP_JUMP, 0, loop);
    }
}

/* Compiles generators/filters from [quals] inward; [loop] is the label that
 * continues the innermost enclosing generator. */
static void for_quals(cfn *f, pl_term quals, uint32_t nquals, uint32_t loop, const for_ctx *fc)
{
    cunit *u = f->u;
    if (nquals == 0) {
        if (fc->reduce) {
            uint32_t end = c_new_label(f);
            c_clauses_on(f, fc->body, &fc->acc, 1, false, end);
            emit_slot_op(f, PL_OP_CASE_CLAUSE, 0, fc->acc);
            c_bind_label(f, end);
            c_set_depth(f, f->depth + 1);
            emit_slot_op(f, PL_OP_STORE, -1, fc->acc);
        } else {
            c_block(f, fc->body, false);
            emit_slot_op(f, PL_OP_LOCAL, 1, fc->acc);
            c_emit(f, PL_OP_LIST, -1);
            c_word(f, 1);
            emit_slot_op(f, PL_OP_STORE, -1, fc->acc);
        }
        emit_jump(f, PL_OP_JUMP, 0, loop);
        return;
    }
    pl_term q = pl_head(quals), gargs, guard, bargs;
    if (c_is_call(u, q, u->a.a_bin, NULL, &bargs) && c_list_len(bargs) >= 1 &&
        c_is_call(u, c_nth(bargs, c_list_len(bargs) - 1), u->a.a_gen, NULL, &gargs)) {
        for_bin_gen(f, quals, nquals, loop, fc);
        return;
    }
    if (!c_is_call(u, q, u->a.a_gen, NULL, &gargs)) { /* a filter */
        c_expr(f, q, false);
        emit_jump(f, PL_OP_JUMP_FALSY, -1, loop);
        for_quals(f, pl_tail(quals), nquals - 1, loop, fc);
        return;
    }
    int32_t start = f->depth;
    uint32_t list = c_new_slot(f), item = c_new_slot(f);
    uint32_t next = c_new_label(f), done = c_new_label(f), mark = c_scope_save(f);
    c_expr(f, c_nth(gargs, 1), false);
    c_call_bif(f, "Elixir.Kernel", "__for_list__", 1);
    emit_slot_op(f, PL_OP_STORE, -1, list);
    bind_fail(f, next, start);
    c_emit(f, PL_OP_IS_CONS, 0);
    c_word(f, list);
    c_label_ref(f, done);
    c_emit(f, PL_OP_HEAD, 0);
    c_word(f, list);
    c_word(f, item);
    c_emit(f, PL_OP_TAIL_OF, 0);
    c_word(f, list);
    c_word(f, list);
    pl_term pat = c_split_when(f, c_nth(gargs, 0), &guard);
    c_pattern_begin(f);
    c_pattern(f, pat, item, next);
    if (guard != PL_NONE) {
        c_guard(f, guard, next);
    }
    for_quals(f, pl_tail(quals), nquals - 1, next, fc);
    c_scope_restore(f, mark);
    c_bind_label(f, done);
    c_set_depth(f, start);
    emit_slot_op(f, PL_OP_CLEAR, 0, list);
    if (loop) {
        emit_jump(f, PL_OP_JUMP, 0, loop);
    }
}

void c_for(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    uint32_t n = c_list_len(args);
    pl_term opts = c_nth(args, n - 1);
    pl_term body = pl_is_list(opts) ? c_kw_get(opts, u->a.a_do) : PL_NONE;
    if (n < 2 || body == PL_NONE) {
        c_error(f, meta, "missing :do option in \"for\"");
        return;
    }
    /* for x <- xs, into: %{} do ... end puts the options in a list of their own */
    uint32_t nquals = n - 1;
    pl_term extra = n >= 3 ? c_nth(args, n - 2) : PL_NONE;
    if (extra != PL_NONE && pl_is_cons(extra) && pl_is_tuple(pl_head(extra)) &&
        pl_tuple_arity(pl_head(extra)) == 2 && pl_is_atom(pl_tuple_get(pl_head(extra), 0))) {
        nquals--;
    } else {
        extra = opts;
    }
    pl_term into = c_kw_get(extra, u->a.a_into), reduce = c_kw_get(extra, u->a.a_reduce);
    pl_term uniq = c_kw_get(extra, u->a.a_uniq);
    for_ctx fc = { c_new_slot(f), reduce != PL_NONE, body };
    c_expr(f, reduce != PL_NONE ? reduce : PL_NIL, false);
    emit_slot_op(f, PL_OP_STORE, -1, fc.acc);
    uint32_t mark = c_scope_save(f);
    for_quals(f, args, nquals, 0, &fc);
    c_scope_restore(f, mark);
    emit_slot_op(f, PL_OP_MOVE, 1, fc.acc);
    if (reduce == PL_NONE) {
        c_call_bif(f, "lists", "reverse", 1);
        if (uniq == PL_TRUE) {
            c_call_bif(f, "Elixir.Kernel", "__uniq__", 1);
        }
        if (into != PL_NONE) {
            c_expr(f, into, false);
            c_emit(f, PL_OP_CALL_EXT, -1);
            c_word(f, c_import(f, c_atom(u, "Elixir.Enum"), c_atom(u, "into"), 2));
            c_word(f, 2);
        }
    }
    c_finish(f, tail);
}

/* A variable pinned in every clause of a receive (^ref): if it holds the ref of
 * the mailbox marker, the scan can start at the marker. Returns its slot + 1, or 0. */
static bool pins(cunit *u, pl_term ast, pl_term name)
{
    pl_term args, v;
    if (c_is_call(u, ast, u->a.a_pin, NULL, &args) && c_is_var(c_nth(args, 0), &v)) {
        return v == name;
    }
    if (pl_is_cons(ast)) {
        for (; pl_is_cons(ast); ast = pl_tail(ast)) {
            if (pins(u, pl_head(ast), name)) {
                return true;
            }
        }
        return false;
    }
    if (pl_is_tuple(ast)) {
        for (uint64_t i = 0; i < pl_tuple_arity(ast); i++) {
            if (pins(u, pl_tuple_get(ast, i), name)) {
                return true;
            }
        }
    }
    return false;
}

static uint32_t marker_slot(cfn *f, pl_term clauses)
{
    cunit *u = f->u;
    for (uint32_t i = 0; i < f->nvars; i++) {
        pl_term name = f->vars[i].name;
        bool all = clauses != PL_NIL;
        for (pl_term l = clauses; all && pl_is_cons(l); l = pl_tail(l)) {
            pl_term cargs;
            all = c_is_call(u, pl_head(l), u->a.a_arrow, NULL, &cargs) &&
                  pins(u, c_nth(cargs, 0), name);
        }
        if (all) {
            int64_t s = c_lookup_var(f, name);
            return s >= 0 ? (uint32_t)s + 1 : 0;
        }
    }
    return 0;
}

/* receive: scan the mailbox from the save pointer; a message that matches no
 * clause stays where it is; with nothing left, wait (for a message or the
 * `after` timeout). */
void c_receive(cfn *f, pl_term args, pl_term meta, bool tail)
{
    cunit *u = f->u;
    pl_term blocks = c_nth(args, 0);
    if (!pl_is_list(blocks)) {
        c_error(f, meta, "missing :do option in \"receive\"");
        return;
    }
    pl_term clauses = c_kw_get(blocks, u->a.a_do), after = c_kw_get(blocks, u->a.a_after);
    if (clauses == PL_NONE || !pl_is_list(clauses)) {
        clauses = PL_NIL; /* receive after t -> ... end, or an empty do */
    }
    int32_t start = f->depth;
    uint32_t msg = c_new_slot(f), tslot = 0;
    uint32_t peek = c_new_label(f), wait = c_new_label(f), end = c_new_label(f);
    pl_term after_clause = PL_NONE, aargs;
    if (after != PL_NONE && pl_is_cons(after) &&
        c_is_call(u, pl_head(after), u->a.a_arrow, NULL, &aargs)) {
        after_clause = aargs;
        tslot = c_new_slot(f) + 1;
        c_expr(f, c_nth(c_nth(aargs, 0), 0), false);
        emit_slot_op(f, PL_OP_STORE, -1, tslot - 1);
    }
    c_emit(f, PL_OP_RECV_START, 0);
    c_word(f, marker_slot(f, clauses));
    c_bind_label(f, peek);
    c_emit(f, PL_OP_RECV_PEEK, 0);
    c_word(f, msg);
    c_label_ref(f, wait);
    for (pl_term l = clauses; pl_is_cons(l) && !c_failed(f); l = pl_tail(l)) {
        pl_term cargs, guard;
        if (!c_is_call(u, pl_head(l), u->a.a_arrow, NULL, &cargs)) {
            c_error(f, meta, "expected -> clauses in receive");
            return;
        }
        pl_term pat = c_split_when(f, c_nth(c_nth(cargs, 0), 0), &guard);
        uint32_t next = c_new_label(f), mark = c_scope_save(f);
        c_pattern_begin(f);
        c_pattern(f, pat, msg, next);
        if (guard != PL_NONE) {
            c_guard(f, guard, next);
        }
        c_emit(f, PL_OP_RECV_TAKE, 0);
        c_block(f, c_nth(cargs, 1), tail);
        if (!tail) {
            emit_jump(f, PL_OP_JUMP, 0, end);
        }
        c_scope_restore(f, mark);
        bind_fail_after(f, next, start, guard != PL_NONE);
    }
    emit_jump(f, PL_OP_RECV_NEXT, 0, peek);
    c_bind_label(f, wait);
    c_emit(f, PL_OP_RECV_WAIT, 0);
    c_word(f, tslot);
    c_label_ref(f, peek);
    c_word(f, c_const(f, c_clause_text(f, clauses)));
    if (after_clause != PL_NONE) {
        c_block(f, c_nth(after_clause, 1), tail);
    } else {
        c_push_const(f, PL_ATOM_NIL); /* unreachable: waits forever */
        c_finish(f, tail);
    }
    c_bind_label(f, end);
    c_set_depth(f, start + 1);
}
