/* Map and :maps first-order built-ins. A non-map argument raises {:badmap, term}
 * and a missing key {:badkey, key} (the map is in the stacktrace), which the runtime turns into
 * BadMapError / KeyError exactly as Elixir prints them. */
#include "bif.h"
#include "bif_enum.h"
#include "../map.h"
#include "../term_order.h"

static pl_term badmap(pl_proc *p, pl_term t)
{
    return pl_bif_error(p, pl_tuple2(p->e, PL_A(badmap), pl_retain(t)));
}

static pl_term badkey(pl_proc *p, pl_term key, pl_term map)
{
    (void)map; /* the map is found again in the stacktrace's arguments, as the BEAM does */
    return pl_bif_error(p, pl_tuple2(p->e, PL_A(badkey), pl_retain(key)));
}

/* A map from the pairs of [n] parallel borrowed arrays (new reference or raised). */
static pl_term from_arrays(pl_proc *p, const pl_term *k, const pl_term *v, size_t n)
{
    return pl_enum_ok(p, pl_map_from_arrays(p->e, k, v, n));
}

/* Keeps or drops ([keep] false) the keys of [m] listed in [keys]. */
static pl_term select_keys(pl_proc *p, pl_term m, pl_term keys, bool keep)
{
    pl_engine *e = p->e;
    if (!pl_is_map(m)) {
        return badmap(p, m);
    }
    if (pl_list_length(keys) < 0) {
        return pl_bif_badarg(p);
    }
    uint64_t n = pl_map_size(m);
    bool *mark = calloc(n ? n : 1, sizeof *mark);
    pl_term *k = malloc((n ? n : 1) * sizeof *k), *v = malloc((n ? n : 1) * sizeof *v);
    pl_term r = PL_NONE;
    if (mark && k && v) {
        for (pl_term l = keys; pl_is_cons(l); l = pl_tail(l)) {
            int64_t i = pl_map_find(e, m, pl_head(l));
            if (i >= 0) {
                mark[i] = true;
            }
        }
        size_t c = 0;
        for (uint64_t i = 0; i < n; i++) {
            if (mark[i] == keep) {
                k[c] = pl_map_key(m, i);
                v[c++] = pl_map_val(m, i);
            }
        }
        r = from_arrays(p, k, v, c);
    } else {
        pl_bif_nomem(p);
    }
    free(mark);
    free(k);
    free(v);
    return r;
}

/* ---- Map ---- */

PL_BIF(map_new_0) { return pl_enum_ok(p, pl_map_empty(p->e)); }

PL_BIF(map_new_1)
{
    pl_term t = args[0];
    if (pl_is_map(t) && pl_map_get(p->e, t, PL_A(__struct__)) == PL_NONE) {
        return pl_retain(t);
    }
    pl_term list = pl_enum_list(p, t);
    if (list == PL_NONE) {
        return PL_NONE;
    }
    pl_term r = pl_bif_maps_from_list_1(p, &list);
    pl_release(p->e, list);
    return r;
}

PL_BIF(map_get_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    pl_term v = pl_map_get(p->e, args[0], args[1]);
    return v == PL_NONE ? PL_ATOM_NIL : pl_retain(v);
}

PL_BIF(map_get_3)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    pl_term v = pl_map_get(p->e, args[0], args[1]);
    return pl_retain(v == PL_NONE ? args[2] : v);
}

PL_BIF(map_fetch_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    pl_term v = pl_map_get(p->e, args[0], args[1]);
    return v == PL_NONE ? PL_A(error) : pl_enum_ok(p, pl_tuple2(p->e, PL_A(ok), pl_retain(v)));
}

PL_BIF(map_fetch_bang_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    pl_term v = pl_map_get(p->e, args[0], args[1]);
    return v == PL_NONE ? badkey(p, args[1], args[0]) : pl_retain(v);
}

PL_BIF(map_put_3)
{
    pl_term a[3] = { args[1], args[2], args[0] };
    return pl_bif_maps_put_3(p, a);
}

PL_BIF(map_delete_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    return pl_enum_ok(p, pl_map_remove(p->e, args[0], args[1]));
}

