/* Lexer: operators and the tokens spelled with them, in the clause order of Elixir
 * 1.14's elixir_tokenizer.erl: operator tokens (and `+:` keys, `+/` captures),
 * atoms after `:` (:+, :foo, :"quoted") and call names after `.` (a.+, a."b"). */
#include "lexer_int.h"

/* ---- Operators ---- */

typedef struct op_def {
    const char *text;
    uint8_t kind;
    uint8_t how; /* 0 handle_op, 1 handle_unary_op, 2 plain push, 3 terminator-like */
} op_def;

/* Longest first, in the tokenizer's clause order. */
static const op_def ops[] = {
    { "~~~", PL_T_UNARY_OP, 1 }, { "===", PL_T_COMP_OP, 0 }, { "!==", PL_T_COMP_OP, 0 },
    { "&&&", PL_T_AND_OP, 0 }, { "|||", PL_T_OR_OP, 0 }, { "^^^", PL_T_XOR_OP, 0 },
    { "+++", PL_T_CONCAT_OP, 0 }, { "---", PL_T_CONCAT_OP, 0 },
    { "<<<", PL_T_ARROW_OP, 0 }, { ">>>", PL_T_ARROW_OP, 0 }, { "~>>", PL_T_ARROW_OP, 0 },
    { "<<~", PL_T_ARROW_OP, 0 }, { "<~>", PL_T_ARROW_OP, 0 }, { "<|>", PL_T_ARROW_OP, 0 },
    { "//", PL_T_TERNARY_OP, 2 }, { "**", PL_T_POWER_OP, 0 }, { "..", PL_T_RANGE_OP, 0 },
    { "++", PL_T_CONCAT_OP, 0 }, { "--", PL_T_CONCAT_OP, 0 }, { "<>", PL_T_CONCAT_OP, 0 },
    { "|>", PL_T_ARROW_OP, 0 }, { "~>", PL_T_ARROW_OP, 0 }, { "<~", PL_T_ARROW_OP, 0 },
    { "==", PL_T_COMP_OP, 0 }, { "=~", PL_T_COMP_OP, 0 }, { "!=", PL_T_COMP_OP, 0 },
    { "<=", PL_T_REL_OP, 0 }, { ">=", PL_T_REL_OP, 0 }, { "&&", PL_T_AND_OP, 0 },
    { "||", PL_T_OR_OP, 0 }, { "<-", PL_T_IN_MATCH_OP, 0 }, { "\\\\", PL_T_IN_MATCH_OP, 0 },
    { "::", PL_T_TYPE_OP, 0 }, { "->", PL_T_STAB_OP, 0 },
};

/* Atoms that may follow `:` unquoted, and call names that may follow `.`. */
static const char *const op_atoms3[] = { "~~~", "===", "!==", "&&&", "|||", "<<<", ">>>", "~>>",
    "<<~", "<~>", "<|>", "^^^", "+++", "---" };
static const char *const op_atoms2[] = { "==", "=~", "!=", "<=", ">=", "&&", "||", "|>", "~>",
    "<~", "<-", "\\\\", "++", "--", "<>", "**", "->", "..", "::" };
static const char op_atoms1[] = "@!^&+-*/<>=|.";

static size_t match_op_atom(const pl_lexer *lx, size_t off, bool for_dot)
{
    for (size_t i = 0; i < sizeof op_atoms3 / sizeof op_atoms3[0]; i++) {
        if (lx->pos + off + 3 <= lx->len && memcmp(lx->src + lx->pos + off, op_atoms3[i], 3) == 0) {
            return 3;
        }
    }
    for (size_t i = 0; i < sizeof op_atoms2 / sizeof op_atoms2[0]; i++) {
        /* `.->` is not a call, and `:::` is not the atom :: here */
        bool skip = for_dot ? strcmp(op_atoms2[i], "->") == 0 : strcmp(op_atoms2[i], "::") == 0;
        if (!skip && lx->pos + off + 2 <= lx->len && memcmp(lx->src + lx->pos + off, op_atoms2[i], 2) == 0) {
            return 2;
        }
    }
    int c = at(lx, off);
    if (c > 0 && strchr(op_atoms1, c) && (c != '.' || !for_dot)) {
        return 1;
    }
    return 0;
}

