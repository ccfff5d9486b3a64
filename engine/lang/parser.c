/* Parser: recursive descent with operator precedence over the lexer's tokens,
 * reproducing the decisions of Elixir 1.14's LALR grammar (elixir_parser.yrl):
 * which call a do-block attaches to, when a no-parens call takes several arguments,
 * and where such calls are ambiguous and therefore errors. Expressions, operators,
 * arguments and calls live here; containers in parser_container.c, blocks and
 * clauses in parser_stab.c, literal shapes in parser_build.c. */
#include "parser_int.h"
#include "../engine.h"

static const char no_parens_many[] = "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\nThis error happens when you have nested function calls without parentheses. For example:\n\n    one a, two b, c, d\n\nIn the example above, we don't know if the parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n    one a, two(b, c, d)\n\nOr by adding commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir cannot compile otherwise. Syntax error before: ','";

/* ---- Errors ---- */

void pp_error_node(parser *p, pl_term node, const char *msg)
{
    int line, column;
    pp_meta_line(p, node, &line, &column);
    pp_error_at(p, line, column, "SyntaxError", "%s", msg);
}

pl_term pp_fail_here(parser *p)
{
    pp_syntax_error(p, cur(p));
    return PL_NONE;
}

bool pp_expect(parser *p, int k)
{
    if (kind(p) != k) {
        pp_fail_here(p);
        return false;
    }
    p->pos++;
    return true;
}

/* ---- Operator table (precedence and associativity from elixir_parser.yrl) ---- */

static int binop_prec(int k, bool *right)
{
    *right = false;
    switch (k) {
    case PL_T_IN_MATCH_OP: return 40;
    case PL_T_WHEN_OP: *right = true; return 50;
    case PL_T_TYPE_OP: *right = true; return 60;
    case PL_T_PIPE_OP: *right = true; return 70;
    case PL_T_MATCH_OP: *right = true; return 100;
    case PL_T_OR_OP: return 120;
    case PL_T_AND_OP: return 130;
    case PL_T_COMP_OP: return 140;
    case PL_T_REL_OP: return 150;
    case PL_T_ARROW_OP: return 160;
    case PL_T_IN_OP: return 170;
    case PL_T_XOR_OP: return 180;
    case PL_T_TERNARY_OP: *right = true; return 190;
    case PL_T_CONCAT_OP: case PL_T_RANGE_OP: *right = true; return 200;
    case PL_T_DUAL_OP: return 210;
    case PL_T_MULT_OP: return 220;
    case PL_T_POWER_OP: return 230;
    default: return -1;
    }
}

/* Can [k] begin an argument of a call without parentheses (`foo x`)? */
bool pp_starts_arg(int k)
{
    switch (k) {
    case PL_T_IDENT: case PL_T_PAREN_IDENT: case PL_T_BRACKET_IDENT: case PL_T_DO_IDENT:
    case PL_T_OP_IDENT: case PL_T_KW_IDENT: case PL_T_KW_IDENT_UNSAFE: case PL_T_ALIAS:
    case PL_T_FN: case PL_T_TRUE: case PL_T_FALSE: case PL_T_NIL: case PL_T_INT: case PL_T_FLT:
    case PL_T_CHAR: case PL_T_ATOM: case PL_T_ATOM_QUOTED: case PL_T_ATOM_UNSAFE:
    case PL_T_BIN_STRING: case PL_T_LIST_STRING: case PL_T_BIN_HEREDOC: case PL_T_LIST_HEREDOC:
    case PL_T_SIGIL: case PL_T_LPAREN: case PL_T_LBRACK: case PL_T_LCURLY: case PL_T_LBIT:
    case PL_T_MAP: case PL_T_PERCENT: case PL_T_UNARY_OP: case PL_T_AT_OP: case PL_T_CAPTURE_OP:
        return true;
    default:
        return false;
    }
}

/* ---- Arguments ---- */

