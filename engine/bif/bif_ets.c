/* :ets tables as BIFs: new, insert, lookup, delete, walking, info. Updates are in
 * bif_ets_update.c, patterns and match specs in bif_ets_match.c. Access rights
 * are checked here as OTP checks them: private tables belong to their owner,
 * protected ones may be read by anyone. */
#include "bif_ets.h"

pl_ets_table *pl_bif_ets_table(pl_proc *p, pl_term id, pl_bif_ets_need need)
{
    if (!pl_is_atom(id) && !pl_is_ref(id)) {
        pl_bif_badarg_at(p, 1, "not an atom or a table identifier");
        return NULL;
    }
    pl_ets_table *t = pl_ets_find(p->e, id);
    if (!t) {
        pl_bif_badarg_at(p, 1, "the table identifier does not refer to an existing ETS table");
        return NULL;
    }
    pl_ets_access a = pl_ets_access_of(t);
    if (pl_ets_owner(t) != p->serial &&
        (a == PL_ETS_PRIVATE || (a == PL_ETS_PROTECTED && need == PL_ETS_NEED_WRITE))) {
        pl_bif_badarg_at(p, 1,
                         "the table identifier refers to an ETS table with insufficient access rights");
        return NULL;
    }
    return t;
}

/* ---- new/2 ---- */

static bool parse_option(pl_engine *e, pl_term opt, pl_ets_opts *o)
{
    static const char *const types[] = { "set", "ordered_set", "bag", "duplicate_bag" };
    static const char *const access[] = { "private", "protected", "public" };
    if (pl_is_atom(opt)) {
        for (int i = 0; i < 4; i++) {
            if (opt == pl_bif_atom(e, types[i])) {
                o->type = (pl_ets_type)i;
                return true;
            }
        }
        for (int i = 0; i < 3; i++) {
            if (opt == pl_bif_atom(e, access[i])) {
                o->access = (pl_ets_access)i;
                return true;
            }
        }
        if (opt == pl_bif_atom(e, "named_table")) {
            o->named = true;
            return true;
        }
        return opt == pl_bif_atom(e, "compressed");
    }
    if (!pl_is_tuple(opt) || pl_tuple_arity(opt) < 2) {
        return false;
    }
    pl_term k = pl_tuple_get(opt, 0), v = pl_tuple_get(opt, 1);
    if (pl_tuple_arity(opt) == 3) {
        return k == pl_bif_atom(e, "heir") && pl_is_pid(v);
    }
    if (pl_tuple_arity(opt) != 2) {
        return false;
    }
    if (k == pl_bif_atom(e, "keypos")) {
        if (!pl_is_small(v) || pl_small_value(v) < 1 || pl_small_value(v) > UINT32_MAX) {
            return false;
        }
        o->keypos = (uint32_t)pl_small_value(v);
        return true;
    }
    if (k == pl_bif_atom(e, "read_concurrency") && pl_is_bool(v)) {
        o->read_concurrency = v == PL_TRUE;
        return true;
    }
    if (k == pl_bif_atom(e, "write_concurrency") && (pl_is_bool(v) || v == pl_bif_atom(e, "auto"))) {
        o->write_concurrency = v != PL_FALSE;
        return true;
    }
    if (k == pl_bif_atom(e, "decentralized_counters") && pl_is_bool(v)) {
        return true;
    }
    return k == pl_bif_atom(e, "heir") && v == pl_bif_atom(e, "none");
}

