/* Terms: immediates, boxes, refcounts, order and equality. */
#include "helpers.h"
#include "term_order.h"

static pl_engine *e;
static void setup(void) { e = pl_test_engine(); }
static void teardown(void)
{
    ck_assert_uint_eq(e->alloc.bytes_in_use, 0); /* every test releases what it made */
    pl_engine_free(e);
}

START_TEST(small_ints_round_trip)
{
    int64_t vals[] = { 0, 1, -1, PL_SMALL_MAX, PL_SMALL_MIN, 123456789 };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        pl_term t = pl_small(vals[i]);
        ck_assert(pl_is_small(t));
        ck_assert_int_eq(pl_small_value(t), vals[i]);
    }
    ck_assert(!pl_is_small(PL_NIL));
    ck_assert(pl_is_atom(PL_TRUE) && pl_is_atom(PL_ATOM_NIL));
}
END_TEST

START_TEST(int64_promotes_to_big)
{
    pl_term t = pl_int64(e, INT64_MAX);
    ck_assert(pl_is_big(t));
    int64_t v;
    ck_assert(pl_get_int64(t, &v));
    ck_assert_int_eq(v, INT64_MAX);
    pl_release(e, t);
}
END_TEST

START_TEST(long_list_frees_without_recursion)
{
    pl_term list = PL_NIL;
    for (int i = 0; i < 1000000; i++) {
        list = pl_cons_new(e, pl_small(i), list);
    }
    ck_assert_int_eq(pl_list_length(list), 1000000);
    pl_release(e, list);
}
END_TEST

START_TEST(term_order_across_types)
{
    pl_term f = pl_float_new(e, 1.0);
    pl_term t = pl_tuple2(e, pl_small(1), pl_small(2));
    pl_term l = pl_cons_new(e, pl_small(1), PL_NIL);
    pl_term b = pl_cstr(e, "a");
    /* number < atom < tuple < [] < list < bitstring */
    ck_assert_int_lt(pl_compare(e, pl_small(5), PL_TRUE), 0);
    ck_assert_int_lt(pl_compare(e, PL_TRUE, t), 0);
    ck_assert_int_lt(pl_compare(e, t, PL_NIL), 0);
    ck_assert_int_lt(pl_compare(e, PL_NIL, l), 0);
    ck_assert_int_lt(pl_compare(e, l, b), 0);
    ck_assert_int_eq(pl_compare(e, pl_small(1), f), 0);
    ck_assert(!pl_exact_eq(pl_small(1), f));
    ck_assert_int_lt(pl_compare_exact(e, pl_small(1), f), 0);
    pl_release(e, f);
    pl_release(e, t);
    pl_release(e, l);
    pl_release(e, b);
}
END_TEST

START_TEST(atoms_order_by_name)
{
    pl_term a = pl_test_atom(e, "apple"), b = pl_test_atom(e, "banana");
    ck_assert_int_lt(pl_compare(e, a, b), 0);
    ck_assert_int_eq(pl_test_atom(e, "apple"), a);
}
END_TEST

START_TEST(alloc_failure_is_reported)
{
    e->alloc.fail_after = 0;
    ck_assert_int_eq(pl_tuple_new(e, 3), PL_NONE);
    e->alloc.fail_after = 0;
    ck_assert_int_eq(pl_cons_new(e, pl_small(1), PL_NIL), PL_NONE);
}
END_TEST

Suite *term_suite(void)
{
    Suite *s = suite_create("term");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, small_ints_round_trip);
    tcase_add_test(core, int64_promotes_to_big);
    tcase_add_test(core, term_order_across_types);
    tcase_add_test(core, atoms_order_by_name);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, long_list_frees_without_recursion);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, alloc_failure_is_reported);
    suite_add_tcase(s, errors);
    return s;
}