/* `(args)` of a call with parentheses. */
static pl_term parse_paren_args(parser *p)
{
    pp_vec args = { 0 };
    next(p);
    skip_eol(p);
    while (kind(p) != PL_T_RPAREN) {
        if (is_kw(kind(p))) {
            if (!pp_push(p, &args, pp_kw(p, false, false, PL_T_RPAREN, NULL))) {
                goto fail;
            }
            break;
        }
        int c;
        pl_term a = pp_expr(p, 0, 0, &c);
        if (a != PL_NONE && c == PP_NOPARENS && (args.n > 0 || kind(p) == PL_T_COMMA)) {
            pp_error_node(p, a, no_parens_many);
            pl_release(p->e, a);
            goto fail;
        }
        if (!pp_push(p, &args, a)) {
            goto fail;
        }
        if (kind(p) != PL_T_COMMA) {
            break;
        }
        next(p);
        if (kind(p) == PL_T_RPAREN) {
            pp_fail_here(p);
            goto fail;
        }
    }
    skip_eol(p);
    if (pp_expect(p, PL_T_RPAREN)) {
        return pp_vec_list(p, &args);
    }
fail:
    pp_vec_free(p, &args);
    return PL_NONE;
}

/* Arguments of a call without parentheses. Sets [ambig] when the one argument is
 * itself a no-parens call with several arguments (`f g a, b`). */
bool pp_no_parens_args(parser *p, pp_vec *args, int *ncls)
{
    *ncls = PP_MATCHED;
    if (is_kw(kind(p))) {
        return pp_push(p, args, pp_kw(p, true, false, -1, NULL));
    }
    int c;
    pl_term first = pp_expr(p, 0, PP_NO_DO, &c);
    if (!pp_push(p, args, first)) {
        return false;
    }
    if (c == PP_NOPARENS) {
        *ncls = PP_NOPARENS;
        return true;
    }
    while (kind(p) == PL_T_COMMA) {
        next(p);
        *ncls = PP_NOPARENS;
        if (is_kw(kind(p))) {
            return pp_push(p, args, pp_kw(p, true, false, -1, NULL));
        }
        pl_term a = pp_expr(p, 0, PP_NO_DO, &c);
        if (a != PL_NONE && c == PP_NOPARENS) {
            pp_error_node(p, a, no_parens_many);
            pl_release(p->e, a);
            return false;
        }
        if (!pp_push(p, args, a)) {
            return false;
        }
    }
    return true;
}

/* ---- Calls ---- */

/* The callee of a call: `name` locally, `{:., dot_meta, [remote, name]}` remotely. */
static pl_term callee(parser *p, pl_term remote, const pl_token *dot, const pl_token *name)
{
    if (remote == PL_NONE) {
        return name->value;
    }
    return pp_t3(p, pp_atom(p, "."), pp_meta_tok(p, dot), pp_list2(p, remote, name->value));
}

static pl_term zero_arity(parser *p, pl_term remote, const pl_token *dot, const pl_token *name)
{
    if (remote == PL_NONE) {
        return pp_t3(p, name->value, pp_meta_tok(p, name), PL_ATOM_NIL);
    }
    pl_term meta = pp_cons(p, pp_t2(p, pp_atom(p, "no_parens"), PL_TRUE), pp_meta_tok(p, name));
    return pp_t3(p, callee(p, remote, dot, name), meta, PL_NIL);
}

/* Appends `[do: ..., else: ...]` when a do-block follows and may attach here. */
static pl_term maybe_do(parser *p, pl_term args, int flags, int *cls)
{
    if ((flags & PP_NO_DO) || kind(p) != PL_T_DO || args == PL_NONE) {
        return args;
    }
    *cls = PP_UNMATCHED;
    pp_vec v = { 0 };
    for (pl_term l = args; pl_is_cons(l); l = pl_tail(l)) {
        if (!pp_push(p, &v, pl_retain(pl_head(l)))) {
            pl_release(p->e, args);
            pp_vec_free(p, &v);
            return PL_NONE;
        }
    }
    pl_release(p->e, args);
    if (!pp_push(p, &v, pp_do_block(p))) {
        pp_vec_free(p, &v);
        return PL_NONE;
    }
    return pp_vec_list(p, &v);
}

