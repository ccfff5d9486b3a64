/* ETS storage (engine/ets.c): set/bag semantics, ordered_set term order, walking,
 * owner death, persistent terms; and the BIFs' access rules through scripts. */
#include "helpers.h"
#include "ets.h"

static pl_engine *e;
static void setup(void) { e = pl_test_engine(); }
static void teardown(void) { pl_engine_free(e); }

static pl_ets_table *table(pl_ets_type type)
{
    pl_ets_opts o = { .type = type, .access = PL_ETS_PUBLIC, .keypos = 1 };
    pl_ets_table *t = pl_ets_new(e, pl_test_atom(e, "t"), &o, 1);
    ck_assert_ptr_nonnull(t);
    return t;
}

static pl_term pair(int64_t k, int64_t v) { return pl_tuple2(e, pl_small(k), pl_small(v)); }

static void insert(pl_ets_table *t, int64_t k, int64_t v)
{
    pl_term obj = pair(k, v);
    ck_assert(pl_ets_insert(e, t, obj));
    pl_release(e, obj);
}

static int64_t value_of(pl_ets_table *t, int64_t k)
{
    pl_term obj = pl_ets_lookup_first(e, t, pl_small(k));
    return obj == PL_NONE ? -1 : pl_small_value(pl_tuple_get(obj, 1));
}

START_TEST(set_replaces_and_deletes)
{
    pl_ets_table *t = table(PL_ETS_SET);
    insert(t, 1, 10);
    insert(t, 2, 20);
    insert(t, 1, 11);
    ck_assert_int_eq(value_of(t, 1), 11);
    ck_assert_int_eq(value_of(t, 2), 20);
    ck_assert_uint_eq(pl_ets_delete_key(e, t, pl_small(1)), 1);
    ck_assert_int_eq(value_of(t, 1), -1);
    pl_ets_info in;
    pl_ets_get_info(t, &in);
    ck_assert_uint_eq(in.size, 1);
}
END_TEST

START_TEST(bag_keeps_distinct_objects_in_order)
{
    pl_ets_table *t = table(PL_ETS_BAG);
    insert(t, 1, 10);
    insert(t, 2, 20);
    insert(t, 1, 11);
    insert(t, 1, 10);
    pl_term l = pl_ets_lookup(e, t, pl_small(1));
    ck_assert_int_eq(pl_list_length(l), 2);
    ck_assert_int_eq(pl_small_value(pl_tuple_get(pl_head(l), 1)), 10);
    pl_release(e, l);
    /* a walk groups a key's objects: 1,1 then 2 */
    pl_ets_iter it;
    pl_ets_iter_init(&it, t);
    int64_t keys[3];
    for (int i = 0; i < 3; i++) {
        keys[i] = pl_small_value(pl_tuple_get(pl_ets_iter_next(&it), 0));
    }
    ck_assert_int_eq(keys[0], 1);
    ck_assert_int_eq(keys[1], 1);
    ck_assert_int_eq(keys[2], 2);
    ck_assert(pl_ets_iter_next(&it) == PL_NONE);
    pl_ets_iter_done(&it);
}
END_TEST

START_TEST(ordered_set_walks_in_term_order)
{
    pl_ets_table *t = table(PL_ETS_ORDERED_SET);
    int64_t ks[] = { 5, -3, 9, 0, 7 };
    for (int i = 0; i < 5; i++) {
        insert(t, ks[i], i);
    }
    ck_assert_int_eq(pl_small_value(pl_ets_first_key(t)), -3);
    ck_assert_int_eq(pl_small_value(pl_ets_last_key(t)), 9);
    bool missing;
    ck_assert_int_eq(pl_small_value(pl_ets_next_key(e, t, pl_small(1), &missing)), 5);
    ck_assert_int_eq(pl_small_value(pl_ets_prev_key(e, t, pl_small(5), &missing)), 0);
    ck_assert(pl_ets_next_key(e, t, pl_small(9), &missing) == PL_NONE);
}
END_TEST