PL_BIF(map_has_key_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    return pl_bool(pl_map_find(p->e, args[0], args[1]) >= 0);
}

/* Keys, values or {k, v} pairs in map order. [what]: 0 keys, 1 values, 2 pairs. */
static pl_term map_list(pl_proc *p, pl_term m, int what)
{
    pl_engine *e = p->e;
    if (!pl_is_map(m)) {
        return badmap(p, m);
    }
    pl_term out = PL_NIL;
    for (uint64_t i = pl_map_size(m); i > 0 && out != PL_NONE; i--) {
        pl_term k = pl_map_key(m, i - 1), v = pl_map_val(m, i - 1);
        pl_term x = what == 0   ? pl_retain(k)
                    : what == 1 ? pl_retain(v)
                                : pl_tuple2(e, pl_retain(k), pl_retain(v));
        out = pl_cons_new(e, x, out);
    }
    return pl_enum_ok(p, out);
}

PL_BIF(map_keys_1) { return map_list(p, args[0], 0); }
PL_BIF(map_values_1) { return map_list(p, args[0], 1); }
PL_BIF(map_to_list_1) { return map_list(p, args[0], 2); }

/* Map.merge: right wins. */
static pl_term merge(pl_proc *p, pl_term a, pl_term b)
{
    pl_engine *e = p->e;
    if (!pl_is_map(a)) {
        return badmap(p, a);
    }
    if (!pl_is_map(b)) {
        return badmap(p, b);
    }
    if (pl_map_size(b) == 0) {
        return pl_retain(a);
    }
    size_t n = pl_map_size(a) + pl_map_size(b);
    pl_term *k = malloc(n * sizeof *k), *v = malloc(n * sizeof *v);
    pl_term r = PL_NONE;
    if (k && v) {
        size_t c = 0;
        for (pl_term m = a;; m = b) {
            for (uint64_t i = 0; i < pl_map_size(m); i++, c++) {
                k[c] = pl_map_key(m, i);
                v[c] = pl_map_val(m, i);
            }
            if (m == b) {
                break;
            }
        }
        r = from_arrays(p, k, v, c);
    } else {
        pl_bif_nomem(p);
    }
    free(k);
    free(v);
    (void)e;
    return r;
}

PL_BIF(map_merge_2) { return merge(p, args[0], args[1]); }
PL_BIF(map_take_2) { return select_keys(p, args[0], args[1], true); }
PL_BIF(map_drop_2) { return select_keys(p, args[0], args[1], false); }

PL_BIF(map_split_2)
{
    pl_term a = select_keys(p, args[0], args[1], true);
    if (a == PL_NONE) {
        return PL_NONE;
    }
    pl_term b = select_keys(p, args[0], args[1], false);
    if (b == PL_NONE) {
        pl_release(p->e, a);
        return PL_NONE;
    }
    return pl_enum_ok(p, pl_tuple2(p->e, a, b));
}

PL_BIF(map_from_struct_1)
{
    pl_term t = args[0];
    if (pl_is_atom(t)) {
        t = pl_bif_make_struct(p->e, t);
        pl_term r = pl_map_remove(p->e, t, PL_A(__struct__));
        pl_release(p->e, t);
        return pl_enum_ok(p, r);
    }
    if (!pl_is_map(t) || pl_map_get(p->e, t, PL_A(__struct__)) == PL_NONE) {
        return pl_bif_error(p, PL_A(function_clause));
    }
    return pl_enum_ok(p, pl_map_remove(p->e, t, PL_A(__struct__)));
}

PL_BIF(map_put_new_3)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    if (pl_map_find(p->e, args[0], args[1]) >= 0) {
        return pl_retain(args[0]);
    }
    return pl_enum_ok(p, pl_map_put(p->e, args[0], pl_retain(args[1]), pl_retain(args[2])));
}