static pl_term paren_call(parser *p, pl_term remote, const pl_token *dot, const pl_token *name, int flags, int *cls)
{
    pl_term meta = pp_meta_tok(p, name);
    pl_term fun = callee(p, remote, dot, name);
    pl_term args = parse_paren_args(p);
    if (kind(p) == PL_T_LPAREN) {
        pl_term inner = pp_t3(p, fun, pl_retain(meta), args);
        fun = inner;
        args = parse_paren_args(p);
    }
    return pp_t3(p, fun, meta, maybe_do(p, args, flags, cls));
}

static pl_term no_parens_call(parser *p, pl_term remote, const pl_token *dot, const pl_token *name, int flags, int *cls)
{
    pp_vec args = { 0 };
    int ncls;
    pl_term fun = callee(p, remote, dot, name);
    if (!pp_no_parens_args(p, &args, &ncls)) {
        pl_release(p->e, fun);
        pp_vec_free(p, &args);
        return PL_NONE;
    }
    pl_term meta = pp_meta_tok(p, name);
    if (remote == PL_NONE && name->kind == PL_T_OP_IDENT && args.n == 1) {
        meta = pp_cons(p, pp_t2(p, pp_atom(p, "ambiguous_op"), PL_ATOM_NIL), meta);
    }
    *cls = ncls == PP_NOPARENS ? PP_NOPARENS : PP_MATCHED;
    pl_term list = maybe_do(p, pp_vec_list(p, &args), flags, cls);
    return pp_t3(p, fun, meta, list);
}

/* An identifier token (local when [remote] is PL_NONE, else after `remote.`). Takes [remote]. */
static pl_term parse_call(parser *p, pl_term remote, const pl_token *dot, int flags, int *cls)
{
    const pl_token *name = next(p);
    *cls = PP_MATCHED;
    switch (name->kind) {
    case PL_T_PAREN_IDENT:
        return paren_call(p, remote, dot, name, flags, cls);
    case PL_T_DO_IDENT:
        if (!(flags & PP_NO_DO) && kind(p) == PL_T_DO) {
            pl_term meta = pp_meta_tok(p, name);
            pl_term fun = callee(p, remote, dot, name);
            *cls = PP_UNMATCHED;
            return pp_t3(p, fun, meta, pp_list1(p, pp_do_block(p)));
        }
        return zero_arity(p, remote, dot, name);
    case PL_T_OP_IDENT:
        return no_parens_call(p, remote, dot, name, flags, cls);
    case PL_T_IDENT:
        if (!(flags & PP_NO_ARGS) && pp_starts_arg(kind(p))) {
            return no_parens_call(p, remote, dot, name, flags, cls);
        }
        return zero_arity(p, remote, dot, name);
    default:
        return zero_arity(p, remote, dot, name);
    }
}

/* ---- Expressions ---- */

