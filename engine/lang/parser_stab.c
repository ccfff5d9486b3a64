/* Parser: do/end blocks with their else/after/rescue/catch sections, `->` clauses
 * (heads with guards, `(a, b) ->` heads), fn and parenthesised blocks, shaped as
 * elixir_parser.yrl's build_stab/build_fn/do_block rules shape them. */
#include "parser_int.h"
#include "../engine.h"

/* ---- Blocks, stabs, fn, parentheses ---- */

static pl_term unwrap_when(parser *p, pl_term args)
{
    if (args == PL_NONE) {
        return PL_NONE;
    }
    int64_t n = pl_list_length(args);
    pl_term last = args;
    for (int64_t i = 1; i < n; i++) {
        last = pl_tail(last);
    }
    if (n == 0 || !pp_is_call(p, pl_head(last), "when", 2)) {
        return args;
    }
    pl_term when = pl_head(last);
    pp_vec v = { 0 };
    bool ok = true;
    for (pl_term l = args; ok && l != last; l = pl_tail(l)) {
        ok = pp_push(p, &v, pl_retain(pl_head(l)));
    }
    for (pl_term l = pl_tuple_get(when, 2); ok && pl_is_cons(l); l = pl_tail(l)) {
        ok = pp_push(p, &v, pl_retain(pl_head(l)));
    }
    pl_term res = ok ? pp_t3(p, pp_atom(p, "when"), pl_retain(pl_tuple_get(when, 1)), pp_vec_list(p, &v)) : PL_NONE;
    pp_vec_free(p, &v);
    pl_release(p->e, args);
    return pp_list1(p, res);
}

/* `-> body` (body nil when the clause is empty). Takes [args]. */
static pl_term stab_clause(parser *p, pl_term args)
{
    const pl_token *arrow = cur(p);
    if (!pp_expect(p, PL_T_STAB_OP)) {
        pl_release(p->e, args);
        return PL_NONE;
    }
    skip_eol(p);
    pl_term body = PL_ATOM_NIL;
    int k = kind(p);
    if (!is_eoe(k) && k != PL_T_END && k != PL_T_BLOCK_IDENT && k != PL_T_RPAREN && k != PL_T_EOF) {
        int c;
        body = pp_expr(p, 0, 0, &c);
    }
    return pp_t3(p, pp_atom(p, "->"), pp_meta_tok(p, arrow), pp_list2(p, args, body));
}

/* `(a, b) -> ...`, `() when g -> ...`: taken when -> or when follows the `)`. */
static bool try_stab_parens(parser *p, pl_term *out)
{
    int after = p->toks[p->match[p->pos] + 1].kind;
    if (after != PL_T_STAB_OP && after != PL_T_WHEN_OP) {
        return false;
    }
    next(p);
    skip_eol(p);
    pp_vec args = { 0 };
    int ncls;
    *out = PL_NONE;
    if (kind(p) != PL_T_RPAREN && !pp_no_parens_args(p, &args, &ncls)) {
        pp_vec_free(p, &args);
        return true;
    }
    skip_eol(p);
    if (!pp_expect(p, PL_T_RPAREN)) {
        pp_vec_free(p, &args);
        return true;
    }
    if (kind(p) == PL_T_WHEN_OP) {
        const pl_token *w = next(p);
        skip_eol(p);
        int c;
        if (!pp_push(p, &args, pp_expr(p, 0, 0, &c))) {
            pp_vec_free(p, &args);
            return true;
        }
        *out = stab_clause(p, pp_list1(p, pp_t3(p, pp_atom(p, "when"), pp_meta_tok(p, w), pp_vec_list(p, &args))));
        return true;
    }
    *out = stab_clause(p, pp_vec_list(p, &args));
    return true;
}

static pl_term parse_stab_item(parser *p)
{
    pl_term out;
    if (kind(p) == PL_T_STAB_OP) {
        return stab_clause(p, PL_NIL);
    }
    if (kind(p) == PL_T_LPAREN && try_stab_parens(p, &out)) {
        return out;
    }
    pp_vec args = { 0 };
    int ncls;
    if (is_kw(kind(p))) {
        if (!pp_no_parens_args(p, &args, &ncls)) {
            pp_vec_free(p, &args);
            return PL_NONE;
        }
        return stab_clause(p, pp_vec_list(p, &args));
    }
    int c;
    pl_term first = pp_expr(p, 0, 0, &c);
    if (first == PL_NONE) {
        return PL_NONE;
    }
    if (kind(p) != PL_T_COMMA && kind(p) != PL_T_STAB_OP) {
        return first;
    }
    if (!pp_push(p, &args, first)) {
        return PL_NONE;
    }
    while (kind(p) == PL_T_COMMA) {
        next(p);
        bool ok = is_kw(kind(p)) ? pp_push(p, &args, pp_kw(p, true, false, -1, NULL))
                                 : pp_push(p, &args, pp_expr(p, 0, PP_NO_DO, &c));
        if (!ok) {
            pp_vec_free(p, &args);
            return PL_NONE;
        }
    }
    return stab_clause(p, unwrap_when(p, pp_vec_list(p, &args)));
}