START_TEST(owner_death_frees_its_tables)
{
    pl_ets_table *t = table(PL_ETS_SET);
    insert(t, 1, 1);
    pl_term id = pl_ets_id(t);
    ck_assert_ptr_eq(pl_ets_find(e, id), t);
    pl_ets_owner_died(e, 2);
    ck_assert_ptr_eq(pl_ets_find(e, id), t);
    pl_ets_owner_died(e, 1);
    ck_assert_ptr_null(pl_ets_find(e, id));
}
END_TEST

START_TEST(persistent_terms)
{
    pl_term k = pl_test_atom(e, "k");
    ck_assert(pl_pterm_get(e, k) == PL_NONE);
    ck_assert(pl_pterm_put(e, k, pl_small(3)));
    ck_assert(pl_pterm_get(e, k) == pl_small(3));
    ck_assert(pl_pterm_erase(e, k));
    ck_assert(!pl_pterm_erase(e, k));
}
END_TEST

/* 100k inserts, lookups and deletes in each kind of table, keys scrambled. */
START_TEST(hundred_thousand_objects)
{
    pl_ets_type types[] = { PL_ETS_SET, PL_ETS_ORDERED_SET, PL_ETS_DUPLICATE_BAG };
    for (int ty = 0; ty < 3; ty++) {
        pl_ets_table *t = table(types[ty]);
        const int64_t n = 100000;
        for (int64_t i = 0; i < n; i++) {
            insert(t, (i * 7919) % n, i);
        }
        for (int64_t k = 0; k < n; k++) {
            ck_assert_int_eq((value_of(t, k) * 7919) % n, k);
        }
        for (int64_t k = 0; k < n; k += 2) {
            ck_assert_uint_eq(pl_ets_delete_key(e, t, pl_small(k)), 1);
        }
        pl_ets_iter it;
        pl_ets_iter_init(&it, t);
        int64_t count = 0, prev = -1;
        for (pl_term o; (o = pl_ets_iter_next(&it)) != PL_NONE; count++) {
            int64_t k = pl_small_value(pl_tuple_get(o, 0));
            ck_assert_int_eq(k % 2, 1);
            if (types[ty] == PL_ETS_ORDERED_SET) {
                ck_assert_int_gt(k, prev);
            }
            prev = k;
        }
        pl_ets_iter_done(&it);
        ck_assert_int_eq(count, n / 2);
        pl_ets_delete_table(e, t);
    }
}
END_TEST

START_TEST(access_rights_and_errors)
{
    pl_test_output out;
    pl_engine *le = pl_test_engine_lib(&out);
    const char *src =
        "t = :ets.new(:t, [:protected])\n"
        ":ets.insert(t, {1, :a})\n"
        "me = self()\n"
        "spawn(fn ->\n"
        "  r = try do :ets.insert(t, {2}) rescue e -> Exception.message(e) end\n"
        "  send(me, {:r, :ets.lookup(t, 1), r})\n"
        "end)\n"
        "receive do {:r, l, r} -> IO.inspect(l); IO.puts(r) end\n";
    ck_assert_int_eq(pl_test_run(le, &out, src), 0);
    ck_assert_str_eq(out.out, "[{1, :a}]\nerrors were found at the given arguments:\n\n"
                              "  * 1st argument: the table identifier refers to an ETS table "
                              "with insufficient access rights\n\n");
    ck_assert_int_eq(pl_test_run(le, &out, ":ets.lookup(:nope, 1)\n"), 1);
    pl_engine_free(le);
}
END_TEST

Suite *ets_suite(void)
{
    Suite *s = suite_create("ets");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, set_replaces_and_deletes);
    tcase_add_test(core, bag_keeps_distinct_objects_in_order);
    tcase_add_test(core, ordered_set_walks_in_term_order);
    tcase_add_test(core, owner_death_frees_its_tables);
    tcase_add_test(core, persistent_terms);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, hundred_thousand_objects);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, access_rights_and_errors);
    suite_add_tcase(s, errors);
    return s;
}
