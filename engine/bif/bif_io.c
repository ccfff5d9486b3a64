/* IO, inspect and to_string: output goes through the engine's sink so the UI can
 * capture what processes print. */
#include "bif.h"
#include "../inspect.h"

static pl_term puts_to(pl_proc *p, int stream, pl_term data, bool newline);

/* iodata (binaries, bytes, nested lists) flattened into [out]; false if not iodata. */
static bool iodata_size(pl_term t, size_t *n, int depth)
{
    if (pl_is_bin(t)) {
        *n += pl_bin_of(t)->len;
        return true;
    }
    if (depth > 10000) {
        return false;
    }
    for (; pl_is_cons(t); t = pl_tail(t)) {
        pl_term h = pl_head(t);
        if (pl_is_small(h)) {
            if (pl_small_value(h) < 0 || pl_small_value(h) > 255) {
                return false;
            }
            (*n)++;
        } else if (!iodata_size(h, n, depth + 1)) {
            return false;
        }
    }
    return t == PL_NIL || pl_is_bin(t) ? (pl_is_bin(t) ? (*n += pl_bin_of(t)->len, true) : true)
                                       : false;
}

static unsigned char *iodata_copy(pl_term t, unsigned char *out)
{
    if (pl_is_bin(t)) {
        memcpy(out, pl_bin_of(t)->data, pl_bin_of(t)->len);
        return out + pl_bin_of(t)->len;
    }
    for (; pl_is_cons(t); t = pl_tail(t)) {
        pl_term h = pl_head(t);
        if (pl_is_small(h)) {
            *out++ = (unsigned char)pl_small_value(h);
        } else {
            out = iodata_copy(h, out);
        }
    }
    if (pl_is_bin(t)) {
        out = iodata_copy(t, out);
    }
    return out;
}

pl_term pl_bif_iodata(pl_proc *p, pl_term t)
{
    size_t n = 0;
    if (pl_is_bin(t)) {
        return pl_retain(t);
    }
    if (!iodata_size(t, &n, 0)) {
        return pl_bif_badarg(p);
    }
    pl_term r = pl_bin_alloc(p->e, n);
    if (r == PL_NONE) {
        return pl_bif_nomem(p);
    }
    iodata_copy(t, pl_bin_of(r)->data);
    return r;
}

PL_BIF(erlang_iolist_to_binary_1) { return pl_bif_iodata(p, args[0]); }

/* What IO.puts accepts: chardata, or anything String.Chars converts. */
static pl_term chardata(pl_proc *p, pl_term t)
{
    if (pl_is_bin(t)) {
        return pl_retain(t);
    }
    pl_term s = pl_to_string(p->e, t);
    if (s == PL_NONE) {
        pl_term exc = pl_bif_make_struct(p->e, PL_A(E_Protocol_UndefinedError));
        (void)exc;
        pl_release(p->e, exc);
        return pl_bif_badarg(p);
    }
    return s;
}

static int device(pl_term dev)
{
    if (dev == PL_A(stderr)) {
        return PL_OUT_STDERR;
    }
    if (dev == PL_A(stdio) || dev == PL_A(stdout)) {
        return PL_OUT_STDOUT;
    }
    return 0;
}

static pl_term puts_to(pl_proc *p, int stream, pl_term data, bool newline)
{
    pl_term s = chardata(p, data);
    if (s == PL_NONE) {
        return PL_NONE;
    }
    pl_engine *e = p->e;
    pl_engine_write(e, stream, (const char *)pl_bin_of(s)->data, pl_bin_of(s)->len);
    if (newline) {
        pl_engine_write(e, stream, "\n", 1);
    }
    pl_release(e, s);
    return PL_A(ok);
}

PL_BIF(io_puts_1) { return puts_to(p, PL_OUT_STDOUT, args[0], true); }
PL_BIF(io_write_1) { return puts_to(p, PL_OUT_STDOUT, args[0], false); }

PL_BIF(io_puts_2)
{
    int dev = device(args[0]);
    return dev ? puts_to(p, dev, args[1], true) : pl_bif_badarg(p);
}

PL_BIF(io_write_2)
{
    int dev = device(args[0]);
    return dev ? puts_to(p, dev, args[1], false) : pl_bif_badarg(p);
}

