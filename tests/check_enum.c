/* Enum/List/Map built-ins at the C level: results, stability of the sorts,
 * errors raised on the process, and no leaked bytes on any path (including
 * allocation failures). */
#include "helpers.h"
#include "bif/bif.h"
#include "inspect.h"
#include "map.h"

static pl_engine *e;
static pl_proc *p;
static size_t baseline;

static void setup(void)
{
    e = pl_test_engine();
    p = pl_proc_new(e);
    ck_assert_ptr_nonnull(p);
    baseline = e->alloc.bytes_in_use;
}

static void teardown(void)
{
    pl_proc_clear_exc(p);
    ck_assert_uint_eq(e->alloc.bytes_in_use, baseline);
    pl_proc_free(p);
    pl_engine_free(e);
}

/* inspect(t) compared with [want]; releases [t]. */
static void expect(pl_term t, const char *want)
{
    ck_assert_msg(t != PL_NONE, "BIF failed, wanted %s", want);
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term s = pl_inspect(e, t, &o);
    ck_assert(s != PL_NONE);
    ck_assert_int_eq((int)pl_bin_of(s)->len, (int)strlen(want));
    ck_assert_msg(memcmp(pl_bin_of(s)->data, want, strlen(want)) == 0, "got %.*s, want %s",
                  (int)pl_bin_of(s)->len, pl_bin_of(s)->data, want);
    pl_release(e, s);
    pl_release(e, t);
}

static pl_term ints(const int64_t *v, size_t n)
{
    pl_term out = PL_NIL;
    for (size_t i = n; i > 0; i--) {
        out = pl_cons_new(e, pl_small(v[i - 1]), out);
    }
    return out;
}

static pl_term range(int64_t a, int64_t b, int64_t s)
{
    pl_term args[3] = { pl_small(a), pl_small(b), pl_small(s) };
    return pl_bif_range_new_3(p, args);
}

/* The struct name of the pending exception, or its reason's first element. */
static const char *exc_name(void)
{
    pl_term r = p->exc_reason;
    if (pl_is_map(r)) {
        r = pl_map_get(e, r, pl_test_atom(e, "__struct__"));
    } else if (pl_is_tuple(r)) {
        r = pl_tuple_get(r, 0);
    }
    return pl_is_atom(r) ? pl_atom_name(&e->atoms, r) : "?";
}

/* ---- Core ---- */

START_TEST(sort_is_stable_and_desc_keeps_ties_in_order)
{
    pl_term one_f = pl_float_new(e, 1.0);
    pl_term items[] = { pl_small(2), one_f, pl_small(3), pl_small(1) };
    pl_term l = pl_list_from_array(e, items, 4);
    pl_term a[2] = { l, PL_TRUE };
    expect(pl_bif_enum_sort_dir_2(p, a), "[3, 2, 1.0, 1]");
    a[1] = PL_FALSE;
    expect(pl_bif_enum_sort_dir_2(p, a), "[1.0, 1, 2, 3]");
    pl_release(e, l);
    pl_release(e, one_f);
}
END_TEST

START_TEST(keyed_sort_orders_pairs_by_their_second_element)
{
    pl_term pairs[3];
    pairs[0] = pl_tuple2(e, pl_test_atom(e, "a"), pl_small(2));
    pairs[1] = pl_tuple2(e, pl_test_atom(e, "b"), pl_small(1));
    pairs[2] = pl_tuple2(e, pl_test_atom(e, "c"), pl_small(2));
    pl_term l = pl_list_from_array(e, pairs, 3);
    pl_term a[2] = { l, PL_FALSE };
    expect(pl_bif_enum_sort_keyed_2(p, a), "[b: 1, a: 2, c: 2]");
    a[1] = PL_TRUE;
    expect(pl_bif_enum_sort_keyed_2(p, a), "[a: 2, c: 2, b: 1]");
    for (int i = 0; i < 3; i++) {
        pl_release(e, pairs[i]);
    }
    pl_release(e, l);
}
END_TEST

START_TEST(uniq_frequencies_and_dedup)
{
    int64_t v[] = { 3, 1, 3, 3, 2, 1 };
    pl_term l = ints(v, 6);
    expect(pl_bif_enum_uniq_1(p, &l), "[3, 1, 2]");
    expect(pl_bif_enum_frequencies_1(p, &l), "%{1 => 2, 2 => 1, 3 => 3}");
    expect(pl_bif_enum_dedup_1(p, &l), "[3, 1, 3, 2, 1]");
    pl_release(e, l);
}
END_TEST