/* `+:` followed by space is a keyword key; `+/` (after spaces) names the operator for a
 * capture; anything else is the operator itself. */
static bool handle_op(pl_lexer *lx, uint32_t stream, int kind, size_t len, bool unary)
{
    int line = lx->line, column = lx->column;
    pl_term atom = pl_lex_atom(lx, lx->src + lx->pos, len);
    if (atom == PL_NONE) {
        return false;
    }
    pl_token *t;
    if (at(lx, len) == ':' && is_space_or_nl(at(lx, len + 1))) {
        if (!(t = pl_lex_push(lx, stream, PL_T_KW_IDENT, line, column))) {
            return false;
        }
        t->value = atom;
        adv(lx, len + 1);
        return true;
    }
    size_t sp = hspace(lx, len);
    int count = previous_was_eol(lx, stream);
    if (at(lx, len + sp) == '/') {
        t = pl_lex_push(lx, stream, PL_T_IDENT, line, column);
    } else if (unary) {
        t = pl_lex_push(lx, stream, kind, line, column);
    } else {
        t = pl_lex_push_eol(lx, stream, kind, line, column);
    }
    if (!t) {
        return false;
    }
    t->value = atom;
    t->count = unary ? 0 : count;
    adv(lx, len + sp);
    return true;
}

/* ---- Atoms and dots ---- */

bool pl_lex_colon(pl_lexer *lx, uint32_t stream)
{
    int c = at(lx, 1);
    if (c == '"' || c == '\'') {
        return pl_lex_quoted_atom(lx, stream, (char)c, lx->line, lx->column);
    }
    static const char *const specials[] = { "...", "<<>>", "%{}", "%", "{}", "..//" };
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        size_t n = strlen(specials[i]);
        if (lx->pos + 1 + n <= lx->len && memcmp(lx->src + lx->pos + 1, specials[i], n) == 0) {
            pl_term a = pl_lex_atom(lx, specials[i], n);
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
            if (t) {
                t->value = a;
                adv(lx, n + 1);
            }
            return t != NULL;
        }
    }
    size_t n = match_op_atom(lx, 1, false);
    if (n == 0 && at(lx, 1) == ':' && at(lx, 2) == ':') {
        n = 2; /* ::: is :: with a warning */
    }
    if (n > 0) {
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos + 1, n);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
        if (t) {
            t->value = a;
            adv(lx, n + 1);
        }
        return t != NULL;
    }
    if (pl_lex_ident_start(lx, 1)) {
        bool has_at, punct;
        int cols;
        size_t len = pl_lex_scan_ident(lx, 1, &has_at, &punct, &cols);
        if (len > 255) {
            pl_lex_fail(lx, lx->line, lx->column, "SyntaxError", "atom length must be less than system limit: %.*s", (int)len, lx->src + lx->pos + 1);
            return false;
        }
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos + 1, len);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_ATOM, lx->line, lx->column);
        if (t) {
            t->value = a;
            lx->pos += len + 1;
            lx->column += cols + 1;
        }
        return t != NULL;
    }
    pl_lex_unexpected(lx);
    return false;
}