PL_BIF(ets_new_2)
{
    pl_engine *e = p->e;
    if (!pl_is_atom(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an atom");
    }
    pl_ets_opts o = { PL_ETS_SET, PL_ETS_PROTECTED, false, false, false, 1 };
    if (!pl_is_list(args[1])) {
        return pl_bif_badarg_at(p, 2, "not a list");
    }
    if (pl_list_length(args[1]) < 0) {
        return pl_bif_badarg_at(p, 2, "not a proper list");
    }
    for (pl_term l = args[1]; pl_is_cons(l); l = pl_tail(l)) {
        if (!parse_option(e, pl_head(l), &o)) {
            return pl_bif_badarg_at(p, 2, "invalid options");
        }
    }
    if (o.named && pl_ets_find(e, args[0])) {
        return pl_bif_badarg_at(p, 1, "table name already exists");
    }
    pl_ets_table *t = pl_ets_new(e, args[0], &o, p->serial);
    if (!t) {
        return pl_bif_nomem(p);
    }
    return o.named ? args[0] : pl_ets_id(t);
}

PL_BIF(ets_whereis_1)
{
    if (!pl_is_atom(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an atom");
    }
    pl_ets_table *t = pl_ets_find(p->e, args[0]);
    return t && pl_ets_named(t) ? pl_ets_id(t) : PL_A(undefined);
}

PL_BIF(ets_all_0)
{
    pl_term out = PL_NIL;
    uint32_t n = 0;
    while (pl_ets_nth(p->e, n)) {
        n++;
    }
    for (uint32_t i = 0; i < n && out != PL_NONE; i++) {
        pl_ets_table *t = pl_ets_nth(p->e, i);
        out = pl_cons_new(p->e, pl_ets_named(t) ? pl_ets_name(t) : pl_ets_id(t), out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* ---- Writing ---- */

/* Checks insert's 2nd argument: a tuple, or a proper list of tuples, each big
 * enough for the key. Raises as OTP does and returns false otherwise. */
static bool check_objects(pl_proc *p, const pl_ets_table *t, pl_term objs)
{
    if (pl_is_tuple(objs)) {
        if (pl_tuple_arity(objs) == 0) {
            pl_bif_badarg_at(p, 2, "is an empty tuple");
            return false;
        }
        if (!pl_bif_ets_fits(t, objs)) {
            pl_bif_badarg(p);
            return false;
        }
        return true;
    }
    if (!pl_is_list(objs)) {
        pl_bif_badarg_at(p, 2, "not a tuple");
        return false;
    }
    pl_term l = objs;
    for (; pl_is_cons(l); l = pl_tail(l)) {
        pl_term o = pl_head(l);
        if (!pl_is_tuple(o) || pl_tuple_arity(o) == 0) {
            break;
        }
        if (!pl_bif_ets_fits(t, o)) {
            pl_bif_badarg(p);
            return false;
        }
    }
    if (l != PL_NIL) {
        pl_bif_badarg_at(p, 2, "not a non-empty tuple or a list of non-empty tuples");
        return false;
    }
    return true;
}

static pl_term insert_all(pl_proc *p, pl_ets_table *t, pl_term objs)
{
    if (pl_is_tuple(objs)) {
        return pl_ets_insert(p->e, t, objs) ? PL_TRUE : pl_bif_nomem(p);
    }
    if (pl_ets_type_of(t) != PL_ETS_BAG) {
        for (pl_term l = objs; pl_is_cons(l); l = pl_tail(l)) {
            if (!pl_ets_insert(p->e, t, pl_head(l))) {
                return pl_bif_nomem(p);
            }
        }
        return PL_TRUE;
    }
    /* A bag takes a list last object first, as OTP 25 does (lookup shows it). */
    pl_term rev = pl_list_reverse(p->e, objs);
    bool ok = rev != PL_NONE;
    for (pl_term l = rev; ok && pl_is_cons(l); l = pl_tail(l)) {
        ok = pl_ets_insert(p->e, t, pl_head(l));
    }
    pl_release(p->e, rev);
    return ok ? PL_TRUE : pl_bif_nomem(p);
}

PL_BIF(ets_insert_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t || !check_objects(p, t, args[1])) {
        return PL_NONE;
    }
    return insert_all(p, t, args[1]);
}

PL_BIF(ets_insert_new_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t || !check_objects(p, t, args[1])) {
        return PL_NONE;
    }
    if (pl_is_tuple(args[1])) {
        if (pl_ets_lookup_first(p->e, t, pl_ets_key(t, args[1])) != PL_NONE) {
            return PL_FALSE;
        }
    } else {
        for (pl_term l = args[1]; pl_is_cons(l); l = pl_tail(l)) {
            if (pl_ets_lookup_first(p->e, t, pl_ets_key(t, pl_head(l))) != PL_NONE) {
                return PL_FALSE;
            }
        }
    }
    return insert_all(p, t, args[1]);
}

PL_BIF(ets_delete_1)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    pl_ets_delete_table(p->e, t);
    return PL_TRUE;
}

PL_BIF(ets_delete_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    pl_ets_delete_key(p->e, t, args[1]);
    return PL_TRUE;
}

PL_BIF(ets_delete_object_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    if (!pl_is_tuple(args[1])) {
        return pl_bif_badarg_at(p, 2, "not a tuple");
    }
    if (pl_bif_ets_fits(t, args[1])) {
        pl_ets_delete_object(p->e, t, args[1]);
    }
    return PL_TRUE;
}

PL_BIF(ets_delete_all_objects_1)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_WRITE);
    if (!t) {
        return PL_NONE;
    }
    pl_ets_delete_all(p->e, t);
    return PL_TRUE;
}

