/* Macro.inspect_atom/2 for inspect: classify_atom (alias, identifier, operator,
 * or needs quotes) and how each class prints as a literal, a keyword key and the
 * function name of a remote call. Unicode identifier rules come from utf8proc. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "inspect_int.h"

/* ---- classify_atom ---- */

enum { AC_ALIAS, AC_IDENTIFIER, AC_UNQUOTED_OP, AC_QUOTED_OP, AC_NOT_CALLABLE, AC_OTHER };

static bool name_in(const char *name, size_t len, const char *const *list)
{
    for (; *list; list++) {
        if (strlen(*list) == len && memcmp(*list, name, len) == 0) {
            return true;
        }
    }
    return false;
}

static const char *const not_callable[] = { "%", "%{}", "{}", "<<>>", "...", "..", ".",
                                            "..//", "->", NULL };
static const char *const quoted_ops[] = { "::", "^^^", "~~~", "<|>", NULL };
/* Code.Identifier.unary_op/1 and binary_op/1, minus "//" (operator?/2 excludes it). */
static const char *const operators[] = {
    "&", "!", "^", "not", "+", "-", "@", "<-", "\\\\", "when", "|", "=", "||", "|||", "or",
    "&&", "&&&", "and", "==", "!=", "=~", "===", "!==", "<", "<=", ">=", ">", "|>", "<<<",
    ">>>", "<~", "~>", "<<~", "~>>", "<~>", "in", "++", "--", "<>", "+++", "---", "*",
    "/", "**", NULL,
};

static bool ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* valid_alias?: "Elixir" followed by any number of ".Upper[alnum_]*" pieces. */
static bool valid_alias(const char *s, size_t n)
{
    if (n < 6 || memcmp(s, "Elixir", 6) != 0) {
        return false;
    }
    size_t i = 6;
    while (i < n) {
        if (s[i] != '.' || i + 1 >= n || s[i + 1] < 'A' || s[i + 1] > 'Z') {
            return false;
        }
        for (i += 2; i < n && ascii_alnum((unsigned char)s[i]); i++) {
        }
    }
    return true;
}

static bool uni_upper(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Approximates UAX #31 ID_Start / ID_Continue by general category. */
static bool uni_start(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_NL;
}

static bool uni_continue(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return uni_start(cp) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC
           || c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC;
}

static bool nfc_changes(const char *s, size_t n)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    bool changed = len < 0 || (size_t)len != n || memcmp(nfc, s, n) != 0;
    free(nfc);
    return changed;
}

/* String.Tokenizer.tokenize/1 as inner_classify uses it: the whole name must be
 * one identifier. Mixed-script rejection is not modelled. */
static int tokenize_class(const char *name, size_t n)
{
    const unsigned char *s = (const unsigned char *)name;
    uint32_t cp;
    int len = n ? pl_inspect_utf8_next(s, n, &cp) : 0;
    if (len == 0) {
        return AC_OTHER;
    }
    bool identifier = (cp >= 'a' && cp <= 'z') || cp == '_' || (cp > 127 && !uni_upper(cp));
    bool nfkc = cp == 181, at = false, ascii = cp < 128;
    if (cp < 128 ? !ascii_alnum(s[0]) || (cp >= '0' && cp <= '9')
                 : !(uni_upper(cp) || uni_start(cp) || nfkc)) {
        return AC_OTHER;
    }
    for (size_t i = (size_t)len; i < n; i += (size_t)len) {
        len = pl_inspect_utf8_next(s + i, n - i, &cp);
        if (len == 0) {
            return AC_OTHER;
        }
        if (cp == '!' || cp == '?') {
            if (i + 1 != n) {
                return AC_OTHER; /* the tokenizer stops at the punctuation */
            }
            break;
        }
        at = at || cp == '@';
        if (cp < 128 ? !(ascii_alnum((unsigned char)cp) || cp == '@')
                     : !(uni_start(cp) || uni_upper(cp) || uni_continue(cp) || cp == 181)) {
            return AC_OTHER;
        }
        nfkc = nfkc || cp == 181;
        ascii = ascii && cp < 128;
    }
    if (!identifier || at) {
        return AC_NOT_CALLABLE;
    }
    return nfkc || (!ascii && nfc_changes(name, n)) ? AC_OTHER : AC_IDENTIFIER;
}

