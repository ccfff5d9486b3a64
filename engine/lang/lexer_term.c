/* Lexer: terminators. ( [ { << fn do are pushed as they open and must close in
 * order; the errors for a wrong or missing closer, with elixir_tokenizer.erl's
 * hints about mismatched indentation, are produced here. */
#include <stdio.h>
#include "lexer_int.h"
#include "../engine.h"

/* ---- The terminator stack and its hints ---- */

static const char *term_open_name(int kind)
{
    switch (kind) {
    case PL_T_LPAREN: return "(";
    case PL_T_LBRACK: return "[";
    case PL_T_LCURLY: return "{";
    case PL_T_LBIT: return "<<";
    case PL_T_FN: return "fn";
    default: return "do";
    }
}

static int term_close_of(int kind)
{
    switch (kind) {
    case PL_T_LPAREN: return PL_T_RPAREN;
    case PL_T_LBRACK: return PL_T_RBRACK;
    case PL_T_LCURLY: return PL_T_RCURLY;
    case PL_T_LBIT: return PL_T_RBIT;
    default: return PL_T_END;
    }
}

static const char *term_close_name(int kind)
{
    switch (kind) {
    case PL_T_RPAREN: return ")";
    case PL_T_RBRACK: return "]";
    case PL_T_RCURLY: return "}";
    case PL_T_RBIT: return ">>";
    default: return "end";
    }
}

static bool add_hint(pl_lexer *lx, int kind, int line, int indentation)
{
    pl_lex_term *h = pl_lex_grow(lx, lx->hints, &lx->cap_hints, lx->nhints, sizeof *h);
    if (!h) {
        return false;
    }
    lx->hints = h;
    lx->hints[lx->nhints++] = (pl_lex_term){ kind, line, indentation };
    return true;
}

/* The most recent hint of [kind], as lists:keyfind finds it on a prepended list. */
static const pl_lex_term *find_hint(const pl_lexer *lx, int kind)
{
    for (size_t i = lx->nhints; i-- > 0;) {
        if (lx->hints[i].kind == kind) {
            return &lx->hints[i];
        }
    }
    return NULL;
}

static void missing_hint(const pl_lexer *lx, int open, char *buf, size_t n)
{
    const pl_lex_term *h = find_hint(lx, open);
    buf[0] = 0;
    if (h) {
        snprintf(buf, n, "\n\n    HINT: it looks like the \"%s\" on line %d does not have a matching \"%s\"\n",
            term_open_name(open), h->line, term_close_name(term_close_of(open)));
    }
}

bool pl_lex_push_term(pl_lexer *lx, int kind, int line)
{
    if ((kind == PL_T_FN || kind == PL_T_DO) && lx->nterms > 0) {
        pl_lex_term *prev = &lx->terms[lx->nterms - 1];
        if (prev->kind == kind && lx->indentation <= prev->indentation
            && !add_hint(lx, prev->kind, prev->line, prev->indentation)) {
            return false;
        }
    }
    pl_lex_term *t = pl_lex_grow(lx, lx->terms, &lx->cap_terms, lx->nterms, sizeof *t);
    if (!t) {
        return false;
    }
    lx->terms = t;
    lx->terms[lx->nterms++] = (pl_lex_term){ kind, line, lx->indentation };
    return true;
}

/* Pops the terminator a closing token needs; [base] is where this (interpolation) level began. */
bool pl_lex_pop_term(pl_lexer *lx, int close, int line, int column, size_t base)
{
    char hint[200];
    if (lx->nterms == base) {
        if (close == PL_T_END) {
            const pl_lex_term *h = find_hint(lx, PL_T_END);
            hint[0] = 0;
            if (h) {
                snprintf(hint, sizeof hint, "\n\n    HINT: it looks like the \"end\" on line %d does not have a matching \"do\" defined before it\n", h->line);
            }
            pl_lex_fail(lx, line, column, "SyntaxError", "unexpected reserved word: end%s", hint);
        } else {
            pl_lex_fail(lx, line, column, "SyntaxError", "unexpected token: %s", term_close_name(close));
        }
        return false;
    }
    pl_lex_term *t = &lx->terms[lx->nterms - 1];
    if (close == PL_T_END && t->kind == PL_T_DO) {
        if (lx->indentation > t->indentation && !add_hint(lx, PL_T_END, line, lx->indentation)) {
            return false;
        }
        lx->nterms--;
        return true;
    }
    if (term_close_of(t->kind) == close) {
        lx->nterms--;
        return true;
    }
    missing_hint(lx, t->kind, hint, sizeof hint);
    pl_lex_fail(lx, line, column, "SyntaxError", "%s%s. The \"%s\" at line %d is missing terminator \"%s\"%s",
        close == PL_T_END ? "unexpected reserved word: " : "unexpected token: ", term_close_name(close),
        term_open_name(t->kind), t->line, term_close_name(term_close_of(t->kind)), hint);
    return false;
}

/* The innermost terminator still open when the input ran out. */
void pl_lex_missing_terminator(pl_lexer *lx)
{
    pl_lex_term *t = &lx->terms[lx->nterms - 1];
    char hint[200];
    missing_hint(lx, t->kind, hint, sizeof hint);
    pl_lex_fail(lx, lx->line, lx->column, "TokenMissingError", "missing terminator: %s (for \"%s\" starting at line %d)%s",
        term_close_name(term_close_of(t->kind)), term_open_name(t->kind), t->line, hint);
}

/* ---- Opening and closing tokens ---- */

bool pl_lex_open_term(pl_lexer *lx, uint32_t stream, int kind, size_t len)
{
    pl_token *prev = top(lx, stream);
    if (kind == PL_T_LPAREN && prev && prev->kind == PL_T_ALIAS) {
        const char *a = pl_atom_name(&lx->e->atoms, prev->value);
        pl_lex_fail(lx, lx->line, lx->column + 1, "SyntaxError",
            "unexpected ( after alias %s. Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\nUnexpected token: (", a);
        return false;
    }
    if (!pl_lex_push_term(lx, kind, lx->line)) {
        return false;
    }
    return pl_lex_push_simple(lx, stream, kind, len, NULL);
}

bool pl_lex_close_term(pl_lexer *lx, uint32_t stream, int kind, size_t len, size_t base)
{
    int count = previous_was_eol(lx, stream);
    if (!pl_lex_pop_term(lx, kind, lx->line, lx->column, base)) {
        return false;
    }
    pl_token *t = pl_lex_push(lx, stream, kind, lx->line, lx->column);
    if (t) {
        t->count = count;
        adv(lx, len);
    }
    return t != NULL;
}
