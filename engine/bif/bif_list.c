/* :lists and :maps first-order built-ins. */
#include "bif.h"
#include "../map.h"
#include "../term_order.h"

PL_BIF(lists_reverse_1)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    pl_term r = pl_list_reverse(p->e, args[0]);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(lists_reverse_2)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    pl_term out = pl_retain(args[1]);
    for (pl_term l = args[0]; pl_is_cons(l) && out != PL_NONE; l = pl_tail(l)) {
        out = pl_cons_new(p->e, pl_retain(pl_head(l)), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(lists_member_2)
{
    pl_term l = args[1];
    for (; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_exact_eq(pl_head(l), args[0])) {
            return PL_TRUE;
        }
    }
    return l == PL_NIL ? PL_FALSE : pl_bif_badarg(p);
}

PL_BIF(maps_put_3)
{
    if (!pl_is_map(args[2])) {
        return pl_bif_error(p, pl_tuple2(p->e, PL_A(badmap), pl_retain(args[2])));
    }
    pl_term r = pl_map_put(p->e, args[2], pl_retain(args[0]), pl_retain(args[1]));
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(maps_from_list_1)
{
    pl_engine *e = p->e;
    int64_t n = pl_list_length(args[0]);
    if (n < 0) {
        return pl_bif_badarg(p);
    }
    pl_term *k = malloc((size_t)(n ? n : 1) * sizeof *k), *v = malloc((size_t)(n ? n : 1) * sizeof *v);
    pl_term r = PL_NONE;
    bool ok = k && v;
    int64_t i = 0;
    for (pl_term l = args[0]; ok && pl_is_cons(l); l = pl_tail(l), i++) {
        pl_term kv = pl_head(l);
        if (!pl_is_tuple(kv) || pl_tuple_arity(kv) != 2) {
            ok = false;
            break;
        }
        k[i] = pl_tuple_get(kv, 0);
        v[i] = pl_tuple_get(kv, 1);
    }
    if (ok) {
        r = pl_map_from_arrays(e, k, v, (size_t)n);
    }
    free(k);
    free(v);
    if (!ok) {
        return pl_bif_badarg(p);
    }
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(erlang_fun_info_2)
{
    if (!pl_is_fun(args[0])) {
        return pl_bif_badarg(p);
    }
    const pl_fun *f = pl_fun_of(args[0]);
    if (args[1] == PL_A(arity)) {
        return pl_tuple2(p->e, PL_A(arity), pl_small(f->arity));
    }
    if (args[1] == PL_A(module)) {
        return pl_tuple2(p->e, PL_A(module), f->mod);
    }
    if (args[1] == pl_bif_atom(p->e, "name")) {
        return pl_tuple2(p->e, pl_bif_atom(p->e, "name"), f->name);
    }
    return pl_bif_badarg(p);
}

PL_BIF(erlang_fun_info_1)
{
    pl_engine *e = p->e;
    if (!pl_is_fun(args[0])) {
        return pl_bif_badarg(p);
    }
    const pl_fun *f = pl_fun_of(args[0]);
    pl_term items[5] = {
        pl_tuple2(e, PL_A(module), f->mod),
        pl_tuple2(e, pl_bif_atom(e, "name"), f->name),
        pl_tuple2(e, PL_A(arity), pl_small(f->arity)),
        pl_tuple2(e, pl_bif_atom(e, "env"), PL_NIL),
        pl_tuple2(e, pl_bif_atom(e, "type"), pl_bif_atom(e, f->fn ? "local" : "external")),
    };
    pl_term r = pl_list_from_array(e, items, 5);
    for (int i = 0; i < 5; i++) {
        pl_release(e, items[i]);
    }
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}