/* Reads inspect options from a keyword list; false on a bad option value. */
static bool read_opts(pl_proc *p, pl_term kw, pl_inspect_opts *o, pl_term *label)
{
    for (; pl_is_cons(kw); kw = pl_tail(kw)) {
        pl_term kv = pl_head(kw);
        if (!pl_is_tuple(kv) || pl_tuple_arity(kv) != 2) {
            return false;
        }
        pl_term k = pl_tuple_get(kv, 0), v = pl_tuple_get(kv, 1);
        int64_t n;
        bool inf = v == PL_A(infinity);
        if (k == PL_A(limit)) {
            o->limit = inf ? -1 : (pl_get_int64(v, &n) ? n : o->limit);
        } else if (k == PL_A(printable_limit)) {
            o->printable_limit = inf ? -1 : (pl_get_int64(v, &n) ? n : o->printable_limit);
        } else if (k == PL_A(width)) {
            o->width = inf ? -1 : (pl_get_int64(v, &n) ? (int)n : o->width);
        } else if (k == PL_A(pretty)) {
            o->pretty = v == PL_TRUE;
        } else if (k == PL_A(charlists)) {
            o->charlists = v == PL_A(as_lists) ? PL_INSPECT_AS_LISTS
                           : v == PL_A(as_charlists) ? PL_INSPECT_AS_CHARLISTS : 0;
        } else if (k == PL_A(binaries)) {
            o->binaries = v == PL_A(as_binaries) ? PL_INSPECT_AS_BINARIES
                          : v == PL_A(as_strings) ? PL_INSPECT_AS_STRINGS : 0;
        } else if (k == PL_A(label) && label) {
            *label = v;
        } else if (k == pl_bif_atom(p->e, "base")) {
            const char *b = pl_is_atom(v) ? pl_atom_name(&p->e->atoms, v) : "";
            o->base = strcmp(b, "hex") == 0 ? 16 : strcmp(b, "octal") == 0 ? 8
                      : strcmp(b, "binary") == 0 ? 2 : 10;
        } else if (k == PL_A(struct) || k == pl_bif_atom(p->e, "structs")) {
            o->no_structs = v == PL_FALSE;
        }
    }
    return true;
}

static pl_term do_inspect(pl_proc *p, pl_term t, const pl_inspect_opts *o)
{
    pl_term r = pl_inspect(p->e, t, o);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(kernel_inspect_1)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    return do_inspect(p, args[0], &o);
}

PL_BIF(kernel_inspect_2)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    if (!pl_is_list(args[1]) || !read_opts(p, args[1], &o, NULL)) {
        return pl_bif_badarg(p);
    }
    return do_inspect(p, args[0], &o);
}

static pl_term io_inspect(pl_proc *p, int stream, pl_term t, pl_term opts)
{
    pl_engine *e = p->e;
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    o.pretty = true;
    pl_term label = PL_NONE;
    if (!pl_is_list(opts) || !read_opts(p, opts, &o, &label)) {
        return pl_bif_badarg(p);
    }
    o.pretty = true; /* IO.inspect lays out for the width whatever :pretty says */
    if (label != PL_NONE) {
        pl_term l = chardata(p, label);
        if (l == PL_NONE) {
            return PL_NONE;
        }
        pl_engine_write(e, stream, (const char *)pl_bin_of(l)->data, pl_bin_of(l)->len);
        pl_engine_write(e, stream, ": ", 2);
        pl_release(e, l);
    }
    pl_term s = do_inspect(p, t, &o);
    if (s == PL_NONE) {
        return PL_NONE;
    }
    pl_engine_write(e, stream, (const char *)pl_bin_of(s)->data, pl_bin_of(s)->len);
    pl_engine_write(e, stream, "\n", 1);
    pl_release(e, s);
    return pl_retain(t);
}

PL_BIF(io_inspect_1) { return io_inspect(p, PL_OUT_STDOUT, args[0], PL_NIL); }
PL_BIF(io_inspect_2) { return io_inspect(p, PL_OUT_STDOUT, args[0], args[1]); }

PL_BIF(io_inspect_3)
{
    int dev = device(args[0]);
    return dev ? io_inspect(p, dev, args[1], args[2]) : pl_bif_badarg(p);
}

PL_BIF(kernel_to_string_1) { return chardata(p, args[0]); }
