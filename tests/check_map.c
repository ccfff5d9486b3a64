/* Maps: sorted keys, put/get/remove, duplicate keys in construction. */
#include "helpers.h"
#include "map.h"

static pl_engine *e;
static void setup(void) { e = pl_test_engine(); }
static void teardown(void)
{
    ck_assert_uint_eq(e->alloc.bytes_in_use, 0);
    pl_engine_free(e);
}

START_TEST(put_keeps_keys_sorted)
{
    pl_term m = pl_map_empty(e);
    int order[] = { 5, 1, 3, 2, 4 };
    for (int i = 0; i < 5; i++) {
        pl_term n = pl_map_put(e, m, pl_small(order[i]), pl_small(order[i] * 10));
        pl_release(e, m);
        m = n;
    }
    ck_assert_uint_eq(pl_map_size(m), 5);
    for (uint64_t i = 0; i < 5; i++) {
        ck_assert_int_eq(pl_small_value(pl_map_key(m, i)), (int64_t)i + 1);
    }
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, pl_small(3))), 30);
    ck_assert_int_eq(pl_map_get(e, m, pl_small(9)), PL_NONE);
    pl_term r = pl_map_remove(e, m, pl_small(3));
    ck_assert_uint_eq(pl_map_size(r), 4);
    ck_assert_int_eq(pl_map_get(e, r, pl_small(3)), PL_NONE);
    pl_release(e, r);
    pl_release(e, m);
}
END_TEST

START_TEST(int_and_float_keys_are_distinct)
{
    pl_term f = pl_float_new(e, 1.0);
    pl_term keys[] = { f, pl_small(1), pl_small(1) };
    pl_term vals[] = { pl_small(10), pl_small(20), pl_small(30) };
    pl_term m = pl_map_from_arrays(e, keys, vals, 3);
    ck_assert_uint_eq(pl_map_size(m), 2);
    ck_assert_int_eq(pl_map_key(m, 0), pl_small(1)); /* integers first */
    ck_assert_int_eq(pl_small_value(pl_map_val(m, 0)), 30); /* last duplicate wins */
    pl_release(e, m);
    pl_release(e, f);
}
END_TEST

/* %{m | k => v}: a map someone else holds is copied and stays as it was; one
 * whose only holder is about to drop it is changed in place. */
START_TEST(update_copies_shared_and_reuses_unshared)
{
    pl_term keys[] = { PL_A(ok), PL_A(error), PL_A(key) };
    pl_term vals[] = { pl_small(1), pl_small(2), pl_small(3) };
    pl_term m = pl_map_from_arrays(e, keys, vals, 3);
    pl_term upd[] = { PL_A(key), pl_small(30), PL_A(ok), pl_small(10) };
    pl_term missing;
    pl_term extra = pl_retain(m); /* a second holder: no change in place */
    pl_term c = pl_map_update(e, m, upd, 2, true, &missing);
    ck_assert(c != m);
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, PL_A(key))), 3);
    ck_assert_int_eq(pl_small_value(pl_map_get(e, c, PL_A(key))), 30);
    ck_assert_int_eq(pl_small_value(pl_map_get(e, c, PL_A(ok))), 10);
    pl_release(e, extra);
    pl_term same = pl_map_update(e, m, upd, 2, true, &missing);
    ck_assert(same == m); /* rc was 1: reused, and retained for the caller */
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, PL_A(ok))), 10);
    pl_release(e, same);
    pl_term bad[] = { PL_A(ok), pl_small(0), PL_A(nil), pl_small(0) };
    ck_assert_int_eq(pl_map_update(e, m, bad, 2, true, &missing), PL_NONE);
    ck_assert_int_eq(missing, PL_A(nil));
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, PL_A(ok))), 10); /* untouched */
    pl_release(e, c);
    pl_release(e, m);
}
END_TEST

/* The _take forms give the same maps as put/remove, moving the pairs when
 * the caller's reference is the only one. */
START_TEST(put_take_and_remove_take)
{
    pl_term m = pl_map_empty(e);
    int order[] = { 5, 1, 3, 2, 4 };
    for (int i = 0; i < 5; i++) {
        m = pl_map_put_take(e, m, pl_small(order[i]), pl_tuple2(e, pl_small(order[i]), PL_NIL));
    }
    m = pl_map_put_take(e, m, pl_small(3), pl_small(33));
    ck_assert_uint_eq(pl_map_size(m), 5);
    for (uint64_t i = 0; i < 5; i++) {
        ck_assert_int_eq(pl_small_value(pl_map_key(m, i)), (int64_t)i + 1);
    }
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, pl_small(3))), 33);
    pl_term kept = pl_retain(m);
    pl_term r = pl_map_remove_take(e, m, pl_small(2)); /* shared: copies */
    ck_assert_uint_eq(pl_map_size(kept), 5);
    ck_assert_uint_eq(pl_map_size(r), 4);
    pl_release(e, kept);
    r = pl_map_remove_take(e, r, pl_small(1));
    r = pl_map_remove_take(e, r, pl_small(9)); /* absent: the same map back */
    ck_assert_uint_eq(pl_map_size(r), 3);
    ck_assert_int_eq(pl_small_value(pl_map_key(r, 0)), 3);
    pl_release(e, r);
}
END_TEST

Suite *map_suite(void)
{
    Suite *s = suite_create("map");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, put_keeps_keys_sorted);
    tcase_add_test(core, int_and_float_keys_are_distinct);
    tcase_add_test(core, update_copies_shared_and_reuses_unshared);
    tcase_add_test(core, put_take_and_remove_take);
    suite_add_tcase(s, core);
    return s;
}
