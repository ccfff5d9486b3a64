/* Parser: the builders that give each construct Elixir's exact quoted shape (the
 * helper functions of elixir_parser.yrl), plus term plumbing and error text. Every
 * builder takes ownership of its term arguments and returns PL_NONE on failure. */
#include <stdarg.h>
#include <stdio.h>
#include "parser_int.h"
#include "../engine.h"

/* ---- Errors ---- */

void pp_error_at(parser *p, int line, int column, const char *kind, const char *fmt, ...)
{
    if (p->failed) {
        return;
    }
    p->failed = true;
    p->err->line = line;
    p->err->column = column;
    snprintf(p->err->kind, sizeof p->err->kind, "%s", kind);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
    va_end(ap);
}

pl_term pp_oom(parser *p)
{
    pp_error_at(p, 0, 0, "SystemLimitError", "out of memory while parsing");
    return PL_NONE;
}

pl_term pp_atom(parser *p, const char *name)
{
    pl_term a = pl_atom_intern(&p->e->atoms, name, strlen(name));
    if (a == PL_NONE) {
        pp_error_at(p, 0, 0, "SystemLimitError", "atom table is full");
    }
    return a;
}

/* Erlang's io_lib:write_atom: bare when it reads as an unquoted atom, else '...'. */
static void write_atom(const char *s, char *out, size_t n)
{
    static const char *const reserved[] = { "after", "and", "andalso", "band", "begin", "bnot",
        "bor", "bsl", "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let",
        "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor" };
    bool bare = s[0] >= 'a' && s[0] <= 'z';
    for (const char *c = s; bare && *c; c++) {
        bare = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')
            || *c == '_' || *c == '@';
    }
    for (size_t i = 0; bare && i < sizeof reserved / sizeof reserved[0]; i++) {
        bare = strcmp(s, reserved[i]) != 0;
    }
    snprintf(out, n, bare ? "%s" : "'%s'", s);
}

static void reserved_error(parser *p, const pl_token *t, const char *word)
{
    pp_error_at(p, t->line, t->column, "SyntaxError",
        "syntax error before: %s. \"%s\" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function",
        word, word);
}

static const char *punct_text(int kind)
{
    switch (kind) {
    case PL_T_SEMI: return "';'";
    case PL_T_COMMA: return "','";
    case PL_T_DOT: case PL_T_DOT_CALL: return "'.'";
    case PL_T_LPAREN: return "'('";
    case PL_T_RPAREN: return "')'";
    case PL_T_LBRACK: return "'['";
    case PL_T_RBRACK: return "']'";
    case PL_T_LCURLY: return "'{'";
    case PL_T_RCURLY: return "'}'";
    case PL_T_LBIT: return "'<<'";
    case PL_T_RBIT: return "'>>'";
    case PL_T_MAP: return "'%{}'";
    case PL_T_PERCENT: return "'%'";
    case PL_T_DO: return "do";
    default: return NULL;
    }
}