START_TEST(ranges_are_counted_and_summed_without_a_list)
{
    pl_term r = range(1, 10000000000, 1);
    pl_term sum = pl_bif_enum_sum_1(p, &r);
    ck_assert(pl_is_big(sum));
    char *digits = mpz_get_str(NULL, 10, pl_big_value(sum));
    ck_assert_str_eq(digits, "50000000005000000000");
    free(digits);
    pl_release(e, sum);
    expect(pl_bif_enum_count_1(p, &r), "10000000000");
    pl_term a[2] = { r, pl_small(9999999999) };
    ck_assert(pl_bif_enum_member_2(p, a) == PL_TRUE);
    pl_release(e, r);
    r = range(10, 1, -3);
    expect(pl_bif_enum_to_list_1(p, &r), "[10, 7, 4, 1]");
    expect(pl_bif_range_size_1(p, &r), "4");
    pl_release(e, r);
}
END_TEST

START_TEST(take_drop_split_count_from_either_end)
{
    int64_t v[] = { 1, 2, 3, 4, 5 };
    pl_term l = ints(v, 5);
    pl_term a[2] = { l, pl_small(-2) };
    expect(pl_bif_enum_take_2(p, a), "[4, 5]");
    expect(pl_bif_enum_drop_2(p, a), "[1, 2, 3]");
    expect(pl_bif_enum_split_2(p, a), "{[1, 2, 3], [4, 5]}");
    a[1] = pl_small(9);
    expect(pl_bif_enum_take_2(p, a), "[1, 2, 3, 4, 5]");
    a[1] = pl_small(-1);
    expect(pl_bif_enum_at_2(p, a), "5");
    pl_release(e, l);
}
END_TEST

START_TEST(keyfind_compares_with_double_equals)
{
    pl_term f = pl_float_new(e, 1.0);
    pl_term t = pl_tuple2(e, pl_small(1), pl_test_atom(e, "x"));
    pl_term l = pl_list_from_array(e, &t, 1);
    pl_term a[3] = { f, pl_small(1), l };
    expect(pl_bif_lists_keyfind_3(p, a), "{1, :x}");
    pl_term d[2] = { l, f };
    expect(pl_bif_list_delete_2(p, d), "[{1, :x}]");
    pl_release(e, l);
    pl_release(e, t);
    pl_release(e, f);
}
END_TEST

START_TEST(flatten_handles_deep_nesting_without_recursion)
{
    pl_term l = PL_NIL;
    for (int i = 0; i < 200000; i++) {
        l = pl_cons_new(e, l, pl_cons_new(e, pl_small(i), PL_NIL));
    }
    pl_term r = pl_bif_lists_flatten_1(p, &l);
    ck_assert(r != PL_NONE);
    ck_assert_int_eq(pl_list_length(r), 200000);
    ck_assert_int_eq(pl_small_value(pl_head(r)), 0);
    pl_release(e, r);
    pl_release(e, l);
}
END_TEST

START_TEST(map_merge_take_drop)
{
    pl_term k[3] = { pl_test_atom(e, "a"), pl_test_atom(e, "b"), pl_test_atom(e, "c") };
    pl_term v[3] = { pl_small(1), pl_small(2), pl_small(3) };
    pl_term m1 = pl_map_from_arrays(e, k, v, 2);
    pl_term m2 = pl_map_from_arrays(e, k + 1, v, 2);
    pl_term a[2] = { m1, m2 };
    expect(pl_bif_map_merge_2(p, a), "%{a: 1, b: 1, c: 2}");
    pl_term keys = pl_list_from_array(e, k, 2);
    pl_term t[2] = { m2, keys };
    expect(pl_bif_map_take_2(p, t), "%{b: 1}");
    expect(pl_bif_map_drop_2(p, t), "%{c: 2}");
    expect(pl_bif_map_split_2(p, t), "{%{b: 1}, %{c: 2}}");
    pl_release(e, keys);
    pl_release(e, m1);
    pl_release(e, m2);
}
END_TEST

/* ---- Errors ---- */

START_TEST(empty_min_raises_empty_error)
{
    pl_term l = PL_NIL;
    ck_assert(pl_bif_enum_min_1(p, &l) == PL_NONE);
    ck_assert_str_eq(exc_name(), "Elixir.Enum.EmptyError");
}
END_TEST

/* As on the BEAM the reason is {:badkey, key}; the map is found again in the
 * failing call's arguments when the error is turned into a KeyError. */
