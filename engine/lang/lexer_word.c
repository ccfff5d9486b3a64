/* Lexer: identifiers, aliases (ASCII only, as Elixir requires), Unicode identifiers
 * by general category, and keywords, including the neighbour-dependent kinds:
 * do_identifier before `do`, `not in`, keywords used as capture names (`&and/2`). */
#include <stdio.h>
#include <utf8proc.h>
#include "lexer.h"
#include "../engine.h"

/* Unicode identifiers (UAX #31 as String.Tokenizer uses it, by general category). */
static bool uni_start(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT
        || c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_NL;
}

static bool uni_continue(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return uni_start(cp) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC
        || c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC;
}

/* Does an identifier or alias start at [off]? */
bool pl_lex_ident_start(const pl_lexer *lx, size_t off)
{
    int c = at(lx, off);
    if (c < 0) {
        return false;
    }
    if (c < 0x80) {
        return is_lower(c) || is_upper(c);
    }
    uint32_t cp;
    pl_lex_utf8(lx, lx->pos + off, &cp);
    return cp >= 0x80 && uni_start(cp);
}

/* Byte length of the identifier at [off]; [cols] gets its length in code points. */
size_t pl_lex_scan_ident(const pl_lexer *lx, size_t off, bool *has_at, bool *punct, int *cols)
{
    uint32_t cp;
    size_t n = (size_t)pl_lex_utf8(lx, lx->pos + off, &cp);
    *cols = 1;
    *has_at = *punct = false;
    for (;;) {
        int c = at(lx, off + n);
        if (c == '@') {
            *has_at = true;
        } else if (c == '!' || c == '?') {
            *punct = true;
            (*cols)++;
            return n + 1;
        } else if (c >= 0x80) {
            int k = pl_lex_utf8(lx, lx->pos + off + n, &cp);
            if (cp < 0x80 || !uni_continue(cp)) {
                return n;
            }
            n += (size_t)k - 1;
        } else if (c < 0 || !is_ident_char(c)) {
            return n;
        }
        n++;
        (*cols)++;
    }
}



pl_token *pl_lex_call_ident(pl_lexer *lx, uint32_t stream, pl_term atom, int line, int column, size_t after)
{
    int c = at(lx, after);
    int kind = c == '(' ? PL_T_PAREN_IDENT : c == '[' ? PL_T_BRACKET_IDENT : PL_T_IDENT;
    pl_token *t = pl_lex_push(lx, stream, kind, line, column);
    if (t) {
        t->value = atom;
    }
    return t;
}

typedef struct keyword {
    const char *name;
    int kind;
} keyword;

static const keyword keywords[] = {
    { "fn", PL_T_FN }, { "do", PL_T_DO }, { "end", PL_T_END }, { "true", PL_T_TRUE },
    { "false", PL_T_FALSE }, { "nil", PL_T_NIL }, { "not", PL_T_UNARY_OP }, { "and", PL_T_AND_OP },
    { "or", PL_T_OR_OP }, { "when", PL_T_WHEN_OP }, { "in", PL_T_IN_OP },
    { "after", PL_T_BLOCK_IDENT }, { "else", PL_T_BLOCK_IDENT }, { "catch", PL_T_BLOCK_IDENT },
    { "rescue", PL_T_BLOCK_IDENT },
};

static const char invalid_do[] = ". In case you wanted to write a \"do\" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n    if some_condition? do\n      :this\n    else\n      :that\n    end\n\nor the equivalent construct:\n\n    if(some_condition?, do: :this, else: :that)\n\nwhere \"some_condition?\" is the first argument and the second argument is a keyword list.\n\nYou may see this error if you forget a trailing comma before the \"do\" in a \"do\" block";

static bool keyword_do(pl_lexer *lx, uint32_t stream, int line, int column, size_t base)
{
    pl_token *t = top(lx, stream);
    if (t && t->kind == PL_T_IDENT) {
        t->kind = PL_T_DO_IDENT;
    } else if (t && t->kind == PL_T_FN) {
        pl_lex_fail(lx, line, column, "SyntaxError", "unexpected reserved word: do. Anonymous functions are written as:\n\n    fn pattern -> expression end");
        return false;
    } else if (t && (t->kind == PL_T_COMMA || t->kind == PL_T_SEMI)) {
        pl_lex_fail(lx, line, column, "SyntaxError", "unexpected reserved word: do%s", invalid_do);
        return false;
    }
    (void)base;
    if (!pl_lex_push_eol(lx, stream, PL_T_DO, line, column)) {
        return false;
    }
    return pl_lex_push_term(lx, PL_T_DO, line);
}