/* ---- Reading ---- */

PL_BIF(ets_lookup_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    if (!t) {
        return PL_NONE;
    }
    pl_term r = pl_ets_lookup(p->e, t, args[1]);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

PL_BIF(ets_member_2)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    if (!t) {
        return PL_NONE;
    }
    return pl_bool(pl_ets_lookup_first(p->e, t, args[1]) != PL_NONE);
}

PL_BIF(ets_lookup_element_3)
{
    pl_engine *e = p->e;
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    if (!t) {
        return PL_NONE;
    }
    if (!pl_is_small(args[2]) || pl_small_value(args[2]) < 1) {
        return pl_bif_badarg_at(p, 3, "out of range");
    }
    uint64_t pos = (uint64_t)pl_small_value(args[2]);
    pl_term objs = pl_ets_lookup(e, t, args[1]);
    if (objs == PL_NONE) {
        return pl_bif_nomem(p);
    }
    if (objs == PL_NIL) {
        return pl_bif_badarg_at(p, 2, PL_ETS_ENOKEY);
    }
    for (pl_term l = objs; pl_is_cons(l); l = pl_tail(l)) {
        if (pl_tuple_arity(pl_head(l)) < pos) {
            pl_release(e, objs);
            return pl_bif_badarg_at(p, 3, "position is greater than the size of the object");
        }
    }
    pl_ets_type ty = pl_ets_type_of(t);
    pl_term out;
    if (ty == PL_ETS_SET || ty == PL_ETS_ORDERED_SET) {
        out = pl_retain(pl_tuple_get(pl_head(objs), pos - 1));
    } else {
        pl_term rev = PL_NIL;
        for (pl_term l = objs; pl_is_cons(l) && rev != PL_NONE; l = pl_tail(l)) {
            rev = pl_cons_new(e, pl_retain(pl_tuple_get(pl_head(l), pos - 1)), rev);
        }
        out = rev == PL_NONE ? PL_NONE : pl_list_reverse(e, rev);
        pl_release(e, rev);
    }
    pl_release(e, objs);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

/* Every object in table order, as a new list. */
static pl_term all_objects(pl_proc *p, const pl_ets_table *t)
{
    pl_ets_iter it;
    bool ok = pl_ets_iter_init(&it, t);
    size_t n = 0, cap = 16;
    pl_term *items = ok ? malloc(cap * sizeof *items) : NULL;
    for (pl_term obj; items && (obj = pl_ets_iter_next(&it)) != PL_NONE;) {
        if (n == cap) {
            pl_term *ni = realloc(items, (cap *= 2) * sizeof *items);
            if (!ni) {
                free(items);
                items = NULL;
                break;
            }
            items = ni;
        }
        items[n++] = obj;
    }
    pl_ets_iter_done(&it);
    pl_term out = items ? pl_list_from_array(p->e, items, n) : PL_NONE;
    free(items);
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(ets_tab2list_1)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    return t ? all_objects(p, t) : PL_NONE;
}

/* ---- Walking by key ---- */

static pl_term key_or_end(pl_proc *p, pl_term key)
{
    return key == PL_NONE ? pl_bif_atom(p->e, "$end_of_table") : pl_retain(key);
}

PL_BIF(ets_first_1)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    return t ? key_or_end(p, pl_ets_first_key(t)) : PL_NONE;
}

PL_BIF(ets_last_1)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    return t ? key_or_end(p, pl_ets_last_key(t)) : PL_NONE;
}

static pl_term step(pl_proc *p, const pl_term *args, bool forward)
{
    pl_ets_table *t = pl_bif_ets_table(p, args[0], PL_ETS_NEED_READ);
    if (!t) {
        return PL_NONE;
    }
    bool missing;
    pl_term k = forward ? pl_ets_next_key(p->e, t, args[1], &missing)
                        : pl_ets_prev_key(p->e, t, args[1], &missing);
    return missing ? pl_bif_badarg_at(p, 2, PL_ETS_ENOKEY) : key_or_end(p, k);
}

