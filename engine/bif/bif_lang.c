/* Built-ins the compiler emits calls to: struct construction, field access,
 * binary segments, comprehension sources and exception normalisation. */
#include "bif.h"
#include "../map.h"
#include "../term_order.h"
#include "../lang/code.h"
#include "../lang/binseg.h"
#include "../num.h"
#include "../inspect.h"
#include <stdio.h>

static pl_term badkey(pl_proc *p, pl_term key, pl_term map)
{
    return pl_bif_error(p, pl_tuple3(p->e, PL_A(badkey), pl_retain(key), pl_retain(map)));
}

static pl_term check_enforced(pl_proc *p, pl_term mod, pl_term given);

static pl_term undef_struct(pl_proc *p, pl_term mod, uint32_t arity)
{
    pl_engine *e = p->e;
    pl_term top = pl_tuple_new(e, 4);
    pl_proc_error(p, PL_A(undef));
    if (top != PL_NONE) {
        pl_tuple_of(top)->el[0] = mod;
        pl_tuple_of(top)->el[1] = pl_bif_atom(e, "__struct__");
        pl_tuple_of(top)->el[2] = pl_small(arity);
        p->exc_trace = pl_cons_new(e, top, PL_NIL);
    }
    return PL_NONE;
}

/* %Mod{k: v}: the struct's defaults overridden by the given keys, which must exist. */
PL_BIF(kernel_struct_new_2)
{
    pl_engine *e = p->e;
    pl_term mod = args[0], given = args[1];
    if (pl_code_struct_fields(e, mod) == PL_NONE) {
        return undef_struct(p, mod, 1);
    }
    if (check_enforced(p, mod, given) == PL_NONE) {
        return PL_NONE;
    }
    pl_term s = pl_bif_make_struct(e, mod);
    for (uint64_t i = 0; s != PL_NONE && i < pl_map_size(given); i++) {
        pl_term k = pl_map_key(given, i);
        if (pl_map_find(e, s, k) < 0 || k == PL_A(__struct__)) {
            pl_release(e, s);
            return badkey(p, k, given);
        }
        pl_term next = pl_map_put(e, s, pl_retain(k), pl_retain(pl_map_val(given, i)));
        pl_release(e, s);
        s = next;
    }
    return s == PL_NONE ? pl_bif_nomem(p) : s;
}

/* struct/2 and struct!/2: [target] is a module or a struct; [fields] an
 * enumerable of {key, value}. Unknown keys are skipped, or raise with [strict]. */
static pl_term build_struct(pl_proc *p, pl_term target, pl_term fields, bool strict)
{
    pl_engine *e = p->e;
    pl_term s;
    if (pl_is_atom(target)) {
        if (pl_code_struct_fields(e, target) == PL_NONE) {
            return undef_struct(p, target, 0);
        }
        if (strict) {
            pl_term given = pl_is_map(fields) ? pl_retain(fields) : PL_NONE;
            if (given == PL_NONE) {
                pl_term l = pl_bif_enum_to_list(p, fields);
                given = l == PL_NONE ? PL_NONE : pl_bif_maps_from_list_1(p, &l);
                pl_release(e, l);
            }
            bool ok = given != PL_NONE && check_enforced(p, target, given) != PL_NONE;
            pl_release(e, given);
            if (!ok) {
                return PL_NONE;
            }
        }
        s = pl_bif_make_struct(e, target);
    } else if (pl_is_map(target) && pl_map_get(e, target, PL_A(__struct__)) != PL_NONE) {
        s = pl_retain(target);
    } else {
        return pl_bif_badarg(p);
    }
    pl_term list = pl_bif_enum_to_list(p, fields);
    if (list == PL_NONE) {
        pl_release(e, s);
        return PL_NONE;
    }
    for (pl_term l = list; pl_is_cons(l) && s != PL_NONE; l = pl_tail(l)) {
        pl_term kv = pl_head(l);
        if (!pl_is_tuple(kv) || pl_tuple_arity(kv) != 2) {
            continue;
        }
        pl_term k = pl_tuple_get(kv, 0);
        if (pl_map_find(e, s, k) < 0 || k == PL_A(__struct__)) {
            if (strict) {
                pl_release(e, list);
                pl_release(e, s);
                return pl_bif_error(p, pl_tuple2(e, PL_A(badkey), pl_retain(k)));
            }
            continue;
        }
        pl_term next = pl_map_put(e, s, pl_retain(k), pl_retain(pl_tuple_get(kv, 1)));
        pl_release(e, s);
        s = next;
    }
    pl_release(e, list);
    return s == PL_NONE ? pl_bif_nomem(p) : s;
}

