/* :ets.update_counter/3,4 and update_element/3 (read, change a copy, write back
 * in one BIF, so they are atomic as on the BEAM), and :persistent_term. */
#include "bif_ets.h"
#include "../term_order.h"

/* A copy of [obj] (borrowed) to change. */
static pl_term copy_tuple(pl_engine *e, pl_term obj)
{
    uint64_t n = pl_tuple_arity(obj);
    pl_term c = pl_tuple_new(e, n);
    for (uint64_t i = 0; c != PL_NONE && i < n; i++) {
        pl_tuple_of(c)->el[i] = pl_retain(pl_tuple_get(obj, i));
    }
    return c;
}

static pl_term int_add(pl_engine *e, pl_term a, pl_term b)
{
    if (pl_is_small(a) && pl_is_small(b)) {
        return pl_int64(e, pl_small_value(a) + pl_small_value(b));
    }
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    pl_to_mpz(x, a);
    pl_to_mpz(y, b);
    mpz_add(x, x, y);
    pl_term r = pl_big_from_mpz(e, x);
    mpz_clear(x);
    mpz_clear(y);
    return r;
}

typedef struct counter_op {
    uint64_t pos;
    pl_term incr, threshold, setvalue;   // borrowed; threshold PL_NONE if absent
} counter_op;

/* Parses one operation; NULL on success, else OTP's explanation. */
static const char *parse_op(const pl_ets_table *t, pl_term op, pl_term obj, counter_op *out)
{
    out->threshold = out->setvalue = PL_NONE;
    if (pl_is_integer(op)) {
        out->pos = pl_ets_keypos(t) + 1;
        out->incr = op;
    } else if (pl_is_tuple(op) && (pl_tuple_arity(op) == 2 || pl_tuple_arity(op) == 4)) {
        pl_term pos = pl_tuple_get(op, 0);
        out->incr = pl_tuple_get(op, 1);
        if (!pl_is_small(pos) || !pl_is_integer(out->incr)) {
            return "not a valid update operation";
        }
        if (pl_tuple_arity(op) == 4) {
            out->threshold = pl_tuple_get(op, 2);
            out->setvalue = pl_tuple_get(op, 3);
            if (!pl_is_integer(out->threshold) || !pl_is_integer(out->setvalue)) {
                return "not a valid update operation";
            }
        }
        if (pl_small_value(pos) < 1) {
            return "the position in the update operation is out of range";
        }
        out->pos = (uint64_t)pl_small_value(pos);
    } else {
        return "not a valid update operation";
    }
    if (out->pos == pl_ets_keypos(t)) {
        return "the position is the same as the key position";
    }
    if (out->pos > pl_tuple_arity(obj)) {
        return "the position in the update operation is out of range";
    }
    if (!pl_is_integer(pl_tuple_get(obj, out->pos - 1))) {
        return "the value in the given position, in the object, is not an integer";
    }
    return NULL;
}

/* Applies [op] to the copy [obj]; returns the new value (a new reference). */
static pl_term apply_op(pl_engine *e, pl_term obj, const counter_op *op)
{
    pl_term *slot = &pl_tuple_of(obj)->el[op->pos - 1];
    pl_term v = int_add(e, *slot, op->incr);
    if (v != PL_NONE && op->threshold != PL_NONE) {
        bool up = pl_compare(e, op->incr, pl_small(0)) >= 0;
        int c = pl_compare(e, v, op->threshold);
        if ((up && c > 0) || (!up && c < 0)) {
            pl_release(e, v);
            v = pl_retain(op->setvalue);
        }
    }
    if (v != PL_NONE) {
        pl_release(e, *slot);
        *slot = pl_retain(v);
    }
    return v;
}

/* The object to update: the stored one, or [dflt] with its key set to [key]. */
static pl_term counter_target(pl_proc *p, const pl_ets_table *t, pl_term key, pl_term dflt,
                              bool *raised)
{
    *raised = true;
    pl_term obj = pl_ets_lookup_first(p->e, t, key);
    if (obj != PL_NONE) {
        *raised = false;
        return copy_tuple(p->e, obj);
    }
    if (dflt == PL_NONE) {
        return pl_bif_badarg_at(p, 2, PL_ETS_ENOKEY);
    }
    if (!pl_is_tuple(dflt)) {
        return pl_bif_badarg_at(p, 4, "not a tuple");
    }
    if (!pl_bif_ets_fits(t, dflt)) {
        return pl_bif_badarg(p);
    }
    *raised = false;
    pl_term c = copy_tuple(p->e, dflt);
    if (c != PL_NONE) {
        pl_term *slot = &pl_tuple_of(c)->el[pl_ets_keypos(t) - 1];
        pl_release(p->e, *slot);
        *slot = pl_retain(key);
    }
    return c;
}