static pl_term parse_dot(parser *p, pl_term node, int flags, int *cls, bool *stop)
{
    const pl_token *dot = next(p);
    const pl_token *t = cur(p);
    switch (t->kind) {
    case PL_T_ALIAS:
        next(p);
        if (pp_is_call(p, node, "__aliases__", -1)) {
            pl_term meta = pl_retain(pl_tuple_get(node, 1));
            pp_vec v = { 0 };
            bool ok = true;
            for (pl_term l = pl_tuple_get(node, 2); ok && pl_is_cons(l); l = pl_tail(l)) {
                ok = pp_push(p, &v, pl_retain(pl_head(l)));
            }
            ok = ok && pp_push(p, &v, t->value);
            pl_release(p->e, node);
            if (!ok) {
                pp_vec_free(p, &v);
                pl_release(p->e, meta);
                return PL_NONE;
            }
            return pp_t3(p, pp_atom(p, "__aliases__"), meta, pp_vec_list(p, &v));
        }
        if (pl_is_atom(node)) {
            pp_error_at(p, t->line, t->column, "SyntaxError", "atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, the atom name must be quoted. Syntax error before: '.'");
            return PL_NONE;
        }
        return pp_t3(p, pp_atom(p, "__aliases__"), pp_meta_tok(p, dot), pp_list2(p, node, t->value));
    case PL_T_IDENT: case PL_T_PAREN_IDENT: case PL_T_BRACKET_IDENT: case PL_T_DO_IDENT: case PL_T_OP_IDENT: {
        pl_term r = parse_call(p, node, dot, flags, cls);
        *stop = *cls != PP_MATCHED;
        return r;
    }
    case PL_T_LCURLY: {
        next(p);
        pl_term args = pp_container(p, PL_T_RCURLY, false, true);
        pl_term meta = pp_meta_tok(p, dot);
        pl_term fun = pp_t3(p, pp_atom(p, "."), pl_retain(meta), pp_list2(p, node, pp_atom(p, "{}")));
        return pp_t3(p, fun, meta, args);
    }
    default:
        pl_release(p->e, node);
        return pp_fail_here(p);
    }
}

static pl_term parse_postfix(parser *p, pl_term node, int flags, int *cls)
{
    bool stop = false;
    while (node != PL_NONE && !stop) {
        switch (kind(p)) {
        case PL_T_DOT:
            node = parse_dot(p, node, flags, cls, &stop);
            break;
        case PL_T_DOT_CALL: {
            const pl_token *dot = next(p);
            pl_term meta = pp_meta_tok(p, dot);
            pl_term fun = pp_t3(p, pp_atom(p, "."), pl_retain(meta), pp_list1(p, node));
            pl_term args = parse_paren_args(p);
            if (kind(p) == PL_T_LPAREN) {
                fun = pp_t3(p, fun, pl_retain(meta), args);
                args = parse_paren_args(p);
            }
            node = pp_t3(p, fun, meta, maybe_do(p, args, flags, cls));
            stop = *cls != PP_MATCHED;
            break;
        }
        case PL_T_LBRACK:
            node = pp_access(p, node);
            break;
        default:
            return node;
        }
    }
    return node;
}

static pl_term literal(parser *p, pl_term value)
{
    next(p);
    return pl_retain(value);
}

static pl_term parse_primary(parser *p, int flags, int *cls)
{
    const pl_token *t = cur(p);
    *cls = PP_MATCHED;
    switch (t->kind) {
    case PL_T_INT: case PL_T_FLT: case PL_T_CHAR: case PL_T_ATOM: case PL_T_ATOM_QUOTED:
        return literal(p, t->value);
    case PL_T_TRUE: return literal(p, PL_TRUE);
    case PL_T_FALSE: return literal(p, PL_FALSE);
    case PL_T_NIL: return literal(p, PL_ATOM_NIL);
    case PL_T_ATOM_UNSAFE: case PL_T_BIN_STRING: case PL_T_LIST_STRING: case PL_T_BIN_HEREDOC:
    case PL_T_LIST_HEREDOC: case PL_T_SIGIL:
        next(p);
        return pp_string(p, t);
    case PL_T_ALIAS:
        next(p);
        return pp_t3(p, pp_atom(p, "__aliases__"), pp_meta_tok(p, t), pp_list1(p, t->value));
    case PL_T_LBRACK:
        next(p);
        return pp_container(p, PL_T_RBRACK, true, true);
    case PL_T_LCURLY:
        return pp_tuple(p);
    case PL_T_LBIT:
        next(p);
        return pp_t3(p, pp_atom(p, "<<>>"), pp_meta_tok(p, t), pp_container(p, PL_T_RBIT, false, false));
    case PL_T_MAP:
        next(p);
        return pp_map_args(p);
    case PL_T_PERCENT:
        return pp_struct(p, flags);
    case PL_T_LPAREN:
        return pp_parens(p);
    case PL_T_FN:
        return pp_fn(p);
    case PL_T_IDENT: case PL_T_PAREN_IDENT: case PL_T_BRACKET_IDENT: case PL_T_DO_IDENT: case PL_T_OP_IDENT:
        return parse_call(p, PL_NONE, NULL, flags, cls);
    case PL_T_RANGE_OP:
        next(p);
        return pp_t3(p, t->value, pp_meta_tok(p, t), PL_NIL);
    default:
        return pp_fail_here(p);
    }
}