PL_BIF(kernel_struct_2) { return build_struct(p, args[0], args[1], false); }
PL_BIF(kernel_struct_bang_2) { return build_struct(p, args[0], args[1], true); }
PL_BIF(kernel_struct_1) { return build_struct(p, args[0], PL_NIL, false); }

/* %Mod{s | ...}: s must be a Mod struct. */
PL_BIF(kernel_struct_check_2)
{
    pl_engine *e = p->e;
    pl_term s = args[0];
    pl_term name = pl_is_map(s) ? pl_map_get(e, s, PL_A(__struct__)) : PL_NONE;
    if (name != args[1]) {
        pl_term exc = pl_bif_make_struct(e, PL_A(E_BadStructError));
        pl_term a = pl_map_put(e, exc, PL_A(struct), args[1]);
        pl_release(e, exc);
        pl_term b = pl_map_put(e, a, PL_A(term), pl_retain(s));
        pl_release(e, a);
        return pl_bif_error(p, b);
    }
    return pl_retain(s);
}

/* [:a, b: 1] -> [{:a, nil}, {:b, 1}] */
static pl_term normalise_fields(pl_proc *p, pl_term fields, bool exception)
{
    pl_engine *e = p->e;
    pl_term out = PL_NIL;
    if (pl_list_length(fields) < 0) {
        return pl_bif_badarg(p);
    }
    pl_term rev = pl_list_reverse(e, fields);
    for (pl_term l = rev; pl_is_cons(l); l = pl_tail(l)) {
        pl_term f = pl_head(l), kv;
        if (pl_is_atom(f)) {
            kv = pl_tuple2(e, f, PL_ATOM_NIL);
        } else if (pl_is_tuple(f) && pl_tuple_arity(f) == 2 && pl_is_atom(pl_tuple_get(f, 0))) {
            kv = pl_retain(f);
        } else {
            pl_release(e, rev);
            pl_release(e, out);
            return pl_bif_raise_msg(p, PL_A(E_ArgumentError),
                                    "struct field names must be atoms");
        }
        out = pl_cons_new(e, kv, out);
    }
    pl_release(e, rev);
    if (exception) {
        out = pl_cons_new(e, pl_tuple2(e, PL_A(__exception__), PL_TRUE), out);
    }
    return out;
}

static pl_term define_struct(pl_proc *p, const pl_term *args, bool exception)
{
    pl_term fields = normalise_fields(p, args[1], exception);
    if (fields == PL_NONE) {
        return PL_NONE;
    }
    pl_code_set_struct(p->e, args[0], pl_retain(fields));
    pl_module *m = pl_code_module(p->e, args[0]);
    if (m) {
        m->is_exception = exception;
        pl_release(p->e, m->enforce_keys);
        m->enforce_keys = pl_is_cons(args[2]) ? pl_retain(args[2]) : PL_NONE;
    }
    return fields;
}

PL_BIF(kernel_defstruct_3) { return define_struct(p, args, false); }
PL_BIF(kernel_defexception_3) { return define_struct(p, args, true); }