START_TEST(fetch_bang_raises_badkey)
{
    pl_term k = pl_test_atom(e, "a");
    pl_term m = pl_map_from_arrays(e, &k, &k, 1);
    pl_term a[2] = { m, pl_test_atom(e, "zz") };
    ck_assert(pl_bif_map_fetch_bang_2(p, a) == PL_NONE);
    ck_assert_str_eq(exc_name(), "badkey");
    ck_assert_int_eq((int)pl_tuple_arity(p->exc_reason), 2);
    ck_assert(pl_tuple_get(p->exc_reason, 1) == a[1]);
    pl_proc_clear_exc(p);
    a[0] = PL_NIL;
    ck_assert(pl_bif_map_get_2(p, a) == PL_NONE);
    ck_assert_str_eq(exc_name(), "badmap");
    pl_release(e, m);
}
END_TEST

START_TEST(range_new_rejects_non_integers)
{
    pl_term a[2] = { pl_small(1), pl_test_atom(e, "b") };
    ck_assert(pl_bif_range_new_2(p, a) == PL_NONE);
    ck_assert_str_eq(exc_name(), "Elixir.ArgumentError");
    pl_proc_clear_exc(p);
    ck_assert(range(1, 2, 0) == PL_NONE);
    ck_assert_str_eq(exc_name(), "Elixir.ArgumentError");
}
END_TEST

START_TEST(non_enumerables_raise_protocol_undefined)
{
    pl_term t = pl_small(5);
    ck_assert(pl_bif_enum_reverse_1(p, &t) == PL_NONE);
    ck_assert_str_eq(exc_name(), "Elixir.Protocol.UndefinedError");
    pl_proc_clear_exc(p);
    pl_term sum_bad[2] = { pl_small(1), pl_test_atom(e, "x") };
    pl_term l = pl_list_from_array(e, sum_bad, 2);
    ck_assert(pl_bif_enum_sum_1(p, &l) == PL_NONE);
    ck_assert_str_eq(exc_name(), "badarith");
    pl_release(e, l);
}
END_TEST

/* ---- Limits: every allocation failure is a clean error with nothing leaked ---- */

START_TEST(allocation_failures_leak_nothing)
{
    int64_t v[] = { 5, 3, 9, 1, 3, 7, 2, 8 };
    pl_term l = ints(v, 8);
    pl_term r = range(1, 20, 3);
    size_t before = e->alloc.bytes_in_use;
    for (long n = 0; n < 40; n++) {
        pl_term outs[8];
        pl_term a2[2] = { l, pl_small(3) };
        pl_term z[2] = { l, r };
        e->alloc.fail_after = n;
        outs[0] = pl_bif_enum_sort_1(p, &l);
        outs[1] = pl_bif_enum_uniq_1(p, &l);
        outs[2] = pl_bif_enum_frequencies_1(p, &l);
        outs[3] = pl_bif_enum_take_2(p, a2);
        outs[4] = pl_bif_enum_zip_2(p, z);
        outs[5] = pl_bif_enum_to_list_1(p, &r);
        outs[6] = pl_bif_enum_split_2(p, a2);
        outs[7] = pl_bif_enum_reverse_1(p, &l);
        e->alloc.fail_after = -1;
        for (int i = 0; i < 8; i++) {
            pl_release(e, outs[i]);
        }
        pl_proc_clear_exc(p);
        ck_assert_uint_eq(e->alloc.bytes_in_use, before);
    }
    pl_release(e, r);
    pl_release(e, l);
}
END_TEST

Suite *enum_suite(void)
{
    Suite *s = suite_create("enum");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, sort_is_stable_and_desc_keeps_ties_in_order);
    tcase_add_test(core, keyed_sort_orders_pairs_by_their_second_element);
    tcase_add_test(core, uniq_frequencies_and_dedup);
    tcase_add_test(core, ranges_are_counted_and_summed_without_a_list);
    tcase_add_test(core, take_drop_split_count_from_either_end);
    tcase_add_test(core, keyfind_compares_with_double_equals);
    tcase_add_test(core, flatten_handles_deep_nesting_without_recursion);
    tcase_add_test(core, map_merge_take_drop);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, empty_min_raises_empty_error);
    tcase_add_test(errors, fetch_bang_raises_badkey);
    tcase_add_test(errors, range_new_rejects_non_integers);
    tcase_add_test(errors, non_enumerables_raise_protocol_undefined);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, allocation_failures_leak_nothing);
    suite_add_tcase(s, limits);
    return s;
}