static bool tokenize_keyword(pl_lexer *lx, uint32_t stream, const keyword *kw, size_t len, size_t base)
{
    int line = lx->line, column = lx->column;
    adv(lx, len);
    switch (kw->kind) {
    case PL_T_DO:
        return keyword_do(lx, stream, line, column, base);
    case PL_T_FN:
        return pl_lex_push(lx, stream, PL_T_FN, line, column) && pl_lex_push_term(lx, PL_T_FN, line);
    case PL_T_END:
        return pl_lex_pop_term(lx, PL_T_END, line, column, base)
            && pl_lex_push(lx, stream, PL_T_END, line, column);
    case PL_T_TRUE:
    case PL_T_FALSE:
    case PL_T_NIL:
        return pl_lex_push(lx, stream, kw->kind, line, column) != NULL;
    default:
        break;
    }
    pl_term atom = pl_lex_atom(lx, kw->name, len);
    if (atom == PL_NONE) {
        return false;
    }
    pl_token *t;
    if (kw->kind == PL_T_BLOCK_IDENT) {
        t = pl_lex_push(lx, stream, PL_T_BLOCK_IDENT, line, column);
    } else if (at(lx, hspace(lx, 0)) == '/') {
        t = pl_lex_push(lx, stream, PL_T_IDENT, line, column);
    } else {
        pl_token *prev = top(lx, stream);
        if (kw->kind == PL_T_IN_OP && prev && prev->kind == PL_T_UNARY_OP
            && strcmp(pl_atom_name(&lx->e->atoms, prev->value), "not") == 0) {
            int pl = prev->line, pc = prev->column;
            lx->streams[stream].n--;
            t = pl_lex_push_eol(lx, stream, PL_T_IN_OP, pl, pc);
            if (t && (t->value = pl_lex_atom(lx, "not in", 6)) == PL_NONE) {
                return false;
            }
            return t != NULL;
        }
        int count = previous_was_eol(lx, stream);
        t = pl_lex_push_eol(lx, stream, kw->kind, line, column);
        if (t) {
            t->count = kw->kind == PL_T_UNARY_OP ? 0 : count;
        }
    }
    if (t) {
        t->value = atom;
    }
    return t != NULL;
}


bool pl_lex_word(pl_lexer *lx, uint32_t stream, size_t base)
{
    int c = at(lx, 0);
    int line = lx->line, column = lx->column;
    bool has_at, punct;
    int cols;
    size_t len = pl_lex_scan_ident(lx, 0, &has_at, &punct, &cols);
    const char *name = lx->src + lx->pos;
    pl_token *prev = top(lx, stream);
    bool after_dot = prev && prev->kind == PL_T_DOT;
    int next = at(lx, len);
    bool maybe_kw = !(next == ':' && at(lx, len + 1) != ':');
    if (!after_dot && maybe_kw && is_lower(c)) {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
            if (strlen(keywords[i].name) == len && memcmp(keywords[i].name, name, len) == 0) {
                return tokenize_keyword(lx, stream, &keywords[i], len, base);
            }
        }
    }
    if (len > 255) {
        pl_lex_fail(lx, line, column, "SyntaxError", "atom length must be less than system limit: %.*s", (int)len, name);
        return false;
    }
    pl_term atom = pl_lex_atom(lx, name, len);
    if (atom == PL_NONE) {
        return false;
    }
    if (next == ':' && is_space_or_nl(at(lx, len + 1))) {
        pl_token *t = pl_lex_push(lx, stream, PL_T_KW_IDENT, line, column);
        if (t) {
            t->value = atom;
        }
        lx->pos += len + 1;
        lx->column += cols + 1;
        return t != NULL;
    }
    if (next == ':' && at(lx, len + 1) >= 0 && at(lx, len + 1) != ':') {
        pl_lex_fail(lx, line, column, "SyntaxError", "keyword argument must be followed by space after: %.*s:", (int)len, name);
        return false;
    }
    if (has_at) {
        pl_lex_fail(lx, line, column, "SyntaxError", "invalid character \"@\" (code point U+0040) in %s: %.*s",
            is_upper(c) ? "alias" : "identifier", (int)len, name);
        return false;
    }
    if ((len == 11 && memcmp(name, "__aliases__", 11) == 0) || (len == 9 && memcmp(name, "__block__", 9) == 0)) {
        pl_lex_fail(lx, line, column, "SyntaxError", "reserved token: %.*s", (int)len, name);
        return false;
    }
    if (is_upper(c)) {
        if (punct || (size_t)cols != len) {
            pl_lex_fail(lx, line, column, "SyntaxError",
                "invalid character \"%c\" (code point U+%04X) in alias (only ASCII characters, without punctuation, are allowed): %.*s",
                name[len - 1], (unsigned)name[len - 1], (int)len, name);
            return false;
        }
        pl_token *t = pl_lex_push(lx, stream, PL_T_ALIAS, line, column);
        if (t) {
            t->value = atom;
        }
        adv(lx, len);
        return t != NULL;
    }
    pl_token *t = pl_lex_call_ident(lx, stream, atom, line, column, len);
    lx->pos += len;
    lx->column += cols;
    return t != NULL;
}