/* @enforce_keys that %Mod{...} left out: ArgumentError, as Elixir raises it. */
static pl_term check_enforced(pl_proc *p, pl_term mod, pl_term given)
{
    pl_engine *e = p->e;
    pl_module *m = pl_code_module(e, mod);
    if (!m || m->enforce_keys == PL_NONE) {
        return PL_TRUE;
    }
    pl_term missing = PL_NIL;
    for (pl_term l = m->enforce_keys; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_map_find(e, given, pl_head(l)) < 0) {
            missing = pl_cons_new(e, pl_head(l), missing);
        }
    }
    if (missing == PL_NIL) {
        return PL_TRUE;
    }
    pl_term rev = pl_list_reverse(e, missing);
    pl_release(e, missing);
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term name = pl_inspect(e, mod, &o), keys = pl_inspect(e, rev, &o);
    pl_release(e, rev);
    char msg[512];
    snprintf(msg, sizeof msg, "the following keys must also be given when building struct %.*s: %.*s",
             (int)pl_bin_of(name)->len, (const char *)pl_bin_of(name)->data,
             (int)pl_bin_of(keys)->len, (const char *)pl_bin_of(keys)->data);
    pl_release(e, name);
    pl_release(e, keys);
    return pl_bif_raise_msg(p, PL_A(E_ArgumentError), msg);
}

PL_BIF(kernel_struct_fields_1)
{
    pl_term f = pl_is_atom(args[0]) ? pl_code_struct_fields(p->e, args[0]) : PL_NONE;
    return f == PL_NONE ? PL_ATOM_NIL : pl_retain(f);
}

/* ---- Binary segments: <<value::spec>> (binseg.h) ---- */

static pl_term int_seg(pl_proc *p, pl_term v, int64_t bits, bool little)
{
    if (!pl_is_integer(v) || bits < 0 || bits % 8 || bits > (1 << 20)) {
        return pl_bif_badarg(p);
    }
    size_t n = (size_t)bits / 8;
    pl_term r = pl_bin_alloc(p->e, n);
    if (r == PL_NONE) {
        return pl_bif_nomem(p);
    }
    mpz_t z;
    mpz_init(z);
    pl_to_mpz(z, v);
    unsigned char *out = pl_bin_of(r)->data;
    for (size_t i = 0; i < n; i++) { /* two's complement, truncated to the size */
        out[little ? i : n - 1 - i] = (unsigned char)(mpz_get_si(z) & 0xff);
        mpz_fdiv_q_2exp(z, z, 8);
    }
    mpz_clear(z);
    return r;
}