bool pl_lex_dot(pl_lexer *lx, uint32_t stream)
{
    int dline = lx->line, dcol = lx->column;
    adv(lx, 1);
    for (;;) {
        adv(lx, hspace(lx, 0));
        if (at(lx, 0) == '#') {
            if (!pl_lex_skip_comment(lx)) {
                return false;
            }
            lx->column = 1;
        } else if (at(lx, 0) == '\n' || starts(lx, "\r\n")) {
            lx->pos += at(lx, 0) == '\n' ? 1 : 2;
            lx->line++;
            lx->column = 1;
        } else {
            break;
        }
    }
    size_t n = match_op_atom(lx, 0, true);
    if (n > 0) {
        pl_term a = pl_lex_atom(lx, lx->src + lx->pos, n);
        if (a == PL_NONE || !pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol)) {
            return false;
        }
        pl_token *t = pl_lex_call_ident(lx, stream, a, lx->line, lx->column, n);
        adv(lx, n);
        return t != NULL;
    }
    if (at(lx, 0) == '(') {
        return pl_lex_push_eol(lx, stream, PL_T_DOT_CALL, dline, dcol) != NULL;
    }
    if (at(lx, 0) == '"' || at(lx, 0) == '\'') {
        if (!pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol)) {
            return false;
        }
        return pl_lex_dot_string(lx, stream, (char)at(lx, 0), lx->line, lx->column);
    }
    return pl_lex_push_eol(lx, stream, PL_T_DOT, dline, dcol) != NULL;
}

/* ---- Operator tokens ---- */

bool pl_lex_operator(pl_lexer *lx, uint32_t stream, bool *matched)
{
    *matched = true;
    if (starts(lx, "=>")) {
        int count = previous_was_eol(lx, stream);
        pl_term a = pl_lex_atom(lx, "=>", 2);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push_eol(lx, stream, PL_T_ASSOC_OP, lx->line, lx->column);
        if (t) {
            t->value = a;
            t->count = count;
            adv(lx, 2);
        }
        return t != NULL;
    }
    if (starts(lx, "..//")) {
        size_t sp = hspace(lx, 4);
        if (at(lx, 4 + sp) != '/') {
            adv(lx, 0);
            pl_lex_unexpected(lx);
            return false;
        }
        pl_term a = pl_lex_atom(lx, "..//", 4);
        pl_token *t = a == PL_NONE ? NULL : pl_lex_push(lx, stream, PL_T_IDENT, lx->line, lx->column);
        if (t) {
            t->value = a;
            adv(lx, 4 + sp);
        }
        return t != NULL;
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (i == 14 && (starts(lx, "<<") || starts(lx, ">>"))) {
            break; /* << and >> are terminators unless a 3-char operator matched */
        }
        if (!starts(lx, ops[i].text)) {
            continue;
        }
        size_t n = strlen(ops[i].text);
        if (ops[i].how == 2) { /* // is pushed as is */
            int count = previous_was_eol(lx, stream);
            pl_term a = pl_lex_atom(lx, "//", 2);
            pl_token *t = a == PL_NONE ? NULL : pl_lex_push_eol(lx, stream, ops[i].kind, lx->line, lx->column);
            if (t) {
                t->value = a;
                t->count = count;
                adv(lx, n);
            }
            return t != NULL;
        }
        return handle_op(lx, stream, ops[i].kind, n, ops[i].how == 1);
    }
    int c = at(lx, 0);
    if (starts(lx, "<<") || starts(lx, ">>")) {
        *matched = false;
        return true;
    }
    switch (c) {
    case '&': {
        size_t sp = hspace(lx, 1);
        int kind = PL_T_CAPTURE_OP;
        if (at(lx, 1 + sp) == '/') {
            size_t sp2 = hspace(lx, 2 + sp);
            kind = at(lx, 2 + sp + sp2) == '/' ? PL_T_CAPTURE_OP : PL_T_IDENT;
        }
        return pl_lex_push_simple(lx, stream, kind, 1, "&");
    }
    case '@': return handle_op(lx, stream, PL_T_AT_OP, 1, true);
    case '!': case '^': return handle_op(lx, stream, PL_T_UNARY_OP, 1, true);
    case '<': case '>': return handle_op(lx, stream, PL_T_REL_OP, 1, false);
    case '+': case '-': return handle_op(lx, stream, PL_T_DUAL_OP, 1, true);
    case '*': case '/': return handle_op(lx, stream, PL_T_MULT_OP, 1, false);
    case '=': return handle_op(lx, stream, PL_T_MATCH_OP, 1, false);
    case '|': return handle_op(lx, stream, PL_T_PIPE_OP, 1, false);
    default: break;
    }
    *matched = false;
    return true;
}
