/* inspect as Elixir 1.14: a port of Inspect.List / .Tuple / .Map / .Any (structs)
 * / .Range / .BitString / .Atom (Macro.inspect_atom) / .Float / .Function / .PID /
 * .Reference onto doc.h. Containers are frames on an explicit stack, finished
 * when their last child's document is done, so no term depth recurses in C. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "inspect.h"
#include "doc.h"
#include "engine.h"
#include "float_fmt.h"
#include "map.h"
#include "term_order.h"
#include "lang/code.h"

void pl_inspect_opts_default(pl_inspect_opts *o)
{
    *o = (pl_inspect_opts){ .limit = 50, .printable_limit = 4096, .width = 80, .base = 10 };
}

/* ---- UTF-8, String.printable?/2 and Code.Identifier.escape/4 ---- */

/* Length of the code point at [s] as <<c::utf8>> matches it (no overlongs, no
 * surrogates, at most U+10FFFF), or 0 when the bytes are not valid UTF-8. */
static int utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || (size_t)len > n) {
        return 0;
    }
    static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
    uint32_t v = c & (0x7Fu >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    *cp = v;
    return len;
}

static int utf8_put(uint32_t cp, char *out)
{
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

static bool printable_cp(uint32_t cp)
{
    return (cp >= 32 && cp <= 126) || (cp >= 160 && cp <= 0xD7FF)
           || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* String.printable?(s, limit): true as soon as [limit] characters passed. */
static bool printable_binary(const unsigned char *s, size_t n, int64_t limit)
{
    static const char controls[] = "\n\r\t\v\b\f\033\177\a";
    size_t i = 0;
    for (int64_t count = limit; count != 0 && i < n; count -= count > 0) {
        uint32_t cp;
        if (s[i] != 0 && memchr(controls, s[i], sizeof controls - 1)) {
            i++;
        } else {
            int len = utf8_next(s + i, n - i, &cp);
            if (len == 0 || !printable_cp(cp)) {
                return false;
            }
            i += (size_t)len;
        }
    }
    return true;
}

static const char *escape_map(uint32_t cp)
{
    switch (cp) {
    case 7: return "\\a";
    case 8: return "\\b";
    case 127: return "\\d";
    case 27: return "\\e";
    case 12: return "\\f";
    case 10: return "\\n";
    case 13: return "\\r";
    case 9: return "\\t";
    case 11: return "\\v";
    case 92: return "\\\\";
    default: return NULL;
    }
}

/* escape_char/1 for a valid code point that escape_map/1 left alone. */
static int escape_char(uint32_t cp, char *out)
{
    if (cp == 0) {
        return snprintf(out, 16, "\\0");
    }
    if (cp == 0xFEFF) {
        return snprintf(out, 16, "\\uFEFF");
    }
    if (printable_cp(cp)) {
        return utf8_put(cp, out);
    }
    if (cp < 256) {
        return snprintf(out, 16, "\\x%02X", (unsigned)cp);
    }
    return snprintf(out, 16, cp < 65536 ? "\\x{%04X}" : "\\x{%06X}", (unsigned)cp);
}

/* Code.Identifier.escape(s, quote, limit) appended to the builder; returns how
 * many bytes of [s] were consumed (fewer than [n] when [limit] cut it short). */
static size_t escape(pl_doc_builder *b, const unsigned char *s, size_t n, unsigned char quote,
                     int64_t limit)
{
    size_t i = 0;
    for (int64_t count = limit; i < n; count -= count > 0) {
        if (count == 0) {
            return i;
        }
        char tmp[16];
        const char *out = tmp;
        int len;
        uint32_t cp;
        if (s[i] == quote) {
            tmp[0] = '\\';
            tmp[1] = (char)quote;
            len = 2;
            i++;
        } else if (s[i] == '#' && i + 1 < n && s[i + 1] == '{') {
            out = "\\#{";
            len = 3;
            i += 2;
        } else if ((len = utf8_next(s + i, n - i, &cp)) > 0) {
            i += (size_t)len;
            out = escape_map(cp);
            len = out ? (int)strlen(out) : escape_char(cp, tmp);
            out = out ? out : tmp;
        } else {
            len = snprintf(tmp, sizeof tmp, "\\x%02X", s[i]);
            i++;
        }
        pl_doc_append(b, out, (size_t)len);
    }
    return i;
}

/* A quoted, escaped text: "..." or '...', with [more] after it when
 * printable_limit cut it short (" <> ..." / " ++ ..."). */
static pl_doc quoted_text(pl_doc_builder *b, const unsigned char *s, size_t n, char quote,
                          int64_t limit, const char *more)
{
    size_t mark = pl_doc_mark(b);
    pl_doc_append(b, &quote, 1);
    size_t used = escape(b, s, n, (unsigned char)quote, limit);
    pl_doc_append(b, &quote, 1);
    if (used < n) {
        pl_doc_append(b, more, strlen(more));
    }
    return pl_doc_text_since(b, mark);
}

/* ---- Atoms: Macro.inspect_atom/2 and its classify_atom ---- */

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
    int len = n ? utf8_next(s, n, &cp) : 0;
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
        len = utf8_next(s + i, n - i, &cp);
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

/* classify_atom/1 folds the inner classes into alias / identifier / unquoted / quoted. */
static bool needs_quotes(int cls) { return cls == AC_QUOTED_OP || cls == AC_OTHER; }

static void append_quoted(pl_doc_builder *b, const char *name, size_t n, const char *after)
{
    pl_doc_append(b, "\"", 1);
    escape(b, (const unsigned char *)name, n, '"', -1);
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
static pl_doc atom_key_doc(pl_doc_builder *b, const pl_engine *e, pl_term a)
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
static void append_remote_call(pl_doc_builder *b, const char *name, size_t n)
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

static void append_atom(pl_doc_builder *b, const pl_engine *e, pl_term a)
{
    append_atom_literal(b, pl_atom_name(&e->atoms, a), pl_atom_len(&e->atoms, a));
}

static bool atom_has_elixir_prefix(const pl_engine *e, pl_term a)
{
    return pl_atom_len(&e->atoms, a) >= 7 && memcmp(pl_atom_name(&e->atoms, a), "Elixir.", 7) == 0;
}

/* ---- The conversion context ---- */

typedef enum frame_kind {
    FR_LIST,     // Inspect.List, break: :maybe
    FR_KEYWORD,  // Inspect.List on a keyword list, break: :strict
    FR_TUPLE,    // Inspect.Tuple, break: :flex
    FR_MAP,      // Inspect.Map with "key => value" pairs, break: :strict
    FR_MAP_KW,   // Inspect.Map when every key is a plain atom
    FR_STRUCT,   // Inspect.Any: %Name{field: value}, fields in definition order
    FR_RANGE,    // Inspect.Range: first..last//step
} frame_kind;

/* A container whose children are being inspected; its docs sit on the value
 * stack from [base] up. A pair's second half (a map value, an improper tail) is
 * visited on the step after the first half's document is done. */
typedef struct frame {
    uint8_t kind;
    bool pending;         // [second] is due next, with [second_limit]
    bool improper;        // the last two docs are [left | right]
    bool dots;            // the last doc is "..."
    bool done;
    int64_t limit;        // container_each's counter; -1 = :infinity
    int64_t second_limit;
    pl_term term;         // the container, borrowed
    pl_term cursor;       // list / struct field list: the next cons
    pl_term second;
    uint64_t index;       // tuple / map: the next position; range: the next part
    uint32_t base;
    pl_doc open;          // a struct's "%Name{"
    pl_term owned;        // a field list built here, released with the frame
} frame;

typedef struct ctx {
    pl_engine *e;
    const pl_inspect_opts *o;
    pl_doc_builder b;
    pl_doc *vals;
    uint32_t nvals, vcap;
    frame *frames;
    uint32_t nframes, fcap;
    bool oom;
} ctx;

static bool grow_array(ctx *c, void **items, uint32_t *cap, size_t elem)
{
    size_t ncap = *cap ? (size_t)*cap * 2 : 32;
    void *fresh = ncap <= UINT32_MAX ? pl_alloc_get(&c->e->alloc, ncap * elem) : NULL;
    if (!fresh) {
        c->oom = true;
        return false;
    }
    if (*items) {
        memcpy(fresh, *items, (size_t)*cap * elem);
        pl_alloc_put(&c->e->alloc, *items, (size_t)*cap * elem);
    }
    *items = fresh;
    *cap = (uint32_t)ncap;
    return true;
}

static bool push_doc(ctx *c, pl_doc d)
{
    if (c->nvals == c->vcap && !grow_array(c, (void **)&c->vals, &c->vcap, sizeof(pl_doc))) {
        return false;
    }
    c->vals[c->nvals++] = d;
    return true;
}

static bool push_frame(ctx *c, frame_kind kind, pl_term t, int64_t limit)
{
    if (c->nframes == c->fcap && !grow_array(c, (void **)&c->frames, &c->fcap, sizeof(frame))) {
        return false;
    }
    c->frames[c->nframes++] = (frame){
        .kind = (uint8_t)kind, .limit = limit, .term = t, .cursor = t, .base = c->nvals,
    };
    return true;
}

static pl_doc text(ctx *c, const char *s) { return pl_doc_cstr(&c->b, s); }

/* ---- Scalars ---- */

static bool decimal(const pl_inspect_opts *o) { return o == NULL || o->base == 0 || o->base == 10; }

/* Inspect.Integer: integer_to_binary(i, base) (upper-case digits) with the
 * 0b / 0o / 0x prefix after any minus sign. */
static pl_doc integer_doc(ctx *c, pl_term t)
{
    int base = decimal(c->o) ? 10 : c->o->base;
    if (base == 10 && pl_is_small(t)) {
        char buf[32];
        return pl_doc_text(&c->b, buf, (size_t)snprintf(buf, sizeof buf, "%lld",
                                                       (long long)pl_small_value(t)));
    }
    mpz_t tmp;
    mpz_srcptr z = pl_is_big(t) ? pl_big_value(t) : NULL;
    if (!z) {
        mpz_init_set_si(tmp, (long)pl_small_value(t));
        z = tmp;
    }
    size_t size = mpz_sizeinbase(z, base) + 2;
    char *digits = pl_alloc_get(&c->e->alloc, size);
    pl_doc d = PL_DOC_NIL;
    if (digits) {
        mpz_get_str(digits, base == 16 ? -16 : base, z);
        size_t mark = pl_doc_mark(&c->b);
        bool negative = digits[0] == '-';
        pl_doc_append(&c->b, "-", negative);
        pl_doc_append(&c->b, base == 2 ? "0b" : base == 8 ? "0o" : "0x", base == 10 ? 0 : 2);
        pl_doc_append(&c->b, digits + negative, strlen(digits + negative));
        d = pl_doc_text_since(&c->b, mark);
        pl_alloc_put(&c->e->alloc, digits, size);
    } else {
        c->oom = true;
    }
    if (z == tmp) {
        mpz_clear(tmp);
    }
    return d;
}

static pl_doc float_doc(ctx *c, pl_term t)
{
    char buf[PL_FLOAT_BUF];
    return pl_doc_text(&c->b, buf, pl_float_format_inspect(pl_float_value(t), buf));
}

static pl_doc atom_doc(ctx *c, pl_term t)
{
    size_t mark = pl_doc_mark(&c->b);
    append_atom(&c->b, c->e, t);
    return pl_doc_text_since(&c->b, mark);
}

/* Code.Identifier.extract_anonymous_fun_parent/1 on "-outer/arity-fun-N-":
 * finds [outer_len] and the arity and index texts. */
static bool anonymous_parent(const char *s, size_t n, size_t *outer_len, const char **arity,
                             size_t *arity_len, const char **index, size_t *index_len)
{
    const char *slash = NULL;
    for (size_t i = n; i-- > 1 && s[0] == '-';) {
        if (s[i] == '/') {
            slash = s + i;
            break;
        }
    }
    if (!slash || s[n - 1] != '-') {
        return false;
    }
    const char *tail = slash + 1, *end = s + n - 1;
    const char *d1 = memchr(tail, '-', (size_t)(end - tail));
    const char *d2 = d1 ? memchr(d1 + 1, '-', (size_t)(end - d1 - 1)) : NULL;
    if (!d2 || memchr(d2 + 1, '-', (size_t)(end - d2 - 1))) {
        return false;
    }
    *outer_len = (size_t)(slash - s - 1);
    *arity = tail;
    *arity_len = (size_t)(d1 - tail);
    *index = d2 + 1;
    *index_len = (size_t)(end - d2 - 1);
    return true;
}

/* External funs print as &Mod.fun/arity. Closures cannot show the BEAM's
 * new_index.uniq, so they show the fun's index in its parent and a hash of
 * the module: #Function<0.12345/1 in Mod.parent/0>. */
static pl_doc fun_doc(ctx *c, pl_term t)
{
    const pl_fun *f = pl_fun_of(t);
    pl_doc_builder *b = &c->b;
    size_t mark = pl_doc_mark(b);
    char buf[64];
    if (f->fn == NULL) {
        pl_doc_append(b, "&", 1);
        append_atom(b, c->e, f->mod);
        pl_doc_append(b, ".", 1);
        append_remote_call(b, pl_atom_name(&c->e->atoms, f->name), pl_atom_len(&c->e->atoms, f->name));
        pl_doc_append(b, buf, (size_t)snprintf(buf, sizeof buf, "/%u", f->arity));
        return pl_doc_text_since(b, mark);
    }
    const char *name = pl_atom_name(&c->e->atoms, f->fn->name);
    size_t n = pl_atom_len(&c->e->atoms, f->fn->name), outer = 0, alen = 0, ilen = 1;
    const char *arity = "", *index = "0";
    bool nested = anonymous_parent(name, n, &outer, &arity, &alen, &index, &ilen);
    pl_term mod = f->fn->mod ? f->fn->mod->name : PL_NONE;
    uint32_t uniq = mod != PL_NONE ? pl_phash2(c->e, mod, 0) : 0;
    pl_doc_append(b, "#Function<", 10);
    pl_doc_append(b, index, ilen);
    pl_doc_append(b, buf, (size_t)snprintf(buf, sizeof buf, ".%u/%u", uniq, f->arity));
    if (mod != PL_NONE) {
        pl_doc_append(b, " in ", 4);
        append_atom(b, c->e, mod);
        pl_doc_append(b, ".", 1);
        append_remote_call(b, nested ? name + 1 : name, nested ? outer : n);
        if (nested) {
            pl_doc_append(b, "/", 1);
            pl_doc_append(b, arity, alen);
        }
    }
    pl_doc_append(b, ">", 1);
    return pl_doc_text_since(b, mark);
}

/* One byte of <<...>>, with its comma when [comma]; in the option's base. */
static pl_doc byte_doc(ctx *c, unsigned char byte, bool comma)
{
    pl_doc d = integer_doc(c, pl_small(byte));
    return comma ? pl_doc_concat(&c->b, d, text(c, ",")) : d;
}

/* inspect_bitstring/2: <<1, 2, ...>> with flex breaks, [limit] bytes at most. */
static pl_doc bytes_doc(ctx *c, const unsigned char *s, size_t n, int64_t limit)
{
    pl_doc_builder *b = &c->b;
    bool cut = limit >= 0 && n > (uint64_t)limit;
    size_t shown = cut ? (size_t)limit : n - 1;
    pl_doc acc = cut ? text(c, "...") : byte_doc(c, s[n - 1], false);
    for (size_t i = shown; i-- > 0;) {
        acc = pl_doc_flex_glue(b, byte_doc(c, s[i], true), " ", acc);
    }
    pl_doc inner = pl_doc_concat(b, text(c, "<<"), pl_doc_nest(b, acc, 2, PL_DOC_NEST_ALWAYS));
    return pl_doc_group(b, pl_doc_concat(b, inner, text(c, ">>")), PL_DOC_GROUP_SELF);
}

static pl_doc binary_doc(ctx *c, pl_term t, int64_t limit)
{
    const pl_bin *bin = pl_bin_of(t);
    if (bin->len == 0) {
        bool bits = c->o->binaries == PL_INSPECT_AS_BINARIES || !decimal(c->o);
        return text(c, bits ? "<<>>" : "\"\"");
    }
    /* any base but :decimal implies binaries: :as_binaries */
    bool as_string = decimal(c->o)
                     && (c->o->binaries == PL_INSPECT_AS_STRINGS
                         || (c->o->binaries == PL_INSPECT_INFER
                             && printable_binary(bin->data, bin->len, c->o->printable_limit)));
    if (as_string) {
        return quoted_text(&c->b, bin->data, bin->len, '"', c->o->printable_limit, " <> ...");
    }
    return bytes_doc(c, bin->data, bin->len, limit);
}

static pl_doc scalar_doc(ctx *c, pl_term t, int64_t limit)
{
    char buf[64];
    if (pl_is_integer(t)) {
        return integer_doc(c, t);
    }
    if (pl_is_float(t)) {
        return float_doc(c, t);
    }
    if (pl_is_atom(t)) {
        return atom_doc(c, t);
    }
    if (pl_is_bin(t)) {
        return binary_doc(c, t, limit);
    }
    if (pl_is_fun(t)) {
        return fun_doc(c, t);
    }
    if (pl_is_pid(t)) {
        return pl_doc_text(&c->b, buf, (size_t)snprintf(buf, sizeof buf, "#PID<0.%llu.0>",
                                                       (unsigned long long)pl_pid_serial(t)));
    }
    if (pl_is_ref(t)) {
        return pl_doc_text(&c->b, buf, (size_t)snprintf(buf, sizeof buf, "#Reference<0.0.0.%llu>",
                                                       (unsigned long long)pl_ref_serial(t)));
    }
    return text(c, "[]");
}

/* ---- Lists: charlists, keyword lists, plain and improper lists ---- */

/* List.ascii_printable?(l, limit): true as soon as [limit] characters passed. */
static bool ascii_printable_list(pl_term l, int64_t limit)
{
    for (int64_t count = limit; count != 0 && l != PL_NIL; count -= count > 0) {
        if (!pl_is_cons(l) || !pl_is_small(pl_head(l))) {
            return false;
        }
        int64_t v = pl_small_value(pl_head(l));
        if (!((v >= 7 && v <= 13) || v == 27 || (v >= 32 && v <= 126))) {
            return false;
        }
        l = pl_tail(l);
    }
    return true;
}

static bool append_chardata(pl_doc_builder *b, pl_term t);

/* 'abc' as IO.chardata_to_string + escape. PL_DOC_NIL (and no OOM) when [l]
 * is not chardata (Elixir would raise; the caller prints a list instead). */
static pl_doc charlist_doc(ctx *c, pl_term l)
{
    pl_doc_builder *b = &c->b;
    size_t start = pl_doc_mark(b);
    if (!append_chardata(b, l) || b->oom) {
        b->text_len = start;
        return PL_DOC_NIL;
    }
    /* The raw bytes stay behind in the text buffer; the escaped copy follows. */
    size_t len = pl_doc_mark(b) - start;
    unsigned char *raw = pl_alloc_get(&c->e->alloc, len ? len : 1);
    if (!raw) {
        c->oom = true;
        return PL_DOC_NIL;
    }
    memcpy(raw, b->text + start, len);
    pl_doc d = quoted_text(b, raw, len, '\'', c->o->printable_limit, " ++ ...");
    pl_alloc_put(&c->e->alloc, raw, len ? len : 1);
    return d;
}

/* Inspect.List.keyword?/1: every element {atom, _}, no key an alias. */
static bool is_keyword(const pl_engine *e, pl_term l)
{
    for (; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l);
        if (!pl_is_tuple(h) || pl_tuple_arity(h) != 2 || !pl_is_atom(pl_tuple_get(h, 0))
            || atom_has_elixir_prefix(e, pl_tuple_get(h, 0))) {
            return false;
        }
    }
    return l == PL_NIL;
}

static bool visit_list(ctx *c, pl_term t, int64_t limit)
{
    if (t == PL_NIL) {
        return push_doc(c, text(c, "[]"));
    }
    int mode = c->o->charlists;
    if (mode == PL_INSPECT_AS_CHARLISTS
        || (mode == PL_INSPECT_INFER && ascii_printable_list(t, c->o->printable_limit))) {
        pl_doc d = charlist_doc(c, t);
        if (d != PL_DOC_NIL || c->oom || c->b.oom) {
            return push_doc(c, d);
        }
    }
    return push_frame(c, is_keyword(c->e, t) ? FR_KEYWORD : FR_LIST, t, limit);
}

/* ---- Maps, structs and ranges ---- */

/* Field order of the exceptions every Elixir program has, for engines whose
 * code table does not define them (Exception.__info__(:struct) on 1.14). */
static const struct {
    uint32_t module;
    const char *fields;
} builtin_exceptions[] = {
    { PL_AI_E_RuntimeError, "message" },
    { PL_AI_E_ArgumentError, "message" },
    { PL_AI_E_ArithmeticError, "message" },
    { PL_AI_E_MatchError, "term" },
    { PL_AI_E_CaseClauseError, "term" },
    { PL_AI_E_CondClauseError, "" },
    { PL_AI_E_FunctionClauseError, "module function arity kind args clauses" },
    { PL_AI_E_KeyError, "key term message" },
    { PL_AI_E_UndefinedFunctionError, "module function arity reason message" },
    { PL_AI_E_BadMapError, "term" },
    { PL_AI_E_BadFunctionError, "term" },
    { PL_AI_E_BadArityError, "function args" },
    { PL_AI_E_BadStructError, "struct term" },
    { PL_AI_E_ErlangError, "original reason" },
    { PL_AI_E_SystemLimitError, "message" },
    { PL_AI_E_WithClauseError, "term" },
    { PL_AI_E_TryClauseError, "term" },
    { PL_AI_E_Protocol_UndefinedError, "protocol value description" },
};

/* Does [map] have exactly the keys of a builtin exception? Fills [fields] with
 * the field atoms in order; returns their count, or -1 for no. */
static int builtin_struct(const pl_engine *e, pl_term map, pl_term mod, pl_term fields[8])
{
    for (size_t i = 0; i < sizeof builtin_exceptions / sizeof builtin_exceptions[0]; i++) {
        if (pl_atom(builtin_exceptions[i].module) != mod) {
            continue;
        }
        int n = 0;
        for (const char *s = builtin_exceptions[i].fields; *s;) {
            size_t len = strcspn(s, " ");
            fields[n] = pl_atom_lookup(&e->atoms, s, len);
            if (fields[n] == PL_NONE || pl_map_find(e, map, fields[n]) < 0) {
                return -1;
            }
            n++;
            s += len + (s[len] == ' ');
        }
        bool exact = pl_map_find(e, map, PL_A(__exception__)) >= 0;
        return exact && pl_map_size(map) == (uint64_t)n + 2 ? n : -1;
    }
    return -1;
}

static pl_term field_name(pl_term entry)
{
    return pl_is_tuple(entry) && pl_tuple_arity(entry) > 0 ? pl_tuple_get(entry, 0) : entry;
}

/* Inspect.Any compares the struct's keys with Mod.__struct__()'s; when they
 * differ the struct prints as a plain map (with its __struct__ key). */
static bool struct_keys_match(const pl_engine *e, pl_term map, pl_term fields, bool exception)
{
    uint64_t expected = 1;
    bool has_exception = false;
    for (pl_term l = fields; pl_is_cons(l); l = pl_tail(l)) {
        pl_term f = field_name(pl_head(l));
        if (f == PL_A(__struct__)) {
            continue;
        }
        has_exception = has_exception || f == PL_A(__exception__);
        if (pl_map_find(e, map, f) < 0) {
            return false;
        }
        expected++;
    }
    if (exception && !has_exception) {
        if (pl_map_find(e, map, PL_A(__exception__)) < 0) {
            return false;
        }
        expected++;
    }
    return expected == pl_map_size(map);
}

static pl_doc struct_open(ctx *c, pl_term mod)
{
    size_t mark = pl_doc_mark(&c->b);
    pl_doc_append(&c->b, "%", 1);
    append_atom(&c->b, c->e, mod);
    pl_doc_append(&c->b, "{", 1);
    return pl_doc_text_since(&c->b, mark);
}

/* Inspect.Range: first..last, with //step unless it is 1 counting up. A range
 * without a :step key (built by hand) gets 1 or -1, as Inspect.Range does. */
static bool visit_range(ctx *c, pl_term t, int64_t limit)
{
    pl_term first = pl_map_get(c->e, t, PL_A(first));
    pl_term last = pl_map_get(c->e, t, PL_A(last));
    pl_term step_key = pl_atom_lookup(&c->e->atoms, "step", 4);
    pl_term step = step_key == PL_NONE ? PL_NONE : pl_map_get(c->e, t, step_key);
    if (step == PL_NONE) {
        step = pl_compare(c->e, first, last) <= 0 ? PL_NONE : pl_small(-1);
    } else if (step == pl_small(1) && pl_compare(c->e, last, first) >= 0) {
        step = PL_NONE;
    }
    if (!push_frame(c, FR_RANGE, first, limit)) {
        return false;
    }
    c->frames[c->nframes - 1].second = last;
    c->frames[c->nframes - 1].cursor = step;
    return true;
}

static bool visit_struct(ctx *c, pl_term t, pl_term mod, int64_t limit, bool *handled)
{
    *handled = true;
    if (mod == PL_A(E_Range) && pl_map_find(c->e, t, PL_A(first)) >= 0
        && pl_map_find(c->e, t, PL_A(last)) >= 0) {
        return visit_range(c, t, limit);
    }
    pl_term fields = pl_code_struct_fields(c->e, mod);
    pl_term builtin[8];
    int nbuiltin = fields == PL_NONE ? builtin_struct(c->e, t, mod, builtin) : -1;
    if (fields != PL_NONE) {
        const pl_module *m = pl_code_module(c->e, mod);
        if (!struct_keys_match(c->e, t, fields, m && m->is_exception)) {
            fields = PL_NONE;
        }
    } else if (nbuiltin >= 0) {
        fields = pl_list_from_array(c->e, builtin, (size_t)nbuiltin);
        if (fields == PL_NONE) {
            c->oom = true;
            return false;
        }
    }
    if (fields == PL_NONE) {
        *handled = false;
        return true;
    }
    pl_doc open = struct_open(c, mod);
    bool ok = push_frame(c, FR_STRUCT, t, limit);
    if (ok) {
        c->frames[c->nframes - 1].cursor = fields;
        c->frames[c->nframes - 1].open = open;
        c->frames[c->nframes - 1].owned = nbuiltin >= 0 ? fields : PL_NONE;
    } else if (nbuiltin >= 0) {
        pl_release(c->e, fields);
    }
    return ok;
}

static bool visit_map(ctx *c, pl_term t, int64_t limit)
{
    if (pl_map_size(t) == 0) {
        return push_doc(c, text(c, "%{}"));
    }
    pl_term mod = pl_map_get(c->e, t, PL_A(__struct__));
    if (mod != PL_NONE && pl_is_atom(mod) && !c->o->no_structs) {
        bool handled;
        bool ok = visit_struct(c, t, mod, limit, &handled);
        if (!ok || handled) {
            return ok;
        }
    }
    bool keyword = true;
    for (uint64_t i = 0; i < pl_map_size(t) && keyword; i++) {
        pl_term k = pl_map_key(t, i);
        keyword = pl_is_atom(k) && !atom_has_elixir_prefix(c->e, k);
    }
    return push_frame(c, keyword ? FR_MAP_KW : FR_MAP, t, limit);
}

static bool visit(ctx *c, pl_term t, int64_t limit)
{
    if (pl_is_list(t)) {
        return visit_list(c, t, limit);
    }
    if (pl_is_tuple(t)) {
        return pl_tuple_arity(t) == 0 ? push_doc(c, text(c, "{}"))
                                      : push_frame(c, FR_TUPLE, t, limit);
    }
    if (pl_is_map(t)) {
        return visit_map(c, t, limit);
    }
    return push_doc(c, scalar_doc(c, t, limit));
}

/* ---- Walking the frames: container_each/6 one child at a time ---- */

/* A struct's next printable field (Inspect.Any drops __struct__/__exception__). */
static pl_term struct_next_field(frame *f)
{
    for (; pl_is_cons(f->cursor); f->cursor = pl_tail(f->cursor)) {
        pl_term name = field_name(pl_head(f->cursor));
        if (name != PL_A(__struct__) && name != PL_A(__exception__)) {
            return name;
        }
    }
    return PL_NONE;
}

static bool has_next(frame *f)
{
    switch (f->kind) {
    case FR_LIST:
    case FR_KEYWORD:
        return pl_is_cons(f->cursor);
    case FR_TUPLE:
        return f->index < pl_tuple_arity(f->term);
    case FR_MAP:
    case FR_MAP_KW:
        return f->index < pl_map_size(f->term);
    default:
        return struct_next_field(f) != PL_NONE;
    }
}

/* One element: its child gets the decremented limit, as container_each does. */
static bool step_element(ctx *c, frame *f)
{
    if (f->limit == 0) {
        f->done = f->dots = true;
        return push_doc(c, text(c, "..."));
    }
    int64_t lim = f->limit > 0 ? --f->limit : -1;
    pl_term child, key = PL_NONE;
    if (f->kind == FR_LIST) {
        child = pl_head(f->cursor);
        f->cursor = pl_tail(f->cursor);
        if (!pl_is_list(f->cursor)) { /* [left | right]: both get this limit */
            f->improper = f->done = f->pending = true;
            f->second = f->cursor;
            f->second_limit = lim;
        }
    } else if (f->kind == FR_KEYWORD) {
        key = pl_tuple_get(pl_head(f->cursor), 0);
        child = pl_tuple_get(pl_head(f->cursor), 1);
        f->cursor = pl_tail(f->cursor);
    } else if (f->kind == FR_TUPLE) {
        child = pl_tuple_get(f->term, f->index++);
    } else if (f->kind == FR_MAP) {
        f->pending = true;
        f->second = pl_map_val(f->term, f->index);
        f->second_limit = lim;
        child = pl_map_key(f->term, f->index++);
    } else if (f->kind == FR_MAP_KW) {
        key = pl_map_key(f->term, f->index);
        child = pl_map_val(f->term, f->index++);
    } else {
        key = struct_next_field(f);
        f->cursor = pl_tail(f->cursor);
        child = pl_map_get(c->e, f->term, key);
    }
    if (key != PL_NONE && !push_doc(c, atom_key_doc(&c->b, c->e, key))) {
        return false;
    }
    return visit(c, child, lim); /* may move c->frames: [f] is dead after this */
}

/* Pairs of docs (key, value) become one element doc each; "..." stays alone. */
static size_t combine_pairs(ctx *c, const frame *f, pl_doc *docs, size_t n)
{
    if (f->kind == FR_LIST || f->kind == FR_TUPLE) {
        return n;
    }
    size_t pairs = (n - f->dots) / 2;
    pl_doc arrow = f->kind == FR_MAP ? text(c, " => ") : PL_DOC_NIL;
    for (size_t i = 0; i < pairs; i++) {
        pl_doc key = docs[2 * i];
        if (arrow != PL_DOC_NIL) {
            key = pl_doc_concat(&c->b, key, arrow);
        }
        docs[i] = pl_doc_concat(&c->b, key, docs[2 * i + 1]);
    }
    if (f->dots) {
        docs[pairs++] = docs[n - 1];
    }
    return pairs;
}

/* A list's break mode is :maybe: flex only when every element doc is simple. */
static bool list_simple(ctx *c, const frame *f, pl_doc *docs, size_t *n)
{
    bool simple = true;
    for (size_t i = 0; i < *n; i++) {
        simple = simple && pl_doc_is_simple(&c->b, docs[i]);
    }
    if (f->improper) {
        docs[*n - 2] = pl_doc_join(&c->b, docs[*n - 2], docs[*n - 1], simple, " |");
        (*n)--;
    }
    return simple;
}

static pl_doc range_doc(ctx *c, const pl_doc *docs, size_t n)
{
    pl_doc_builder *b = &c->b;
    pl_doc tail = docs[1];
    if (n == 3) {
        tail = pl_doc_concat(b, tail, pl_doc_concat(b, text(c, "//"), docs[2]));
    }
    return pl_doc_concat(b, docs[0], pl_doc_concat(b, text(c, ".."), tail));
}

static bool finish(ctx *c)
{
    frame f = c->frames[--c->nframes];
    pl_doc *docs = c->vals + f.base;
    size_t n = c->nvals - f.base;
    pl_doc d;
    if (f.kind == FR_RANGE) {
        d = range_doc(c, docs, n);
    } else {
        static const char *const opens[] = { "[", "[", "{", "%{", "%{" };
        n = combine_pairs(c, &f, docs, n);
        bool flex = f.kind == FR_TUPLE || (f.kind == FR_LIST && list_simple(c, &f, docs, &n));
        pl_doc open = f.kind == FR_STRUCT ? f.open : text(c, opens[f.kind]);
        pl_doc close = text(c, f.kind == FR_LIST || f.kind == FR_KEYWORD ? "]" : "}");
        d = pl_doc_container(&c->b, open, docs, n, close, ",", flex);
    }
    pl_release(c->e, f.owned);
    c->nvals = f.base;
    return push_doc(c, d);
}

static bool step(ctx *c)
{
    frame *f = &c->frames[c->nframes - 1];
    if (f->pending) {
        f->pending = false;
        return visit(c, f->second, f->second_limit);
    }
    if (f->kind == FR_RANGE) {
        /* first, last and step all get the range's own limit */
        pl_term parts[] = { f->term, f->second, f->cursor, PL_NONE };
        pl_term next = parts[f->index < 3 ? f->index : 3];
        f->index++;
        return next == PL_NONE ? finish(c) : visit(c, next, f->limit);
    }
    if (f->done || !has_next(f)) {
        return finish(c);
    }
    return step_element(c, f);
}

/* ---- Entry points ---- */

static void ctx_destroy(ctx *c)
{
    for (uint32_t i = 0; i < c->nframes; i++) {
        pl_release(c->e, c->frames[i].owned);
    }
    if (c->vals) {
        pl_alloc_put(&c->e->alloc, c->vals, (size_t)c->vcap * sizeof(pl_doc));
    }
    if (c->frames) {
        pl_alloc_put(&c->e->alloc, c->frames, (size_t)c->fcap * sizeof(frame));
    }
    pl_doc_destroy(&c->b);
}

/* Lays [d] out and copies it into a new binary; PL_NONE on OOM. */
static pl_term render(pl_doc_builder *b, pl_doc d, int64_t width)
{
    int64_t len = b->oom ? -1 : pl_doc_format(b, d, width, NULL);
    if (len < 0) {
        return PL_NONE;
    }
    pl_term bin = pl_bin_alloc(b->e, (size_t)len);
    if (bin != PL_NONE && pl_doc_format(b, d, width, (char *)pl_bin_of(bin)->data) < 0) {
        pl_release(b->e, bin);
        bin = PL_NONE;
    }
    return bin;
}

pl_term pl_inspect(pl_engine *e, pl_term t, const pl_inspect_opts *o)
{
    ctx c = { .e = e, .o = o };
    pl_doc_init(&c.b, e);
    bool ok = visit(&c, t, o->limit);
    while (ok && c.nframes > 0) {
        ok = step(&c);
    }
    pl_term out = PL_NONE;
    if (ok && !c.oom && c.nvals == 1) {
        pl_doc root = pl_doc_group(&c.b, c.vals[0], PL_DOC_GROUP_SELF);
        out = render(&c.b, root, o->pretty ? o->width : -1);
    }
    ctx_destroy(&c);
    return out;
}

pl_term pl_inspect_atom(pl_engine *e, pl_term a)
{
    pl_doc_builder b;
    pl_doc_init(&b, e);
    size_t mark = pl_doc_mark(&b);
    append_atom(&b, e, a);
    pl_term out = b.oom ? PL_NONE : pl_bin_new(e, b.text + mark, b.text_len - mark);
    pl_doc_destroy(&b);
    return out;
}

/* ---- String.Chars ---- */

/* :unicode.characters_to_binary/1 on chardata, with an explicit stack for
 * nesting. False when [t] is not valid chardata. */
static bool append_chardata(pl_doc_builder *b, pl_term t)
{
    pl_doc_builder stack; /* its text buffer holds the pending tails */
    pl_doc_init(&stack, b->e);
    bool ok = true;
    while (ok && !b->oom) {
        if (pl_is_cons(t)) {
            pl_term tail = pl_tail(t);
            ok = (pl_is_list(tail) || pl_is_bin(tail)) && pl_doc_append(&stack, &tail, sizeof tail);
            t = pl_head(t);
            continue;
        }
        if (pl_is_bin(t)) {
            const pl_bin *bin = pl_bin_of(t);
            uint32_t cp;
            for (size_t i = 0, len; ok && i < bin->len; i += len) {
                ok = (len = (size_t)utf8_next(bin->data + i, bin->len - i, &cp)) > 0;
            }
            pl_doc_append(b, bin->data, bin->len);
        } else if (pl_is_small(t)) {
            int64_t v = pl_small_value(t);
            char buf[4];
            ok = v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
            pl_doc_append(b, buf, ok ? (size_t)utf8_put((uint32_t)v, buf) : 0);
        } else {
            ok = t == PL_NIL;
        }
        if (stack.text_len == 0) {
            break;
        }
        stack.text_len -= sizeof t;
        memcpy(&t, stack.text + stack.text_len, sizeof t);
    }
    if (stack.oom) {
        b->oom = true; /* out of memory is not "not chardata" */
    }
    pl_doc_destroy(&stack);
    return ok && !b->oom;
}

pl_term pl_to_string(pl_engine *e, pl_term t)
{
    char buf[PL_FLOAT_BUF];
    if (pl_is_bin(t)) {
        return pl_retain(t);
    }
    if (pl_is_atom(t)) {
        if (t == PL_ATOM_NIL) {
            return pl_bin_new(e, "", 0);
        }
        return pl_bin_new(e, pl_atom_name(&e->atoms, t), pl_atom_len(&e->atoms, t));
    }
    if (pl_is_float(t)) {
        return pl_bin_new(e, buf, pl_float_format_short(pl_float_value(t), buf));
    }
    if (!pl_is_integer(t) && !pl_is_list(t)) {
        return PL_NONE;
    }
    pl_doc_builder b;
    pl_doc_init(&b, e);
    pl_term out = PL_NONE;
    if (pl_is_integer(t)) {
        ctx c = { .e = e, .o = NULL };
        c.b = b;
        pl_doc d = integer_doc(&c, t);
        b = c.b;
        out = d == PL_DOC_NIL ? PL_NONE : pl_bin_new(e, b.text, b.text_len);
    } else if (append_chardata(&b, t) && !b.oom) {
        out = pl_bin_new(e, b.text ? b.text : "", b.text_len);
    }
    pl_doc_destroy(&b);
    return out;
}