static pl_term float_seg(pl_proc *p, pl_term v, int64_t bits, bool little)
{
    if (!pl_is_number(v) || (bits != 64 && bits != 32)) {
        return pl_bif_badarg(p);
    }
    double d = pl_num_to_double(v);
    unsigned char b[8];
    size_t n = (size_t)bits / 8;
    if (n == 8) {
        memcpy(b, &d, 8);
    } else {
        float f = (float)d;
        memcpy(b, &f, 4);
    }
    unsigned char out[8];
    for (size_t i = 0; i < n; i++) {
        out[i] = b[little ? i : n - 1 - i];
    }
    pl_term r = pl_bin_new(p->e, out, n);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

static pl_term utf8_seg(pl_proc *p, pl_term v)
{
    int64_t c;
    if (!pl_get_int64(v, &c) || c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        return pl_bif_badarg(p);
    }
    unsigned char buf[4];
    size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n == 1) {
        buf[0] = (unsigned char)c;
    } else {
        for (size_t i = n - 1; i > 0; i--) {
            buf[i] = (unsigned char)(0x80 | (c & 0x3F));
            c >>= 6;
        }
        buf[0] = (unsigned char)((0xF00u >> n) | (uint32_t)c);
    }
    pl_term r = pl_bin_new(p->e, buf, n);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(kernel_seg_3)
{
    int64_t spec, size = -1;
    if (!pl_get_int64(args[1], &spec) || (args[2] != PL_ATOM_NIL && !pl_get_int64(args[2], &size))) {
        return pl_bif_badarg(p);
    }
    if (size < 0 && (spec & PL_SEG_SIZED)) {
        size = pl_seg_size((uint32_t)spec);
    }
    bool little = (spec & PL_SEG_LITTLE) != 0;
    switch (pl_seg_type((uint32_t)spec)) {
    case PL_SEG_FLOAT: return float_seg(p, args[0], size < 0 ? 64 : size, little);
    case PL_SEG_UTF8: return utf8_seg(p, args[0]);
    case PL_SEG_BINARY:
        if (!pl_is_bin(args[0]) || (size >= 0 && (size_t)size > pl_bin_of(args[0])->len)) {
            return pl_bif_badarg(p);
        }
        return size < 0 ? pl_retain(args[0]) : pl_bin_new(p->e, pl_bin_of(args[0])->data, (size_t)size);
    default: return int_seg(p, args[0], size < 0 ? 8 : size, little);
    }
}

/* ---- Comprehension sources: lists, maps and ranges become lists ---- */

static pl_term range_list(pl_proc *p, pl_term r)
{
    pl_engine *e = p->e;
    int64_t first, last, step;
    if (!pl_get_int64(pl_map_get(e, r, PL_A(first)), &first) ||
        !pl_get_int64(pl_map_get(e, r, PL_A(last)), &last) ||
        !pl_get_int64(pl_map_get(e, r, PL_A(step)), &step) || step == 0) {
        return pl_bif_badarg(p);
    }
    if ((step > 0 && first > last) || (step < 0 && first < last)) {
        return PL_NIL;
    }
    uint64_t count = (uint64_t)((last - first) / step) + 1;
    if (count > ((uint64_t)1 << 32)) {
        return pl_bif_nomem(p);
    }
    pl_term out = PL_NIL;
    for (uint64_t i = count; i > 0 && out != PL_NONE; i--) {
        out = pl_cons_new(e, pl_int64(e, first + (int64_t)(i - 1) * step), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

pl_term pl_bif_enum_to_list(pl_proc *p, pl_term t)
{
    pl_engine *e = p->e;
    if (pl_is_list(t)) {
        return pl_retain(t);
    }
    if (pl_is_map(t)) {
        if (pl_map_get(e, t, PL_A(__struct__)) == PL_A(E_Range)) {
            return range_list(p, t);
        }
        /* Enumerable.Map walks with :maps.next, which for a HAMT (more than 32
         * keys) goes in the reverse of :maps.to_list's order. */
        uint64_t n = pl_map_size(t);
        bool hamt = n > 32;
        pl_term out = PL_NIL;
        for (uint64_t k = 0; k < n && out != PL_NONE; k++) {
            uint64_t i = hamt ? k : n - 1 - k;
            out = pl_cons_new(e, pl_tuple2(e, pl_retain(pl_map_key(t, i)), pl_retain(pl_map_val(t, i))),
                              out);
        }
        return out == PL_NONE ? pl_bif_nomem(p) : out;
    }
    pl_term exc = pl_bif_make_struct(e, PL_A(E_Protocol_UndefinedError));
    pl_term a = pl_map_put(e, exc, pl_bif_atom(e, "protocol"), pl_bif_atom(e, "Elixir.Enumerable"));
    pl_release(e, exc);
    pl_term b = pl_map_put(e, a, PL_A(value), pl_retain(t));
    pl_release(e, a);
    return pl_bif_error(p, b);
}

PL_BIF(kernel_for_list_1) { return pl_bif_enum_to_list(p, args[0]); }

/* The value a binary generator walks: anything but a binary is a
 * {:bad_generator, value} error, as on the BEAM. */
PL_BIF(kernel_for_bin_1)
{
    if (pl_is_bin(args[0])) {
        return pl_retain(args[0]);
    }
    pl_term reason = pl_tuple2(p->e, PL_A(bad_generator), pl_retain(args[0]));
    return reason == PL_NONE ? pl_bif_nomem(p) : pl_bif_error(p, reason);
}

PL_BIF(kernel_uniq_1)
{
    pl_engine *e = p->e;
    pl_term seen = pl_map_empty(e), out = PL_NIL;
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_map_find(e, seen, pl_head(l)) >= 0) {
            continue;
        }
        pl_term next = pl_map_put(e, seen, pl_retain(pl_head(l)), PL_TRUE);
        pl_release(e, seen);
        seen = next;
        out = pl_cons_new(e, pl_retain(pl_head(l)), out);
    }
    pl_release(e, seen);
    pl_term r = pl_list_reverse(e, out);
    pl_release(e, out);
    return r;
}

/* ---- Exceptions: Erlang error reasons to Elixir exception structs ---- */

static pl_term exc_with(pl_engine *e, pl_term module, pl_term k1, pl_term v1, pl_term k2, pl_term v2)
{
    pl_term s = pl_bif_make_struct(e, module);
    if (k1 != PL_NONE) {
        pl_term n = pl_map_put(e, s, k1, v1);
        pl_release(e, s);
        s = n;
    }
    if (k2 != PL_NONE) {
        pl_term n = pl_map_put(e, s, k2, v2);
        pl_release(e, s);
        s = n;
    }
    return s;
}

static pl_term bin_concat(pl_engine *e, const pl_term *parts, size_t n);

/* `x.field` on something that is not a map: Elixir 1.14 spells out the dot
 * syntax in the KeyError's message. Takes [ex]; returns it with :message. */
static pl_term with_dot_hint(pl_engine *e, pl_term ex, pl_term key, pl_term term)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term parts[5] = { pl_cstr(e, "key "), pl_inspect(e, key, &o), pl_cstr(e, " not found in: "),
                         pl_inspect(e, term, &o),
                         pl_cstr(e, ". If you are using the dot syntax, such as map.field, make "
                                    "sure the left-hand side of the dot is a map") };
    bool ok = true;
    for (int i = 0; i < 5; i++) {
        ok = ok && parts[i] != PL_NONE;
    }
    pl_term msg = ok ? bin_concat(e, parts, 5) : PL_NONE;
    for (int i = 0; i < 5; i++) {
        pl_release(e, parts[i]);
    }
    if (msg == PL_NONE) {
        return ex;
    }
    pl_term with = pl_map_put(e, ex, pl_bif_atom(e, "message"), msg);
    pl_release(e, ex);
    return with;
}

/* Concatenation of [n] binaries (a new binary, or PL_NONE). */
static pl_term bin_concat(pl_engine *e, const pl_term *parts, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        len += pl_bin_of(parts[i])->len;
    }
    pl_term r = pl_bin_alloc(e, len);
    if (r == PL_NONE) {
        return PL_NONE;
    }
    unsigned char *out = pl_bin_of(r)->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(out, pl_bin_of(parts[i])->data, pl_bin_of(parts[i])->len);
        out += pl_bin_of(parts[i])->len;
    }
    return r;
}