static pl_term pop(pl_proc *p, pl_term m, pl_term key, pl_term dflt, bool bang)
{
    if (!pl_is_map(m)) {
        return badmap(p, m);
    }
    pl_term v = pl_map_get(p->e, m, key);
    if (v == PL_NONE) {
        return bang ? badkey(p, key, m) : pl_enum_ok(p, pl_tuple2(p->e, pl_retain(dflt), pl_retain(m)));
    }
    pl_term rest = pl_map_remove(p->e, m, key);
    if (rest == PL_NONE) {
        return pl_bif_nomem(p);
    }
    return pl_enum_ok(p, pl_tuple2(p->e, pl_retain(v), rest));
}

PL_BIF(map_pop_2) { return pop(p, args[0], args[1], PL_ATOM_NIL, false); }
PL_BIF(map_pop_3) { return pop(p, args[0], args[1], args[2], false); }
PL_BIF(map_pop_bang_2) { return pop(p, args[0], args[1], PL_NONE, true); }

static pl_term replace(pl_proc *p, pl_term m, pl_term key, pl_term v, bool bang)
{
    if (!pl_is_map(m)) {
        return badmap(p, m);
    }
    if (pl_map_find(p->e, m, key) < 0) {
        return bang ? badkey(p, key, m) : pl_retain(m);
    }
    return pl_enum_ok(p, pl_map_put(p->e, m, pl_retain(key), pl_retain(v)));
}

PL_BIF(map_replace_3) { return replace(p, args[0], args[1], args[2], false); }
PL_BIF(map_replace_bang_3) { return replace(p, args[0], args[1], args[2], true); }

PL_BIF(map_equal_2)
{
    if (!pl_is_map(args[0])) {
        return badmap(p, args[0]);
    }
    if (!pl_is_map(args[1])) {
        return badmap(p, args[1]);
    }
    return pl_bool(pl_exact_eq(args[0], args[1]));
}

PL_BIF(map_from_keys_2)
{
    pl_term *k;
    size_t n;
    if (!pl_enum_array(args[0], &k, &n)) {
        return pl_bif_badarg(p);
    }
    pl_term *v = malloc((n ? n : 1) * sizeof *v);
    pl_term r = PL_NONE;
    if (v) {
        for (size_t i = 0; i < n; i++) {
            v[i] = args[1];
        }
        r = from_arrays(p, k, v, n);
    } else {
        pl_bif_nomem(p);
    }
    free(k);
    free(v);
    return r;
}

PL_BIF(map_size_1) { return pl_bif_erlang_map_size_1(p, args); }

/* ---- :maps (argument order: key first, map last) ---- */

PL_BIF(maps_get_2)
{
    if (!pl_is_map(args[1])) {
        return badmap(p, args[1]);
    }
    pl_term v = pl_map_get(p->e, args[1], args[0]);
    return v == PL_NONE ? badkey(p, args[0], args[1]) : pl_retain(v);
}

PL_BIF(maps_get_3)
{
    if (!pl_is_map(args[1])) {
        return badmap(p, args[1]);
    }
    pl_term v = pl_map_get(p->e, args[1], args[0]);
    return pl_retain(v == PL_NONE ? args[2] : v);
}

PL_BIF(maps_find_2)
{
    pl_term a[2] = { args[1], args[0] };
    return pl_bif_map_fetch_2(p, a);
}

PL_BIF(maps_is_key_2)
{
    pl_term a[2] = { args[1], args[0] };
    return pl_bif_map_has_key_2(p, a);
}

PL_BIF(maps_remove_2)
{
    pl_term a[2] = { args[1], args[0] };
    return pl_bif_map_delete_2(p, a);
}

PL_BIF(maps_update_3)
{
    pl_term a[3] = { args[2], args[0], args[1] };
    return pl_bif_map_replace_bang_3(p, a);
}

PL_BIF(maps_with_2) { return select_keys(p, args[1], args[0], true); }
PL_BIF(maps_without_2) { return select_keys(p, args[1], args[0], false); }

PL_BIF(maps_take_2)
{
    if (!pl_is_map(args[1])) {
        return badmap(p, args[1]);
    }
    if (pl_map_find(p->e, args[1], args[0]) < 0) {
        return PL_A(error);
    }
    return pop(p, args[1], args[0], PL_ATOM_NIL, false);
}

PL_BIF(maps_from_keys_2) { return pl_bif_map_from_keys_2(p, args); }