static int unary_prec(int k)
{
    switch (k) {
    case PL_T_UNARY_OP: case PL_T_DUAL_OP: case PL_T_TERNARY_OP: return 300;
    case PL_T_AT_OP: return 320;
    case PL_T_CAPTURE_OP: return 90;
    default: return -1;
    }
}

static pl_term parse_prefix(parser *p, int flags, int *cls)
{
    const pl_token *t = cur(p);
    int prec = unary_prec(t->kind);
    if (prec < 0) {
        pl_term node = parse_primary(p, flags, cls);
        if (*cls != PP_MATCHED || (flags & PP_NO_POSTFIX)) {
            return node;
        }
        return parse_postfix(p, node, flags, cls);
    }
    next(p);
    skip_eol(p);
    pl_term operand;
    if (t->kind == PL_T_CAPTURE_OP && kind(p) == PL_T_INT) {
        operand = literal(p, cur(p)->value);
        *cls = PP_MATCHED;
        pl_term node = pp_t3(p, t->value, pp_meta_tok(p, t), pp_list1(p, operand));
        return parse_postfix(p, node, flags, cls);
    }
    if (t->kind == PL_T_AT_OP) {
        *cls = PP_MATCHED;
        if (++p->depth > PL_PARSE_MAX_DEPTH) {
            pp_error_at(p, t->line, t->column, "SyntaxError", "expression nested too deeply (more than %d levels)", PL_PARSE_MAX_DEPTH);
            p->depth--;
            return PL_NONE;
        }
        operand = parse_prefix(p, flags | PP_NO_POSTFIX, cls);
        p->depth--;
        pl_term node = pp_t3(p, t->value, pp_meta_tok(p, t), pp_list1(p, operand));
        return *cls == PP_MATCHED ? parse_postfix(p, node, flags, cls) : node;
    }
    operand = pp_expr(p, prec + 1, flags & ~PP_NO_POSTFIX, cls);
    return pp_t3(p, t->value, pp_meta_tok(p, t), pp_list1(p, operand));
}

/* The binary operators after [lhs] (taken) that bind at least as tightly as [min_prec]. */
static pl_term parse_binary(parser *p, pl_term lhs, int min_prec, int flags, int *cls)
{
    while (lhs != PL_NONE) {
        bool right;
        const pl_token *op = cur(p);
        int prec = binop_prec(op->kind, &right);
        if (prec < 0 || prec < min_prec) {
            break;
        }
        next(p);
        skip_eol(p);
        int rcls = PP_MATCHED;
        pl_term rhs;
        if (op->kind == PL_T_WHEN_OP && is_kw(kind(p))) {
            rhs = pp_kw(p, true, false, -1, NULL);
            rcls = PP_NOPARENS;
        } else {
            rhs = pp_expr(p, right ? prec : prec + 1, flags & ~PP_NO_POSTFIX, &rcls);
        }
        lhs = pp_binop(p, lhs, op, rhs);
        if (rcls == PP_NOPARENS || *cls == PP_NOPARENS) {
            *cls = PP_NOPARENS;
        } else if (rcls == PP_UNMATCHED) {
            *cls = PP_UNMATCHED;
        }
    }
    return lhs;
}

static bool enter(parser *p)
{
    if (++p->depth > PL_PARSE_MAX_DEPTH) {
        const pl_token *t = cur(p);
        pp_error_at(p, t->line, t->column, "SyntaxError", "expression nested too deeply (more than %d levels)", PL_PARSE_MAX_DEPTH);
        p->depth--;
        return false;
    }
    return true;
}

