/* Internal to the parser files: the parser state, the token cursor, expression
 * classes, and what parser.c (expressions and calls), parser_container.c
 * (keyword lists, lists, tuples, maps, structs), parser_stab.c (blocks and
 * clauses) and parser_build.c (quoted-form shapes) share. */
#ifndef PL_PARSER_INT_H
#define PL_PARSER_INT_H

#include "lexer.h"
#include "parser.h"

/* What kind of expression a parse produced, as the yecc grammar distinguishes them:
 * matched (no do-block at the top), unmatched (ends in a do-block) and no-parens
 * (a call like `f a, b` that took several arguments, or nests one that did). */
enum { PP_MATCHED, PP_UNMATCHED, PP_NOPARENS };

enum {
    PP_NO_DO = 1,      /* a do-block here belongs to an outer no-parens call */
    PP_NO_ARGS = 2,    /* identifiers take no no-parens arguments (struct names) */
    PP_NO_POSTFIX = 4, /* the operand of @: dots and brackets apply to @x itself */
};

typedef struct parser {
    pl_engine *e;
    pl_lexer *lx;
    const pl_token *toks;
    size_t pos;
    // For each `(` of the current stream, the index of its `)`: stab heads like
    // `(a, b) ->` are recognised by looking past the parentheses, not by backtracking.
    uint32_t *match;
    int depth;
    bool failed;
    pl_parse_error *err;
} parser;

/* A growable vector of owned terms. */
typedef struct pp_vec {
    pl_term *v;
    size_t n, cap;
} pp_vec;

/* ---- parser_build.c ---- */
pl_term pp_atom(parser *p, const char *name);
pl_term pp_oom(parser *p);
void pp_error_at(parser *p, int line, int column, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void pp_syntax_error(parser *p, const pl_token *t);
pl_term pp_meta(parser *p, int line, int column);
pl_term pp_meta_tok(parser *p, const pl_token *t);
pl_term pp_cons(parser *p, pl_term head, pl_term tail);
pl_term pp_t2(parser *p, pl_term a, pl_term b);
pl_term pp_t3(parser *p, pl_term a, pl_term b, pl_term c);
pl_term pp_list2(parser *p, pl_term a, pl_term b);
pl_term pp_list1(parser *p, pl_term a);
bool pp_push(parser *p, pp_vec *v, pl_term t);
pl_term pp_vec_list(parser *p, pp_vec *v);
pl_term pp_vec_list_tail(parser *p, pp_vec *v, pl_term tail);
void pp_vec_free(parser *p, pp_vec *v);
pl_term pp_block(parser *p, pp_vec *items);
pl_term pp_stab(parser *p, pp_vec *items);
pl_term pp_binop(parser *p, pl_term lhs, const pl_token *op, pl_term rhs);
pl_term pp_string(parser *p, const pl_token *t);
pl_term pp_meta_line(const parser *p, pl_term node, int *line, int *column);
bool pp_is_call(parser *p, pl_term node, const char *name, int arity);

/* ---- Token cursor ---- */

static inline const pl_token *cur(const parser *p) { return &p->toks[p->pos]; }
static inline int kind(const parser *p) { return p->toks[p->pos].kind; }
static inline int kind_at(const parser *p, size_t off)
{
    size_t i = p->pos;
    while (off-- > 0 && p->toks[i].kind != PL_T_EOF) {
        i++;
    }
    return p->toks[i].kind;
}
static inline const pl_token *next(parser *p)
{
    const pl_token *t = cur(p);
    if (t->kind != PL_T_EOF) {
        p->pos++;
    }
    return t;
}
static inline void skip_eol(parser *p)
{
    while (kind(p) == PL_T_EOL) {
        p->pos++;
    }
}
static inline bool is_eoe(int k) { return k == PL_T_EOL || k == PL_T_SEMI; }
static inline void skip_eoe(parser *p)
{
    while (is_eoe(kind(p))) {
        p->pos++;
    }
}
static inline bool is_kw(int k) { return k == PL_T_KW_IDENT || k == PL_T_KW_IDENT_UNSAFE; }

/* ---- parser.c: expressions and calls ---- */
pl_term pp_parse_stream(parser *p, uint32_t stream);
pl_term pp_expr(parser *p, int min_prec, int flags, int *cls);
/* A map key, which may be followed by `=>`; [bare_ok]: no operator was taken. */
pl_term pp_map_key(parser *p, bool *bare_ok);
bool pp_no_parens_args(parser *p, pp_vec *args, int *ncls);
/* Can [k] begin an argument of a call without parentheses (`foo x`)? */
bool pp_starts_arg(int k);
/* A SyntaxError [msg] at [node]'s line and column. */
void pp_error_node(parser *p, pl_term node, const char *msg);
pl_term pp_fail_here(parser *p);
bool pp_expect(parser *p, int k);

/* ---- parser_container.c: keyword lists and containers ---- */
/* `a: 1, b: 2`; [no_parens]: values of a call without parentheses. */
pl_term pp_kw(parser *p, bool no_parens, bool data, int close, pp_vec *into);
/* Elements up to [close], after the opening token. */
pl_term pp_container(parser *p, int close, bool is_list, bool kw_ok);
pl_term pp_tuple(parser *p);
/* `[key]` after [node] (taken). */
pl_term pp_access(parser *p, pl_term node);
/* The `{...}` of a map or struct, from its `{`. */
pl_term pp_map_args(parser *p);
pl_term pp_struct(parser *p, int flags);

/* ---- parser_stab.c: do-blocks, -> clauses, fn, parentheses ---- */
pl_term pp_do_block(parser *p);
pl_term pp_fn(parser *p);
pl_term pp_parens(parser *p);

#endif