PL_BIF(ets_next_2) { return step(p, args, true); }
PL_BIF(ets_prev_2) { return step(p, args, false); }

/* ---- info ---- */

static const char *type_name(pl_ets_type ty)
{
    static const char *const names[] = { "set", "ordered_set", "bag", "duplicate_bag" };
    return names[ty];
}

static const char *access_name(pl_ets_access a)
{
    static const char *const names[] = { "private", "protected", "public" };
    return names[a];
}

static pl_term info_item(pl_engine *e, const pl_ets_info *in, const char *item)
{
    if (!strcmp(item, "id")) return in->id;
    if (!strcmp(item, "decentralized_counters")) return PL_FALSE;
    if (!strcmp(item, "read_concurrency")) return pl_bool(in->opts.read_concurrency);
    if (!strcmp(item, "write_concurrency")) return pl_bool(in->opts.write_concurrency);
    if (!strcmp(item, "compressed")) return PL_FALSE;
    if (!strcmp(item, "memory")) return pl_int64(e, (int64_t)in->words);
    if (!strcmp(item, "owner")) return pl_pid(in->owner);
    if (!strcmp(item, "heir")) return pl_bif_atom(e, "none");
    if (!strcmp(item, "name")) return in->name;
    if (!strcmp(item, "size")) return pl_int64(e, (int64_t)in->size);
    if (!strcmp(item, "node")) return pl_bif_atom(e, "nonode@nohost");
    if (!strcmp(item, "named_table")) return pl_bool(in->opts.named);
    if (!strcmp(item, "type")) return pl_bif_atom(e, type_name(in->opts.type));
    if (!strcmp(item, "keypos")) return pl_small(in->opts.keypos);
    if (!strcmp(item, "protection")) return pl_bif_atom(e, access_name(in->opts.access));
    return PL_NONE;
}

static const char *const info_items[] = {
    "id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed",
    "memory", "owner", "heir", "name", "size", "node", "named_table", "type", "keypos",
    "protection",
};

PL_BIF(ets_info_1)
{
    pl_engine *e = p->e;
    if (!pl_is_atom(args[0]) && !pl_is_ref(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an atom or a table identifier");
    }
    pl_ets_table *t = pl_ets_find(e, args[0]);
    if (!t) {
        return PL_A(undefined);
    }
    pl_ets_info in;
    pl_ets_get_info(t, &in);
    in.words = pl_ets_memory(t);
    size_t n = sizeof info_items / sizeof info_items[0];
    pl_term out = PL_NIL;
    for (size_t i = n; i > 0 && out != PL_NONE; i--) {
        pl_term kv = pl_tuple2(e, pl_bif_atom(e, info_items[i - 1]), info_item(e, &in, info_items[i - 1]));
        out = kv == PL_NONE ? (pl_release(e, out), PL_NONE) : pl_cons_new(e, kv, out);
    }
    return out == PL_NONE ? pl_bif_nomem(p) : out;
}

PL_BIF(ets_info_2)
{
    pl_engine *e = p->e;
    if (!pl_is_atom(args[0]) && !pl_is_ref(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an atom or a table identifier");
    }
    pl_ets_table *t = pl_ets_find(e, args[0]);
    if (!pl_is_atom(args[1])) {
        return pl_bif_badarg_at(p, 2, "not a valid info item");
    }
    const char *item = pl_atom_name(&e->atoms, args[1]);
    bool known = false;
    for (size_t i = 0; i < sizeof info_items / sizeof info_items[0]; i++) {
        known |= !strcmp(item, info_items[i]);
    }
    known |= !strcmp(item, "fixed") || !strcmp(item, "safe_fixed") ||
             !strcmp(item, "safe_fixed_monotonic_time") || !strcmp(item, "stats");
    if (!known) {
        return pl_bif_badarg_at(p, 2, "not a valid info item");
    }
    if (!t) {
        return PL_A(undefined);
    }
    pl_ets_info in;
    pl_ets_get_info(t, &in);
    if (!strcmp(item, "memory")) {
        in.words = pl_ets_memory(t);
    }
    pl_term v = info_item(e, &in, item);
    return v == PL_NONE ? PL_FALSE : v;
}