pl_term pp_expr(parser *p, int min_prec, int flags, int *cls)
{
    *cls = PP_MATCHED; /* defined even on the error paths (callers read it) */
    if (!enter(p)) {
        return PL_NONE;
    }
    pl_term r = parse_binary(p, parse_prefix(p, flags, cls), min_prec, flags, cls);
    p->depth--;
    return r;
}

/* A map key: operators are allowed only when `=>` follows (a bare entry is a
 * map_base_expr in the grammar, which has none). */
pl_term pp_map_key(parser *p, bool *bare_ok)
{
    int c;
    if (!enter(p)) {
        return PL_NONE;
    }
    pl_term base = parse_prefix(p, 0, &c);
    size_t before = p->pos;
    pl_term key = parse_binary(p, base, 81, 0, &c);
    *bare_ok = p->pos == before;
    p->depth--;
    return key;
}

/* ---- Entry points ---- */

/* grammar: expressions separated by newlines or `;`, as a block. */
static pl_term parse_grammar(parser *p)
{
    const pl_token *first = cur(p);
    skip_eoe(p);
    if (kind(p) == PL_T_EOF && is_eoe(first->kind)) {
        return pp_t3(p, pp_atom(p, "__block__"), pp_meta_tok(p, first), PL_NIL);
    }
    pp_vec items = { 0 };
    while (kind(p) != PL_T_EOF) {
        int c;
        if (!pp_push(p, &items, pp_expr(p, 0, 0, &c))) {
            pp_vec_free(p, &items);
            return PL_NONE;
        }
        if (is_eoe(kind(p))) {
            skip_eoe(p);
        } else if (kind(p) != PL_T_EOF) {
            pp_vec_free(p, &items);
            return pp_fail_here(p);
        }
    }
    if (items.n == 0) {
        return pp_t3(p, pp_atom(p, "__block__"), PL_NIL, PL_NIL);
    }
    return pp_block(p, &items);
}

/* Pairs every `(` with its `)`; the lexer already checked the nesting. */
static bool match_parens(parser *p, const pl_tok_stream *s)
{
    p->match = pl_alloc_get(&p->e->alloc, s->n * sizeof *p->match);
    if (!p->match) {
        pp_oom(p);
        return false;
    }
    uint32_t top = UINT32_MAX;
    for (uint32_t i = 0; i < s->n; i++) {
        p->match[i] = 0;
        if (s->toks[i].kind == PL_T_LPAREN) {
            p->match[i] = top;
            top = i;
        } else if (s->toks[i].kind == PL_T_RPAREN && top != UINT32_MAX) {
            uint32_t open = top;
            top = p->match[open];
            p->match[open] = i;
        }
    }
    return true;
}

pl_term pp_parse_stream(parser *p, uint32_t stream)
{
    const pl_token *toks = p->toks;
    size_t pos = p->pos;
    uint32_t *match = p->match;
    const pl_tok_stream *s = &p->lx->streams[stream];
    if (!match_parens(p, s)) {
        p->match = match;
        return PL_NONE;
    }
    p->toks = s->toks;
    p->pos = 0;
    pl_term r = parse_grammar(p);
    pl_alloc_put(&p->e->alloc, p->match, s->n * sizeof *p->match);
    p->toks = toks;
    p->pos = pos;
    p->match = match;
    return r;
}

pl_term pl_parse(pl_engine *e, const char *file, const char *src, size_t len, pl_parse_error *err)
{
    (void)file;
    memset(err, 0, sizeof *err);
    pl_lexer lx;
    if (!pl_lex(e, src, len, &lx)) {
        err->line = lx.err.line;
        err->column = lx.err.column;
        memcpy(err->kind, lx.err.kind, sizeof err->kind);
        memcpy(err->message, lx.err.message, sizeof err->message);
        pl_lex_free(&lx);
        return PL_NONE;
    }
    parser p = { .e = e, .lx = &lx, .err = err };
    pl_term r = pp_parse_stream(&p, 0);
    if (p.failed) {
        pl_release(e, r);
        r = PL_NONE;
    }
    pl_lex_free(&lx);
    return r;
}
