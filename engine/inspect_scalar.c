/* Inspect for the terms that are not containers: Inspect.Integer (any base),
 * .Float, .Atom, .Function, .PID, .Reference and .BitString (strings or <<...>>).
 * Each becomes one document of the conversion context. */
#include <stdio.h>
#include <string.h>
#include "inspect_int.h"
#include "float_fmt.h"
#include "term_order.h"
#include "lang/code.h"

/* ---- Numbers and atoms ---- */

static bool decimal(const pl_inspect_opts *o) { return o == NULL || o->base == 0 || o->base == 10; }

/* Inspect.Integer: integer_to_binary(i, base) (upper-case digits) with the
 * 0b / 0o / 0x prefix after any minus sign. */
pl_doc pl_inspect_integer(ctx *c, pl_term t)
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
    pl_inspect_append_atom(&c->b, c->e, t);
    return pl_doc_text_since(&c->b, mark);
}

/* ---- Funs, pids and references ---- */

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
        pl_inspect_append_atom(b, c->e, f->mod);
        pl_doc_append(b, ".", 1);
        pl_inspect_append_remote(b, pl_atom_name(&c->e->atoms, f->name),
                                 pl_atom_len(&c->e->atoms, f->name));
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
        pl_inspect_append_atom(b, c->e, mod);
        pl_doc_append(b, ".", 1);
        pl_inspect_append_remote(b, nested ? name + 1 : name, nested ? outer : n);
        if (nested) {
            pl_doc_append(b, "/", 1);
            pl_doc_append(b, arity, alen);
        }
    }
    pl_doc_append(b, ">", 1);
    return pl_doc_text_since(b, mark);
}

/* ---- Bitstrings ---- */

/* One byte of <<...>>, with its comma when [comma]; in the option's base. */
static pl_doc byte_doc(ctx *c, unsigned char byte, bool comma)
{
    pl_doc d = pl_inspect_integer(c, pl_small(byte));
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
                             && pl_inspect_printable(bin->data, bin->len, c->o->printable_limit)));
    if (as_string) {
        return pl_inspect_quoted(&c->b, bin->data, bin->len, '"', c->o->printable_limit, " <> ...");
    }
    return bytes_doc(c, bin->data, bin->len, limit);
}

/* ---- Any term that is not a container ---- */

pl_doc pl_inspect_scalar(ctx *c, pl_term t, int64_t limit)
{
    char buf[64];
    if (pl_is_integer(t)) {
        return pl_inspect_integer(c, t);
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
        /* the BEAM's 15-bit id and serial fields (see bif/bif_etf.h), so that a
         * pid made by pid/3 or list_to_pid/1 prints as it was written */
        unsigned long long n = (unsigned long long)pl_pid_serial(t);
        int len = snprintf(buf, sizeof buf, "#PID<0.%llu.%llu>", n & 0x7fff, n >> 15);
        return pl_doc_text(&c->b, buf, (size_t)len);
    }
    if (pl_is_ref(t)) {
        return pl_doc_text(&c->b, buf, (size_t)snprintf(buf, sizeof buf, "#Reference<0.0.0.%llu>",
                                                       (unsigned long long)pl_ref_serial(t)));
    }
    return text(c, "[]");
}