static bool at_stop(int k, int stop)
{
    return k == stop || k == PL_T_EOF || (stop == PL_T_END && k == PL_T_BLOCK_IDENT);
}

/* Expressions and clauses separated by newlines or `;`, up to [stop]. */
static bool parse_stab_items(parser *p, int stop, pp_vec *items)
{
    for (;;) {
        if (!pp_push(p, items, parse_stab_item(p))) {
            return false;
        }
        if (is_eoe(kind(p))) {
            skip_eoe(p);
            if (at_stop(kind(p), stop)) {
                return true;
            }
            continue;
        }
        if (at_stop(kind(p), stop)) {
            return true;
        }
        pp_fail_here(p);
        return false;
    }
}

static pl_term stab_body(parser *p)
{
    skip_eoe(p);
    if (kind(p) == PL_T_END || kind(p) == PL_T_BLOCK_IDENT) {
        return pp_t3(p, pp_atom(p, "__block__"), PL_NIL, PL_NIL);
    }
    pp_vec items = { 0 };
    if (!parse_stab_items(p, PL_T_END, &items)) {
        pp_vec_free(p, &items);
        return PL_NONE;
    }
    return pp_stab(p, &items);
}

pl_term pp_do_block(parser *p)
{
    next(p); /* do */
    pp_vec kw = { 0 };
    if (!pp_push(p, &kw, pp_t2(p, PL_A(do), stab_body(p)))) {
        goto fail;
    }
    while (kind(p) == PL_T_BLOCK_IDENT) {
        const pl_token *b = next(p);
        if (!pp_push(p, &kw, pp_t2(p, b->value, stab_body(p)))) {
            goto fail;
        }
    }
    if (pp_expect(p, PL_T_END)) {
        return pp_vec_list(p, &kw);
    }
fail:
    pp_vec_free(p, &kw);
    return PL_NONE;
}

pl_term pp_fn(parser *p)
{
    const pl_token *fn = next(p);
    skip_eoe(p);
    pp_vec items = { 0 };
    if (!parse_stab_items(p, PL_T_END, &items) || !pp_expect(p, PL_T_END)) {
        pp_vec_free(p, &items);
        return PL_NONE;
    }
    if (items.n == 0 || !pp_is_call(p, items.v[0], "->", 2)) {
        pp_vec_free(p, &items);
        pp_error_at(p, fn->line, fn->column, "SyntaxError", "expected anonymous functions to be defined with -> inside: 'fn'");
        return PL_NONE;
    }
    return pp_t3(p, pp_atom(p, "fn"), pp_meta_tok(p, fn), pp_stab(p, &items));
}

pl_term pp_parens(parser *p)
{
    const pl_token *open = next(p);
    skip_eol(p);
    if (kind(p) == PL_T_RPAREN) {
        next(p);
        return pp_t3(p, pp_atom(p, "__block__"), PL_NIL, PL_NIL);
    }
    bool semi = kind(p) == PL_T_SEMI;
    skip_eoe(p);
    pp_vec items = { 0 };
    if (!(semi && kind(p) == PL_T_RPAREN) && !parse_stab_items(p, PL_T_RPAREN, &items)) {
        pp_vec_free(p, &items);
        return PL_NONE;
    }
    if (!pp_expect(p, PL_T_RPAREN)) {
        pp_vec_free(p, &items);
        return PL_NONE;
    }
    pl_term node = pp_stab(p, &items);
    if (pp_is_call(p, node, "__block__", -1)) {
        pl_tuple *t = pl_tuple_of(node);
        pl_release(p->e, t->el[1]);
        t->el[1] = pp_meta_tok(p, open);
        if (t->el[1] == PL_NONE) {
            pl_release(p->e, node);
            return PL_NONE;
        }
    }
    return node;
}