/* "syntax error before: <token>" with the token written as yecc writes it. */
void pp_syntax_error(parser *p, const pl_token *t)
{
    const pl_atom_table *at = &p->e->atoms;
    char buf[200];
    const char *s = punct_text(t->kind);
    switch (t->kind) {
    case PL_T_EOF: {
        const pl_token *last = t > p->toks ? t - 1 : t;
        pp_error_at(p, last->line, last->column, "TokenMissingError", "syntax error: expression is incomplete");
        return;
    }
    case PL_T_EOL:
        pp_error_at(p, t->line, t->column, "SyntaxError", "unexpectedly reached end of line. The current expression is invalid or incomplete");
        return;
    case PL_T_END: reserved_error(p, t, "end"); return;
    case PL_T_FN: reserved_error(p, t, "fn"); return;
    case PL_T_TRUE: reserved_error(p, t, "true"); return;
    case PL_T_FALSE: reserved_error(p, t, "false"); return;
    case PL_T_NIL: reserved_error(p, t, "nil"); return;
    case PL_T_INT: case PL_T_FLT:
        snprintf(buf, sizeof buf, "\"%.*s\"", (int)t->srclen, p->lx->src + t->src);
        s = buf;
        break;
    case PL_T_CHAR: {
        /* io_lib:write_char, then elixir_errors turns the $ into ? */
        static const char esc[] = { 8, 'b', 9, 't', 10, 'n', 11, 'v', 12, 'f', 13, 'r', 27, 'e', 32, 's', 127, 'd', 92, '\\', 0 };
        int64_t c = pl_small_value(t->value);
        snprintf(buf, sizeof buf, "?%c", (char)c);
        for (int i = 0; esc[i]; i += 2) {
            if (c == (unsigned char)esc[i]) {
                snprintf(buf, sizeof buf, "?\\%c", esc[i + 1]);
            }
        }
        if (c >= 128) {
            snprintf(buf, sizeof buf, "?%.*s", (int)t->srclen - 1, p->lx->src + t->src + 1);
        }
        s = buf;
        break;
    }
    case PL_T_BIN_STRING: case PL_T_LIST_STRING: {
        const pl_str_part *part = &p->lx->parts[t->part];
        if (part->bin != PL_NONE) {
            snprintf(buf, sizeof buf, "\"%.*s\"", (int)pl_bin_of(part->bin)->len, (const char *)pl_bin_of(part->bin)->data);
        } else {
            snprintf(buf, sizeof buf, "\"");
        }
        s = buf;
        break;
    }
    case PL_T_SIGIL: {
        const pl_str_part *part = &p->lx->parts[t->part];
        const char *name = pl_atom_name(at, t->value);
        int clen = part->bin != PL_NONE ? (int)pl_bin_of(part->bin)->len : 0;
        pp_error_at(p, t->line, t->column, "SyntaxError", "syntax error before: sigil ~%s starting with content '%.*s'",
            name + 6, clen, clen ? (const char *)pl_bin_of(part->bin)->data : "");
        return;
    }
    default:
        if (!s && t->value != PL_NONE && pl_is_atom(t->value)) {
            const char *name = pl_atom_name(at, t->value);
            if (t->kind == PL_T_BLOCK_IDENT && (strcmp(name, "else") == 0 || strcmp(name, "rescue") == 0)) {
                reserved_error(p, t, name);
                return;
            }
            if (strcmp(name, "in") == 0 && t->kind == PL_T_IN_OP) {
                reserved_error(p, t, "in");
                return;
            }
            write_atom(name, buf, sizeof buf);
            if (buf[0] == '\'' && (t->kind == PL_T_UNARY_OP || t->kind == PL_T_AND_OP || t->kind == PL_T_OR_OP
                                      || t->kind == PL_T_WHEN_OP || t->kind == PL_T_BLOCK_IDENT)
                && (strcmp(name, "not") == 0 || strcmp(name, "and") == 0 || strcmp(name, "or") == 0
                    || strcmp(name, "when") == 0 || strcmp(name, "after") == 0 || strcmp(name, "catch") == 0)) {
                reserved_error(p, t, name);
                return;
            }
            s = buf;
        }
        break;
    }
    pp_error_at(p, t->line, t->column, "SyntaxError", "syntax error before: %s", s ? s : "");
}

/* ---- Terms ---- */

pl_term pp_cons(parser *p, pl_term head, pl_term tail)
{
    if (head == PL_NONE || tail == PL_NONE) {
        pl_release(p->e, head);
        pl_release(p->e, tail);
        return p->failed ? PL_NONE : pp_oom(p);
    }
    pl_term c = pl_cons_new(p->e, head, tail);
    return c == PL_NONE ? pp_oom(p) : c;
}

pl_term pp_t2(parser *p, pl_term a, pl_term b)
{
    if (a == PL_NONE || b == PL_NONE) {
        pl_release(p->e, a);
        pl_release(p->e, b);
        return p->failed ? PL_NONE : pp_oom(p);
    }
    pl_term t = pl_tuple2(p->e, a, b);
    return t == PL_NONE ? pp_oom(p) : t;
}

pl_term pp_t3(parser *p, pl_term a, pl_term b, pl_term c)
{
    if (a == PL_NONE || b == PL_NONE || c == PL_NONE) {
        pl_release(p->e, a);
        pl_release(p->e, b);
        pl_release(p->e, c);
        return p->failed ? PL_NONE : pp_oom(p);
    }
    pl_term t = pl_tuple3(p->e, a, b, c);
    return t == PL_NONE ? pp_oom(p) : t;
}

pl_term pp_list1(parser *p, pl_term a) { return pp_cons(p, a, PL_NIL); }
pl_term pp_list2(parser *p, pl_term a, pl_term b) { return pp_cons(p, a, pp_cons(p, b, PL_NIL)); }

