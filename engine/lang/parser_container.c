/* Parser: containers. Keyword lists (in calls and in data), lists, tuples,
 * bitstrings, `expr[key]` access, maps, map updates and structs, with the grammar's
 * errors for keywords that do not come last and for ambiguous no-parens calls
 * inside containers. Expressions and calls are parsed in parser.c. */
#include "parser_int.h"
#include "../engine.h"

static const char no_parens_container[] = "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\nThis error may happen when you forget a comma in a list or other container:\n\n    [a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, five]\n\nIn the example above, we don't know if the parameters \"four\" and \"five\" belongs to the list or the function \"two\". You can solve this by explicitly adding parentheses:\n\n    [one, two(three, four), five]\n\nElixir cannot compile otherwise. Syntax error before: ','";

/* ---- Keyword lists ---- */

static pl_term kw_key(parser *p)
{
    const pl_token *t = next(p);
    skip_eol(p);
    return t->kind == PL_T_KW_IDENT ? t->value : pp_string(p, t);
}

static const char kw_call_follow[] = "unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\nSyntax error after: ','";
static const char kw_data_follow[] = "unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n    [:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error after: ','";

/* `a: 1, b: 2`. [no_parens]: values of a call without parentheses (matched, may nest
 * no-parens calls); otherwise container values. [close] ends a trailing comma. */
pl_term pp_kw(parser *p, bool no_parens, bool data, int close, pp_vec *into)
{
    pp_vec pairs = { 0 };
    pp_vec *v = into ? into : &pairs;
    for (;;) {
        pl_term key = kw_key(p);
        int c;
        pl_term val = pp_expr(p, 0, no_parens ? PP_NO_DO : 0, &c);
        if (val != PL_NONE && c == PP_NOPARENS && !no_parens) {
            pp_error_node(p, val, no_parens_container);
            pl_release(p->e, val);
            val = PL_NONE;
        }
        if (!pp_push(p, v, pp_t2(p, key, val))) {
            pp_vec_free(p, v);
            return PL_NONE;
        }
        if (kind(p) != PL_T_COMMA || (!is_kw(kind_at(p, 1)) && no_parens && !pp_starts_arg(kind_at(p, 1)))) {
            break;
        }
        const pl_token *comma = next(p);
        if (is_kw(kind(p))) {
            continue;
        }
        if (!no_parens && (kind(p) == close || (kind(p) == PL_T_EOL && kind_at(p, 1) == close))) {
            break;
        }
        pp_error_at(p, comma->line, comma->column, "SyntaxError", "%s", data ? kw_data_follow : kw_call_follow);
        pp_vec_free(p, v);
        return PL_NONE;
    }
    return into ? PL_NIL : pp_vec_list(p, &pairs);
}

/* ---- Containers ---- */

/* Elements up to [close]; keyword pairs may end the list ([is_list]: spliced in). */
pl_term pp_container(parser *p, int close, bool is_list, bool kw_ok)
{
    pp_vec items = { 0 };
    skip_eol(p);
    while (kind(p) != close) {
        if (is_kw(kind(p))) {
            const pl_token *kt = cur(p);
            if (!kw_ok && items.n == 0) {
                pp_syntax_error(p, kt); /* 1.14 has no keyword-only tuples or bitstrings */
                goto fail;
            }
            bool ok = is_list ? pp_kw(p, false, true, close, &items) != PL_NONE
                              : pp_push(p, &items, pp_kw(p, false, true, close, NULL));
            if (!ok) {
                goto fail;
            }
            break;
        }
        int c;
        pl_term x = pp_expr(p, 0, 0, &c);
        if (x != PL_NONE && c == PP_NOPARENS) {
            pp_error_node(p, x, no_parens_container);
            pl_release(p->e, x);
            goto fail;
        }
        if (!pp_push(p, &items, x)) {
            goto fail;
        }
        if (kind(p) != PL_T_COMMA) {
            break;
        }
        next(p);
    }
    skip_eol(p);
    if (pp_expect(p, close)) {
        return pp_vec_list(p, &items);
    }
fail:
    pp_vec_free(p, &items);
    return PL_NONE;
}

pl_term pp_tuple(parser *p)
{
    const pl_token *open = next(p);
    pl_term items = pp_container(p, PL_T_RCURLY, false, false);
    if (items != PL_NONE && pl_list_length(items) == 2) {
        pl_term t = pp_t2(p, pl_retain(pl_head(items)), pl_retain(pl_head(pl_tail(items))));
        pl_release(p->e, items);
        return t;
    }
    return pp_t3(p, pp_atom(p, "{}"), pp_meta_tok(p, open), items);
}