static pl_term kw_get(pl_term kw, pl_term key)
{
    for (; pl_is_cons(kw); kw = pl_tail(kw)) {
        pl_term kv = pl_head(kw);
        if (pl_is_tuple(kv) && pl_tuple_arity(kv) == 2 && pl_tuple_get(kv, 0) == key) {
            return pl_tuple_get(kv, 1);
        }
    }
    return PL_NONE;
}

/* {mod, fun, args_or_arity, _} at the top of a stacktrace. */
static void top_mfa(pl_term trace, pl_term *mod, pl_term *fun, pl_term *arity)
{
    *mod = *fun = *arity = PL_ATOM_NIL;
    if (!pl_is_cons(trace) || !pl_is_tuple(pl_head(trace)) || pl_tuple_arity(pl_head(trace)) < 3) {
        return;
    }
    pl_term t = pl_head(trace);
    *mod = pl_tuple_get(t, 0);
    *fun = pl_tuple_get(t, 1);
    pl_term a = pl_tuple_get(t, 2);
    *arity = pl_is_list(a) ? pl_small(pl_list_length(a)) : a;
}

static pl_term normalize_tuple(pl_engine *e, pl_term r, pl_term trace)
{
    pl_term tag = pl_tuple_get(r, 0);
    uint64_t n = pl_tuple_arity(r);
    pl_term v = n > 1 ? pl_retain(pl_tuple_get(r, 1)) : PL_ATOM_NIL;
    if (n == 2 && tag == PL_A(badmatch)) {
        return exc_with(e, PL_A(E_MatchError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == PL_A(case_clause)) {
        return exc_with(e, PL_A(E_CaseClauseError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == PL_A(try_clause)) {
        return exc_with(e, PL_A(E_TryClauseError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == pl_bif_atom(e, "else_clause")) {
        return exc_with(e, PL_A(E_WithClauseError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == PL_A(badmap)) {
        return exc_with(e, PL_A(E_BadMapError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == PL_A(badfun)) {
        return exc_with(e, PL_A(E_BadFunctionError), PL_A(term), v, PL_NONE, PL_NONE);
    }
    if (n == 2 && tag == pl_bif_atom(e, "badbool")) {
        return exc_with(e, pl_bif_atom(e, "Elixir.BadBooleanError"), PL_A(term), v,
                        pl_bif_atom(e, "operator"), pl_bif_atom(e, "and"));
    }
    if (n == 2 && tag == PL_A(badarity) && pl_is_tuple(pl_tuple_get(r, 1))) {
        pl_term fa = pl_tuple_get(r, 1);
        pl_release(e, v);
        return exc_with(e, PL_A(E_BadArityError), PL_A(function), pl_retain(pl_tuple_get(fa, 0)),
                        PL_A(args), pl_retain(pl_tuple_get(fa, 1)));
    }
    if (n == 3 && tag == PL_A(badkey)) {
        pl_term term = pl_tuple_get(r, 2);
        pl_term ex = exc_with(e, PL_A(E_KeyError), PL_A(key), v, PL_A(term), pl_retain(term));
        return pl_is_map(term) || ex == PL_NONE ? ex : with_dot_hint(e, ex, pl_tuple_get(r, 1), term);
    }
    if (n == 2 && tag == PL_A(badkey)) {
        /* Elixir finds the map among the failing call's arguments. */
        pl_term term = PL_ATOM_NIL;
        if (pl_is_cons(trace) && pl_is_tuple(pl_head(trace)) && pl_tuple_arity(pl_head(trace)) >= 3) {
            for (pl_term a = pl_tuple_get(pl_head(trace), 2); pl_is_cons(a); a = pl_tail(a)) {
                if (pl_is_map(pl_head(a))) {
                    term = pl_head(a);
                    break;
                }
            }
        }
        return exc_with(e, PL_A(E_KeyError), PL_A(key), v, PL_A(term), pl_retain(term));
    }
    pl_release(e, v);
    return PL_NONE;
}

pl_term pl_bif_normalize(pl_engine *e, pl_term kind, pl_term reason, pl_term trace)
{
    if (kind != PL_A(error)) {
        return pl_retain(reason);
    }
    if (pl_is_map(reason) && pl_map_get(e, reason, PL_A(__exception__)) == PL_TRUE) {
        return pl_retain(reason);
    }
    pl_term mod, fun, arity;
    if (reason == PL_A(badarith)) {
        return exc_with(e, PL_A(E_ArithmeticError), PL_A(message),
                        pl_cstr(e, "bad argument in arithmetic expression"), PL_NONE, PL_NONE);
    }
    /* A BIF that explained its failure left "\n\n  * 1st argument: ..." */
    pl_term detail = PL_NONE;
    if (pl_is_cons(trace) && pl_is_tuple(pl_head(trace)) && pl_tuple_arity(pl_head(trace)) == 4) {
        detail = kw_get(pl_tuple_get(pl_head(trace), 3), pl_bif_atom(e, "error_info"));
    }
    if (reason == PL_A(badarg)) {
        pl_term msg = pl_cstr(e, detail != PL_NONE ? "errors were found at the given arguments:"
                                                   : "argument error");
        if (detail != PL_NONE && msg != PL_NONE) {
            pl_term parts[2] = { msg, detail };
            pl_term joined = bin_concat(e, parts, 2);
            pl_release(e, msg);
            msg = joined;
        }
        return exc_with(e, PL_A(E_ArgumentError), PL_A(message), msg, PL_NONE, PL_NONE);
    }
    if (reason == PL_A(system_limit)) {
        return exc_with(e, PL_A(E_SystemLimitError), PL_NONE, PL_NONE, PL_NONE, PL_NONE);
    }
    if (reason == PL_A(function_clause) || reason == PL_A(undef)) {
        top_mfa(trace, &mod, &fun, &arity);
        pl_term m = PL_A(E_FunctionClauseError);
        if (reason == PL_A(undef)) {
            m = PL_A(E_UndefinedFunctionError);
        }
        pl_term s = exc_with(e, m, PL_A(module), mod, PL_A(function), fun);
        pl_term with = pl_map_put(e, s, PL_A(arity), arity);
        pl_release(e, s);
        return with;
    }
    if (pl_is_tuple(reason) && pl_tuple_arity(reason) >= 2) {
        pl_term t = normalize_tuple(e, reason, trace);
        if (t != PL_NONE) {
            return t;
        }
    }
    /* The error_info detail of other errors shows only in the uncaught banner
     * (Exception.__blame__), not in the exception's message. */
    return exc_with(e, PL_A(E_ErlangError), PL_A(original), pl_retain(reason), PL_NONE, PL_NONE);
}

PL_BIF(kernel_normalize_3)
{
    pl_term r = pl_bif_normalize(p->e, args[0], args[1], args[2]);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(kernel_rescue_match_2)
{
    pl_term name = pl_is_map(args[0]) ? pl_map_get(p->e, args[0], PL_A(__struct__)) : PL_NONE;
    for (pl_term l = args[1]; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_head(l) == name) {
            return PL_TRUE;
        }
    }
    return PL_FALSE;
}

/* ---- Ranges: first..last and first..last//step ---- */

static pl_term make_range(pl_proc *p, pl_term first, pl_term last, pl_term step)
{
    pl_engine *e = p->e;
    pl_term keys[4] = { PL_A(__struct__), PL_A(first), PL_A(last), PL_A(step) };
    pl_term vals[4] = { PL_A(E_Range), first, last, step };
    pl_term r = pl_map_from_arrays(e, keys, vals, 4);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(kernel_range_2)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1])) {
        char msg[] = "ranges (first..last) expect both sides to be integers";
        return pl_bif_raise_msg(p, PL_A(E_ArgumentError), msg);
    }
    int step = pl_compare(p->e, args[0], args[1]) <= 0 ? 1 : -1;
    return make_range(p, args[0], args[1], pl_small(step));
}

PL_BIF(kernel_range_3)
{
    if (!pl_is_integer(args[0]) || !pl_is_integer(args[1]) || !pl_is_integer(args[2]) ||
        args[2] == pl_small(0)) {
        return pl_bif_raise_msg(p, PL_A(E_ArgumentError),
                                "ranges (first..last//step) expect both sides to be integers "
                                "and the step to be a non-zero integer");
    }
    return make_range(p, args[0], args[1], args[2]);
}