/* Applies the parsed [ops] to [target], keeping the new values in [vals]. */
static bool apply_ops(pl_engine *e, pl_term target, const counter_op *ops, pl_term *vals, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        if ((vals[i] = apply_op(e, target, &ops[i])) == PL_NONE) {
            for (int64_t j = 0; j < i; j++) {
                pl_release(e, vals[j]);
            }
            return false;
        }
    }
    return true;
}

/* Every operation is checked before any is applied, so a bad one changes
 * nothing. The stored object is changed in place when the table holds the only
 * reference to it (nobody can see the change); otherwise a copy replaces it. */
static pl_term update_counter(pl_proc *p, const pl_term *args, pl_term dflt)
{
    enum { FEW = 8 };
    pl_engine *e = p->e;
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    pl_ets_type ty = pl_ets_type_of(t);
    if (ty == PL_ETS_BAG || ty == PL_ETS_DUPLICATE_BAG) {
        return pl_bif_badarg_at(p, 1, PL_ETS_ETYPE);
    }
    pl_term *slot = pl_ets_object_slot(e, t, args[1]);
    pl_term obj = slot ? *slot : PL_NONE;
    if (!slot) {
        bool raised;
        obj = counter_target(p, t, args[1], dflt, &raised);
        if (obj == PL_NONE) {
            return raised ? PL_NONE : pl_bif_nomem(p);
        }
    }
    bool many = pl_is_list(args[2]);
    int64_t nops = many ? pl_list_length(args[2]) : 1;
    counter_op few_ops[FEW], *ops = few_ops;
    pl_term few_vals[FEW], *vals = few_vals;
    const char *why = nops < 0 ? "not a valid update operation" : NULL;
    if (!why && nops > FEW) {
        ops = malloc((size_t)nops * sizeof *ops);
        vals = malloc((size_t)nops * sizeof *vals);
        why = ops && vals ? NULL : "";
    }
    pl_term l = args[2];
    for (int64_t i = 0; !why && i < nops; i++) {
        why = parse_op(t, many ? pl_head(l) : args[2], obj, &ops[i]);
        l = many ? pl_tail(l) : l;
    }
    pl_term out = PL_NONE;
    if (!why) {
        pl_term target = obj;
        if (slot && pl_box_of(obj)->rc != 1) {
            target = copy_tuple(e, obj);
        }
        if (target != PL_NONE && apply_ops(e, target, ops, vals, nops)) {
            bool stored = true;
            if (!slot) {
                stored = pl_ets_insert(e, t, target);
            } else if (target != obj) {
                pl_release(e, *slot);
                *slot = pl_retain(target);
            }
            if (stored) {
                out = many ? pl_list_from_array(e, vals, (size_t)nops) : pl_retain(vals[0]);
            }
            for (int64_t i = 0; i < nops; i++) {
                pl_release(e, vals[i]);
            }
        }
        if (target != obj) {
            pl_release(e, target);
        }
    }
    if (!slot) {
        pl_release(e, obj);
    }
    if (ops != few_ops) {
        free(ops);
        free(vals);
    }
    if (why && *why) {
        return pl_bif_badarg_at(p, 3, why);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* The commonest call, update_counter(t, key, incr): a small increment of the
 * small integer after the key, in an object only the table holds, which [p]
 * may write. Added in place. PL_NONE, with nothing changed or raised, leaves
 * every other case to update_counter, which gives the same result. */
static pl_term counter_fast(pl_proc *p, const pl_term *args)
{
    pl_ets_table *t = pl_is_small(args[2]) ? pl_ets_find(p->e, args[0]) : NULL;
    pl_ets_info info;
    if (t) {
        pl_ets_get_info(t, &info);
    }
    if (!t || info.opts.type != PL_ETS_SET ||
        (info.owner != p->serial && info.opts.access != PL_ETS_PUBLIC)) {
        return PL_NONE;
    }
    pl_term *slot = pl_ets_object_slot(p->e, t, args[1]);
    if (!slot || pl_box_of(*slot)->rc != 1) {
        return PL_NONE;
    }
    uint64_t pos = (uint64_t)info.opts.keypos + 1;
    pl_term *cell = pos <= pl_tuple_arity(*slot) ? &pl_tuple_of(*slot)->el[pos - 1] : NULL;
    if (!cell || !pl_is_small(*cell)) {
        return PL_NONE;
    }
    int64_t v = pl_small_value(*cell) + pl_small_value(args[2]);
    if (!pl_fits_small(v)) {
        return PL_NONE;
    }
    *cell = pl_small(v);
    return *cell;
}

PL_BIF(ets_update_counter_3)
{
    pl_term r = counter_fast(p, args);
    return r != PL_NONE ? r : update_counter(p, args, PL_NONE);
}
PL_BIF(ets_update_counter_4) { return update_counter(p, args, args[3]); }

/* Checks one {pos, value} of update_element against [obj]. */
static const char *check_element_op(const pl_ets_table *t, pl_term op, pl_term obj)
{
    if (!pl_is_tuple(op) || pl_tuple_arity(op) != 2 || !pl_is_small(pl_tuple_get(op, 0))) {
        return "not a valid update operation";
    }
    int64_t pos = pl_small_value(pl_tuple_get(op, 0));
    if (pos == (int64_t)pl_ets_keypos(t)) {
        return "the position is the same as the key position";
    }
    if (pos < 1 || (uint64_t)pos > pl_tuple_arity(obj)) {
        return "out of range";
    }
    return NULL;
}

PL_BIF(ets_update_element_3)
{
    pl_engine *e = p->e;
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    pl_ets_type ty = pl_ets_type_of(t);
    if (ty == PL_ETS_BAG || ty == PL_ETS_DUPLICATE_BAG) {
        return pl_bif_badarg_at(p, 3, "out of range"); /* sic: OTP 25's explanation */
    }
    bool many = pl_is_list(args[2]);
    if (many && pl_list_length(args[2]) < 0) {
        return pl_bif_badarg_at(p, 3, "not a valid update operation");
    }
    pl_term found = pl_ets_lookup_first(e, t, args[1]);
    if (found == PL_NONE) {
        return PL_FALSE;
    }
    pl_term l = many ? args[2] : PL_NONE;
    for (pl_term op = many ? PL_NONE : args[2];;) {
        if (many) {
            if (!pl_is_cons(l)) {
                break;
            }
            op = pl_head(l);
            l = pl_tail(l);
        }
        const char *why = check_element_op(t, op, found);
        if (why) {
            return pl_bif_badarg_at(p, 3, why);
        }
        if (!many) {
            break;
        }
    }
    pl_term obj = copy_tuple(e, found);
    if (obj == PL_NONE) {
        return pl_bif_nomem(p);
    }
    l = many ? args[2] : PL_NONE;
    for (pl_term op = many ? PL_NONE : args[2];;) {
        if (many) {
            if (!pl_is_cons(l)) {
                break;
            }
            op = pl_head(l);
            l = pl_tail(l);
        }
        pl_term *slot = &pl_tuple_of(obj)->el[pl_small_value(pl_tuple_get(op, 0)) - 1];
        pl_release(e, *slot);
        *slot = pl_retain(pl_tuple_get(op, 1));
        if (!many) {
            break;
        }
    }
    bool ok = pl_ets_insert(e, t, obj);
    pl_release(e, obj);
    return ok ? PL_TRUE : pl_bif_nomem(p);
}

/* ---- :persistent_term ---- */

PL_BIF(persistent_term_put_2)
{
    return pl_pterm_put(p->e, args[0], args[1]) ? PL_A(ok) : pl_bif_nomem(p);
}

PL_BIF(persistent_term_get_1)
{
    pl_term v = pl_pterm_get(p->e, args[0]);
    if (v == PL_NONE) {
        return pl_bif_badarg_at(p, 1, "no persistent term stored with this key");
    }
    return pl_retain(v);
}

PL_BIF(persistent_term_get_2)
{
    pl_term v = pl_pterm_get(p->e, args[0]);
    return pl_retain(v == PL_NONE ? args[1] : v);
}

PL_BIF(persistent_term_get_0)
{
    pl_term l = pl_pterm_list(p->e);
    return l == PL_NONE ? pl_bif_nomem(p) : l;
}

PL_BIF(persistent_term_erase_1) { return pl_bool(pl_pterm_erase(p->e, args[0])); }