/* `[key]` after an expression: Access.get(expr, key). */
pl_term pp_access(parser *p, pl_term node)
{
    const pl_token *open = next(p);
    skip_eol(p);
    pl_term key;
    if (is_kw(kind(p))) {
        key = pp_kw(p, false, true, PL_T_RBRACK, NULL);
    } else {
        int c;
        key = pp_expr(p, 0, 0, &c);
        if (key != PL_NONE && c == PP_NOPARENS) {
            pp_error_node(p, key, no_parens_container);
            pl_release(p->e, key);
            key = PL_NONE;
        }
        if (key != PL_NONE && kind(p) == PL_T_COMMA) {
            next(p);
        }
    }
    skip_eol(p);
    if (key == PL_NONE || !pp_expect(p, PL_T_RBRACK)) {
        pl_release(p->e, key);
        pl_release(p->e, node);
        return PL_NONE;
    }
    pl_term meta = pp_meta_tok(p, open);
    pl_term dot = pp_t3(p, pp_atom(p, "."), pl_retain(meta), pp_list2(p, pp_atom(p, "Elixir.Access"), pp_atom(p, "get")));
    return pp_t3(p, dot, meta, pp_list2(p, node, key));
}

/* ---- Maps and structs ---- */

/* One `key => value`, or a bare expression (kept for the compiler to reject). */
static pl_term parse_assoc(parser *p, pl_term key, bool bare_ok)
{
    if (kind(p) != PL_T_ASSOC_OP) {
        if (!bare_ok) {
            pl_release(p->e, key);
            return pp_fail_here(p);
        }
        return key;
    }
    next(p);
    skip_eol(p);
    int c;
    pl_term val = pp_expr(p, 81, 0, &c);
    return pp_t2(p, key, val);
}

static bool parse_assocs(parser *p, pp_vec *items)
{
    for (;;) {
        if (is_kw(kind(p))) {
            return pp_kw(p, false, true, PL_T_RCURLY, items) != PL_NONE;
        }
        bool bare_ok;
        pl_term key = pp_map_key(p, &bare_ok);
        if (!pp_push(p, items, key == PL_NONE ? PL_NONE : parse_assoc(p, key, bare_ok))) {
            return false;
        }
        if (kind(p) != PL_T_COMMA) {
            return true;
        }
        next(p);
        skip_eol(p);
        if (kind(p) == PL_T_RCURLY) {
            return true;
        }
    }
}

/* The `{...}` of a map or struct: pairs, or `base | pairs` for an update. */
pl_term pp_map_args(parser *p)
{
    skip_eol(p);
    const pl_token *open = cur(p);
    if (!pp_expect(p, PL_T_LCURLY)) {
        return PL_NONE;
    }
    skip_eol(p);
    pp_vec items = { 0 };
    bool ok = true;
    if (kind(p) != PL_T_RCURLY && !is_kw(kind(p))) {
        bool bare_ok;
        pl_term first = pp_map_key(p, &bare_ok);
        if (first != PL_NONE && kind(p) == PL_T_PIPE_OP) {
            const pl_token *pipe = next(p);
            skip_eol(p);
            pp_vec rest = { 0 };
            ok = parse_assocs(p, &rest);
            pl_term update = pp_t3(p, pipe->value, pp_meta_tok(p, pipe), pp_list2(p, first, pp_vec_list(p, &rest)));
            ok = pp_push(p, &items, update) && ok;
        } else {
            ok = pp_push(p, &items, first == PL_NONE ? PL_NONE : parse_assoc(p, first, bare_ok));
            if (ok && kind(p) == PL_T_COMMA) {
                next(p);
                skip_eol(p);
                ok = kind(p) == PL_T_RCURLY || parse_assocs(p, &items);
            }
        }
    } else if (is_kw(kind(p))) {
        ok = pp_kw(p, false, true, PL_T_RCURLY, &items) != PL_NONE;
    }
    skip_eol(p);
    if (!ok || !pp_expect(p, PL_T_RCURLY)) {
        pp_vec_free(p, &items);
        return PL_NONE;
    }
    return pp_t3(p, pp_atom(p, "%{}"), pp_meta_tok(p, open), pp_vec_list(p, &items));
}

pl_term pp_struct(parser *p, int flags)
{
    const pl_token *pct = next(p);
    int c;
    pl_term name = pp_expr(p, 301, PP_NO_ARGS | PP_NO_DO, &c);
    if (name == PL_NONE) {
        return PL_NONE;
    }
    (void)flags;
    pl_term args = pp_map_args(p);
    return pp_t3(p, pp_atom(p, "%"), pp_meta_tok(p, pct), pp_list2(p, name, args));
}