/* [line: L, column: C] */
pl_term pp_meta(parser *p, int line, int column)
{
    pl_term l = pp_t2(p, PL_A(line), pl_small(line));
    pl_term c = pp_t2(p, PL_A(column), pl_small(column));
    return pp_list2(p, l, c);
}

pl_term pp_meta_tok(parser *p, const pl_token *t) { return pp_meta(p, t->line, t->column); }

bool pp_push(parser *p, pp_vec *v, pl_term t)
{
    if (t == PL_NONE) {
        return false;
    }
    if (v->n == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 8;
        pl_term *nv = pl_alloc_get(&p->e->alloc, ncap * sizeof *nv);
        if (!nv) {
            pl_release(p->e, t);
            pp_oom(p);
            return false;
        }
        if (v->v) {
            memcpy(nv, v->v, v->n * sizeof *nv);
            pl_alloc_put(&p->e->alloc, v->v, v->cap * sizeof *nv);
        }
        v->v = nv;
        v->cap = ncap;
    }
    v->v[v->n++] = t;
    return true;
}

void pp_vec_free(parser *p, pp_vec *v)
{
    for (size_t i = 0; i < v->n; i++) {
        pl_release(p->e, v->v[i]);
    }
    pl_alloc_put(&p->e->alloc, v->v, v->cap * sizeof *v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}

/* Consumes the vector into a list ending in [tail] (taken). */
pl_term pp_vec_list_tail(parser *p, pp_vec *v, pl_term tail)
{
    pl_term list = tail;
    while (v->n > 0 && list != PL_NONE) {
        list = pp_cons(p, v->v[--v->n], list);
    }
    pp_vec_free(p, v);
    return list;
}

pl_term pp_vec_list(parser *p, pp_vec *v) { return pp_vec_list_tail(p, v, PL_NIL); }

/* ---- Node inspection ---- */

/* Is [node] the 3-tuple {name, meta, args} with [arity] args (-1: any list)? */
bool pp_is_call(parser *p, pl_term node, const char *name, int arity)
{
    if (!pl_is_tuple(node) || pl_tuple_arity(node) != 3) {
        return false;
    }
    pl_term head = pl_tuple_get(node, 0);
    if (!pl_is_atom(head) || strcmp(pl_atom_name(&p->e->atoms, head), name) != 0) {
        return false;
    }
    pl_term args = pl_tuple_get(node, 2);
    return arity < 0 ? pl_is_list(args) : pl_list_length(args) == arity;
}

static pl_term arg_at(pl_term node, int i)
{
    pl_term l = pl_tuple_get(node, 2);
    while (i-- > 0) {
        l = pl_tail(l);
    }
    return pl_head(l);
}

/* ---- Blocks and stabs (build_block, build_stab, collect_stab) ---- */

pl_term pp_block(parser *p, pp_vec *items)
{
    if (items->n == 1 && !pp_is_call(p, items->v[0], "not", 1) && !pp_is_call(p, items->v[0], "!", 1)
        && !pp_is_call(p, items->v[0], "unquote_splicing", 1)) {
        pl_term only = items->v[0];
        items->n = 0;
        pp_vec_free(p, items);
        return only;
    }
    pl_term list = pp_vec_list(p, items);
    return pp_t3(p, pp_atom(p, "__block__"), PL_NIL, list);
}

static bool is_stab_clause(parser *p, pl_term t) { return pp_is_call(p, t, "->", 2); }

/* A clause's body absorbs the plain expressions that follow it. */
static pl_term collect_stab(parser *p, pp_vec *items)
{
    pp_vec clauses = { 0 };
    size_t i = 0;
    while (i < items->n) {
        pl_term clause = items->v[i];
        items->v[i++] = PL_NONE;
        pp_vec body = { 0 };
        pl_tuple *ct = pl_tuple_of(clause);
        pl_term args = ct->el[2];
        bool ok = pp_push(p, &body, pl_retain(pl_head(pl_tail(args))));
        while (ok && i < items->n && !is_stab_clause(p, items->v[i])) {
            ok = pp_push(p, &body, items->v[i]);
            items->v[i++] = PL_NONE;
        }
        if (!ok) {
            pl_release(p->e, clause);
            pp_vec_free(p, &body);
            pp_vec_free(p, &clauses);
            pp_vec_free(p, items);
            return PL_NONE;
        }
        pl_term left = pl_retain(pl_head(args));
        pl_term meta = pl_retain(ct->el[1]);
        pl_release(p->e, clause);
        if (!pp_push(p, &clauses, pp_t3(p, pp_atom(p, "->"), meta, pp_list2(p, left, pp_block(p, &body))))) {
            pp_vec_free(p, &clauses);
            pp_vec_free(p, items);
            return PL_NONE;
        }
    }
    pp_vec_free(p, items);
    return pp_vec_list(p, &clauses);
}

/* build_stab/1: plain expressions make a block; clauses make a list of ->. */
pl_term pp_stab(parser *p, pp_vec *items)
{
    size_t first_arrow = items->n;
    for (size_t i = 0; i < items->n; i++) {
        if (is_stab_clause(p, items->v[i])) {
            first_arrow = i;
            break;
        }
    }
    if (first_arrow == items->n) {
        return pp_block(p, items);
    }
    if (first_arrow != 0) {
        int line, column;
        pp_meta_line(p, items->v[first_arrow], &line, &column);
        pp_error_at(p, line, column, "SyntaxError", "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. Syntax error before: '->'");
        pp_vec_free(p, items);
        return PL_NONE;
    }
    return collect_stab(p, items);
}

/* Line and column of a node's meta (0 when absent). */
pl_term pp_meta_line(const parser *p, pl_term node, int *line, int *column)
{
    *line = *column = 0;
    if (!pl_is_tuple(node) || pl_tuple_arity(node) != 3) {
        return PL_NONE;
    }
    for (pl_term m = pl_tuple_get(node, 1); pl_is_cons(m); m = pl_tail(m)) {
        pl_term kv = pl_head(m);
        if (!pl_is_tuple(kv) || pl_tuple_arity(kv) != 2 || !pl_is_small(pl_tuple_get(kv, 1))) {
            continue;
        }
        if (pl_tuple_get(kv, 0) == PL_A(line)) {
            *line = (int)pl_small_value(pl_tuple_get(kv, 1));
        } else if (pl_tuple_get(kv, 0) == PL_A(column)) {
            *column = (int)pl_small_value(pl_tuple_get(kv, 1));
        }
    }
    (void)p;
    return PL_NONE;
}

/* ---- Operators (build_op) ---- */

pl_term pp_binop(parser *p, pl_term lhs, const pl_token *op, pl_term rhs)
{
    const char *name = pl_atom_name(&p->e->atoms, op->value);
    if (op->kind == PL_T_TERNARY_OP) {
        if (!pp_is_call(p, lhs, "..", 2)) {
            pl_release(p->e, lhs);
            pl_release(p->e, rhs);
            pp_error_at(p, op->line, op->column, "SyntaxError", "the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: '//'");
            return PL_NONE;
        }
        pl_term meta = pl_retain(pl_tuple_get(lhs, 1));
        pl_term a = pl_retain(arg_at(lhs, 0)), b = pl_retain(arg_at(lhs, 1));
        pl_release(p->e, lhs);
        return pp_t3(p, pp_atom(p, "..//"), meta, pp_cons(p, a, pp_list2(p, b, rhs)));
    }
    if (op->kind == PL_T_IN_OP && strcmp(name, "in") == 0
        && (pp_is_call(p, lhs, "not", 1) || pp_is_call(p, lhs, "!", 1))) {
        pl_term uop = pl_tuple_get(lhs, 0);
        pl_term left = pl_retain(arg_at(lhs, 0));
        pl_release(p->e, lhs);
        pl_term in = pp_t3(p, pp_atom(p, "in"), pp_meta_tok(p, op), pp_list2(p, left, rhs));
        return pp_t3(p, uop, pp_meta_tok(p, op), pp_list1(p, in));
    }
    if (op->kind == PL_T_IN_OP && strcmp(name, "not in") == 0) {
        pl_term in = pp_t3(p, pp_atom(p, "in"), pp_meta_tok(p, op), pp_list2(p, lhs, rhs));
        return pp_t3(p, pp_atom(p, "not"), pp_meta_tok(p, op), pp_list1(p, in));
    }
    return pp_t3(p, op->value, pp_meta_tok(p, op), pp_list2(p, lhs, rhs));
}

/* ---- Strings, charlists, quoted atoms, sigils ---- */

static pl_term dot_call(parser *p, pl_term meta, const char *mod, const char *fun, pl_term args)
{
    pl_term dot = pp_t3(p, pp_atom(p, "."), pl_retain(meta), pp_list2(p, pp_atom(p, mod), pp_atom(p, fun)));
    return pp_t3(p, dot, meta, args);
}

/* One interpolation: Kernel.to_string(form), wrapped as form::binary for binaries. */
static pl_term interp_part(parser *p, const pl_str_part *part, bool binary)
{
    pl_term form = pp_parse_stream(p, part->stream);
    pl_term meta = pp_meta(p, part->line, part->column);
    if (form == PL_NONE || meta == PL_NONE) {
        pl_release(p->e, form);
        pl_release(p->e, meta);
        return p->failed ? PL_NONE : pp_oom(p);
    }
    pl_term call = dot_call(p, pl_retain(meta), "Elixir.Kernel", "to_string", pp_list1(p, form));
    if (!binary) {
        pl_release(p->e, meta);
        return call;
    }
    pl_term type = pp_t3(p, pp_atom(p, "binary"), pl_retain(meta), PL_ATOM_NIL);
    return pp_t3(p, pp_atom(p, "::"), meta, pp_list2(p, call, type));
}

static pl_term string_parts(parser *p, const pl_token *t, bool binary)
{
    pp_vec parts = { 0 };
    for (uint32_t i = 0; i < t->nparts; i++) {
        const pl_str_part *part = &p->lx->parts[t->part + i];
        pl_term x = part->bin != PL_NONE ? pl_retain(part->bin) : interp_part(p, part, binary);
        if (!pp_push(p, &parts, x)) {
            pp_vec_free(p, &parts);
            return PL_NONE;
        }
    }
    return pp_vec_list(p, &parts);
}

/* A binary's UTF-8 as a list of code points (bytes where the UTF-8 is invalid). */
static pl_term charlist(parser *p, pl_term bin)
{
    const unsigned char *s = pl_bin_of(bin)->data;
    size_t n = pl_bin_of(bin)->len;
    pp_vec cps = { 0 };
    pl_lexer tmp = { .src = (const char *)s, .len = n };
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = pl_lex_utf8(&tmp, i, &cp);
        if (!pp_push(p, &cps, pl_small(cp))) {
            pp_vec_free(p, &cps);
            return PL_NONE;
        }
        i += (size_t)k;
    }
    return pp_vec_list(p, &cps);
}