static int inner_classify(const char *name, size_t n)
{
    if (name_in(name, n, not_callable)) {
        return AC_NOT_CALLABLE;
    }
    if (name_in(name, n, quoted_ops)) {
        return AC_QUOTED_OP;
    }
    if (name_in(name, n, operators)) {
        return AC_UNQUOTED_OP;
    }
    return valid_alias(name, n) ? AC_ALIAS : tokenize_class(name, n);
}

/* ---- Printing by class ---- */

/* classify_atom/1 folds the inner classes into alias / identifier / unquoted / quoted. */
static bool needs_quotes(int cls) { return cls == AC_QUOTED_OP || cls == AC_OTHER; }

static void append_quoted(pl_doc_builder *b, const char *name, size_t n, const char *after)
{
    pl_doc_append(b, "\"", 1);
    pl_inspect_escape(b, (const unsigned char *)name, n, '"', -1);
    pl_doc_append(b, after, strlen(after));
}

/* inspect_atom(:literal, a) appended to the builder. */
static void append_atom_literal(pl_doc_builder *b, const char *name, size_t n)
{
    int cls = inner_classify(name, n);
    if (cls == AC_ALIAS) {
        bool keep = (n == 6) || (n == 13 && memcmp(name, "Elixir.Elixir", 13) == 0)
                    || (n > 13 && memcmp(name, "Elixir.Elixir.", 14) == 0);
        pl_doc_append(b, keep ? name : name + 7, keep ? n : n - 7);
    } else if (needs_quotes(cls)) {
        pl_doc_append(b, ":", 1);
        append_quoted(b, name, n, "\"");
    } else {
        bool bare = (n == 3 && memcmp(name, "nil", 3) == 0) || (n == 4 && !memcmp(name, "true", 4))
                    || (n == 5 && !memcmp(name, "false", 5));
        pl_doc_append(b, ":", bare ? 0 : 1);
        pl_doc_append(b, name, n);
    }
}

/* inspect_atom(:key, a) followed by the space keyword/2 puts before the value. */
pl_doc pl_inspect_atom_key(pl_doc_builder *b, const pl_engine *e, pl_term a)
{
    const char *name = pl_atom_name(&e->atoms, a);
    size_t n = pl_atom_len(&e->atoms, a);
    size_t mark = pl_doc_mark(b);
    int cls = inner_classify(name, n);
    if (cls == AC_ALIAS) {
        pl_doc_append(b, "\"", 1);
        pl_doc_append(b, name, n);
        pl_doc_append(b, "\": ", 3);
    } else if (needs_quotes(cls)) {
        append_quoted(b, name, n, "\": ");
    } else {
        pl_doc_append(b, name, n);
        pl_doc_append(b, ": ", 2);
    }
    return pl_doc_text_since(b, mark);
}

/* inspect_atom(:remote_call, a): the function name in &Mod.fun/arity. */
void pl_inspect_append_remote(pl_doc_builder *b, const char *name, size_t n)
{
    int cls = inner_classify(name, n);
    if (cls == AC_IDENTIFIER || cls == AC_UNQUOTED_OP || cls == AC_QUOTED_OP) {
        pl_doc_append(b, name, n);
    } else if (cls == AC_NOT_CALLABLE || cls == AC_ALIAS) {
        pl_doc_append(b, "\"", 1);
        pl_doc_append(b, name, n);
        pl_doc_append(b, "\"", 1);
    } else {
        append_quoted(b, name, n, "\"");
    }
}

void pl_inspect_append_atom(pl_doc_builder *b, const pl_engine *e, pl_term a)
{
    append_atom_literal(b, pl_atom_name(&e->atoms, a), pl_atom_len(&e->atoms, a));
}

bool pl_inspect_elixir_prefix(const pl_engine *e, pl_term a)
{
    return pl_atom_len(&e->atoms, a) >= 7 && memcmp(pl_atom_name(&e->atoms, a), "Elixir.", 7) == 0;
}

/* ---- Entry point ---- */

pl_term pl_inspect_atom(pl_engine *e, pl_term a)
{
    pl_doc_builder b;
    pl_doc_init(&b, e);
    size_t mark = pl_doc_mark(&b);
    pl_inspect_append_atom(&b, e, a);
    pl_term out = b.oom ? PL_NONE : pl_bin_new(e, b.text + mark, b.text_len - mark);
    pl_doc_destroy(&b);
    return out;
}