static pl_term quoted_atom(parser *p, const pl_token *t)
{
    pl_term meta = pp_meta_tok(p, t);
    pl_term bin = pp_t3(p, pp_atom(p, "<<>>"), pl_retain(meta), string_parts(p, t, true));
    return dot_call(p, meta, "erlang", "binary_to_atom", pp_list2(p, bin, pp_atom(p, "utf8")));
}

static pl_term sigil(parser *p, const pl_token *t)
{
    pl_term meta = pp_meta_tok(p, t);
    pl_term inner = pl_retain(meta);
    if (t->indentation >= 0) {
        inner = pp_cons(p, pp_t2(p, pp_atom(p, "indentation"), pl_small(t->indentation)), inner);
    }
    pl_term outer = pp_cons(p, pp_t2(p, pp_atom(p, "delimiter"), pl_retain(t->delimiter)), meta);
    pl_term bin = pp_t3(p, pp_atom(p, "<<>>"), inner, string_parts(p, t, true));
    return pp_t3(p, t->value, outer, pp_list2(p, bin, pl_retain(t->modifiers)));
}

/* Strings, heredocs, charlists, quoted atoms and sigils. */
pl_term pp_string(parser *p, const pl_token *t)
{
    const pl_str_part *first = &p->lx->parts[t->part];
    bool single = t->nparts == 1 && first->bin != PL_NONE;
    switch (t->kind) {
    case PL_T_BIN_STRING:
    case PL_T_BIN_HEREDOC:
        if (single) {
            return pl_retain(first->bin);
        }
        return pp_t3(p, pp_atom(p, "<<>>"), pp_meta_tok(p, t), string_parts(p, t, true));
    case PL_T_LIST_STRING:
    case PL_T_LIST_HEREDOC: {
        if (single) {
            return charlist(p, first->bin);
        }
        pl_term meta = pp_meta_tok(p, t);
        return dot_call(p, meta, "Elixir.List", "to_charlist", pp_list1(p, string_parts(p, t, false)));
    }
    case PL_T_SIGIL:
        return sigil(p, t);
    default:
        return quoted_atom(p, t);
    }
}
