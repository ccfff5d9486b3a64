/* Hashmaps (maps of more than 32 keys): BEAM order, persistence, the 32/33
 * flatmap boundary, big-map workloads, and clean failure when memory runs out. */
#include <stdio.h>
#include <time.h>
#include "helpers.h"
#include "map.h"
#include "map_int.h"
#include "term_order.h"

static pl_engine *e;
static void setup(void) { e = pl_test_engine(); }
static void teardown(void)
{
    ck_assert_uint_eq(e->alloc.bytes_in_use, 0);
    pl_engine_free(e);
}

/* A map of keys 1..n => key * 10, built by puts. */
static pl_term ints(int64_t n)
{
    pl_term m = pl_map_empty(e);
    for (int64_t i = 1; i <= n; i++) {
        pl_term next = pl_map_put(e, m, pl_small(i), pl_small(i * 10));
        ck_assert_int_ne(next, PL_NONE);
        pl_release(e, m);
        m = next;
    }
    return m;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- Core ---- */

/* Map.keys(Map.new(1..40, &{&1, &1})) on Elixir 1.14 / OTP 25. */
START_TEST(order_is_the_beams)
{
    static const int64_t want[] = { 33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25,
                                    28, 6, 38, 13, 40, 20, 15, 14, 2, 7, 1, 8, 3, 17,
                                    22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16 };
    pl_term m = ints(40);
    ck_assert(pl_map_is_hamt(m));
    for (uint64_t i = 0; i < 40; i++) {
        ck_assert_int_eq(pl_small_value(pl_map_key(m, i)), want[i]);
        ck_assert_int_eq(pl_small_value(pl_map_val(m, i)), want[i] * 10);
    }
    pl_release(e, m);
}
END_TEST

/* erts_debug:get_internal_state({internal_hash, T}) on OTP 25. */
START_TEST(internal_hash_is_the_beams)
{
    ck_assert_uint_eq(pl_map_hash(e, pl_small(1), 0), 2441450838u);
    ck_assert_uint_eq(pl_map_hash(e, pl_small(-1), 0), 559702020u);
    ck_assert_uint_eq(pl_map_hash(e, PL_NIL, 0), 2464209347u);
    pl_term s = pl_cstr(e, "abc");
    ck_assert_uint_eq(pl_map_hash(e, s, 0), 298319117u);
    pl_term t = pl_tuple2(e, pl_small(1), pl_small(2));
    ck_assert_uint_eq(pl_map_hash(e, t, 0), 240741374u);
    pl_term f = pl_float_new(e, -0.0);
    ck_assert_uint_eq(pl_map_hash(e, f, 0), 2778859731u);
    pl_term l = pl_cons_new(e, pl_small(1), pl_small(2));
    ck_assert_uint_eq(pl_map_hash(e, l, 0), 813403020u);
    pl_term big = pl_int64(e, INT64_C(576460752303423488)); /* a BEAM bignum, our small */
    ck_assert_uint_eq(pl_map_hash(e, big, 0), 2160620466u);
    pl_release(e, s);
    pl_release(e, t);
    pl_release(e, f);
    pl_release(e, l);
    pl_release(e, big);
}
END_TEST

START_TEST(puts_then_gets_100k)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pl_term m = ints(100000);
    double put_s = seconds_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int64_t i = 1; i <= 100000; i++) {
        pl_term v = pl_map_get(e, m, pl_small(i));
        ck_assert_int_eq(pl_small_value(v), i * 10);
    }
    double get_s = seconds_since(&t0);
    ck_assert_int_eq(pl_map_get(e, m, pl_small(0)), PL_NONE);
    ck_assert_int_eq(pl_map_get(e, m, pl_small(100001)), PL_NONE);
    ck_assert_uint_eq(pl_map_size(m), 100000);
    fprintf(stderr, "hamt: 100k puts %.1f ms, 100k gets %.1f ms\n", put_s * 1e3, get_s * 1e3);
    pl_release(e, m);
}
END_TEST

/* Index i and pl_map_find agree, and every key appears once. */
START_TEST(index_access_agrees_with_find)
{
    pl_term m = ints(5000);
    int64_t sum = 0;
    for (uint64_t i = 0; i < 5000; i++) {
        pl_term k = pl_map_key(m, i);
        ck_assert_int_eq(pl_map_find(e, m, k), (int64_t)i);
        ck_assert_int_eq(pl_small_value(pl_map_val(m, i)), pl_small_value(k) * 10);
        sum += pl_small_value(k);
    }
    ck_assert_int_eq(sum, 5000 * 5001 / 2);
    /* A fresh version read only through find: no index is built. */
    pl_term n = pl_map_put(e, m, pl_small(7), pl_small(0));
    int64_t at = pl_map_find(e, n, pl_small(7));
    ck_assert_int_eq(pl_map_key(n, (uint64_t)at), pl_small(7));
    ck_assert_int_eq(pl_map_val(n, (uint64_t)at), pl_small(0));
    ck_assert_ptr_null(pl_hamt_of(n)->flat);
    pl_release(e, n);
    pl_release(e, m);
}
END_TEST

START_TEST(remove_every_key)
{
    const int64_t n = 3000;
    pl_term m = ints(n);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = (i * 7919) % n + 1; /* every key once, scattered */
        pl_term next = pl_map_remove(e, m, pl_small(k));
        ck_assert_int_ne(next, PL_NONE);
        pl_release(e, m);
        m = next;
        ck_assert_uint_eq(pl_map_size(m), (uint64_t)(n - i - 1));
        ck_assert_int_eq(pl_map_get(e, m, pl_small(k)), PL_NONE);
        ck_assert(pl_map_is_hamt(m) == (pl_map_size(m) > PL_MAP_FLAT_MAX));
        if (i % 500 == 0 || pl_map_size(m) < 40) {
            for (uint64_t j = 0; j < pl_map_size(m); j++) {
                pl_term key = pl_map_key(m, j);
                ck_assert_int_eq(pl_small_value(pl_map_get(e, m, key)), pl_small_value(key) * 10);
            }
        }
    }
    ck_assert_uint_eq(pl_map_size(m), 0);
    pl_release(e, m);
}
END_TEST

/* Removing keys leaves the same tree as never inserting them. */
START_TEST(removal_is_canonical)
{
    pl_term big = ints(2000);
    pl_term m = pl_retain(big);
    for (int64_t k = 1001; k <= 2000; k++) {
        pl_term next = pl_map_remove(e, m, pl_small(k));
        pl_release(e, m);
        m = next;
    }
    pl_term small = ints(1000);
    ck_assert(pl_exact_eq(m, small));
    ck_assert_int_eq(pl_compare(e, m, small), 0);
    for (uint64_t i = 0; i < 1000; i++) {
        ck_assert_int_eq(pl_map_key(m, i), pl_map_key(small, i));
    }
    pl_release(e, m);
    pl_release(e, small);
    pl_release(e, big);
}
END_TEST

START_TEST(old_versions_are_unchanged)
{
    pl_term m = ints(1000);
    pl_term keys[1000];
    for (uint64_t i = 0; i < 1000; i++) {
        keys[i] = pl_map_key(m, i);
    }
    pl_term added = pl_map_put(e, m, pl_small(5000), pl_small(1));
    pl_term changed = pl_map_put(e, m, pl_small(500), pl_small(-1));
    pl_term removed = pl_map_remove(e, m, pl_small(1));
    ck_assert_uint_eq(pl_map_size(m), 1000);
    for (uint64_t i = 0; i < 1000; i++) {
        ck_assert_int_eq(pl_map_key(m, i), keys[i]);
        ck_assert_int_eq(pl_small_value(pl_map_val(m, i)), pl_small_value(keys[i]) * 10);
    }
    ck_assert_int_eq(pl_map_get(e, m, pl_small(5000)), PL_NONE);
    ck_assert_int_eq(pl_small_value(pl_map_get(e, changed, pl_small(500))), -1);
    ck_assert_int_eq(pl_small_value(pl_map_get(e, m, pl_small(500))), 5000);
    ck_assert_uint_eq(pl_map_size(added), 1001);
    ck_assert_uint_eq(pl_map_size(removed), 999);
    /* Only the path to the changed leaf was copied: most root entries are shared. */
    const hamt_node *a = pl_hamt_of(m)->root, *b = pl_hamt_of(changed)->root;
    unsigned shared = 0;
    for (unsigned i = 0; i < hamt_entries(a); i++) {
        shared += a->e[2 * i + 1] == b->e[2 * i + 1];
    }
    ck_assert_uint_eq(shared, hamt_entries(a) - 1);
    pl_release(e, added);
    pl_release(e, changed);
    pl_release(e, removed);
    pl_release(e, m);
}
END_TEST

START_TEST(flat_boundary)
{
    pl_term m32 = ints(32);
    ck_assert(!pl_map_is_hamt(m32));
    pl_term m33 = pl_map_put(e, m32, pl_small(33), pl_small(330));
    ck_assert(pl_map_is_hamt(m33));
    ck_assert_int_eq(pl_small_value(pl_map_key(m33, 0)), 33); /* hash order */
    pl_term back = pl_map_remove(e, m33, pl_small(33));
    ck_assert(!pl_map_is_hamt(back));
    ck_assert(pl_exact_eq(back, m32));
    for (uint64_t i = 0; i < 32; i++) {
        ck_assert_int_eq(pl_small_value(pl_map_key(back, i)), (int64_t)i + 1); /* sorted */
    }
    pl_term same = pl_map_put(e, m33, pl_small(33), pl_small(330));
    ck_assert(pl_exact_eq(same, m33));
    pl_term absent = pl_map_remove(e, m33, pl_small(99));
    ck_assert_int_eq(absent, m33);
    pl_release(e, absent);
    pl_release(e, same);
    pl_release(e, back);
    pl_release(e, m33);
    pl_release(e, m32);
}
END_TEST

START_TEST(from_arrays_matches_puts)
{
    enum { N = 700 };
    pl_term k[N + 10], v[N + 10];
    for (int i = 0; i < N; i++) {
        k[i] = pl_small(i + 1);
        v[i] = pl_small(0);
    }
    for (int i = 0; i < 10; i++) { /* later duplicates win */
        k[N + i] = pl_small(i + 1);
        v[N + i] = pl_small((i + 1) * 10);
    }
    for (int i = 10; i < N; i++) {
        v[i] = pl_small((i + 1) * 10);
    }
    pl_term a = pl_map_from_arrays(e, k, v, N + 10);
    pl_term b = ints(N);
    ck_assert_uint_eq(pl_map_size(a), N);
    ck_assert(pl_exact_eq(a, b));
    pl_release(e, a);
    pl_release(e, b);
}
END_TEST

START_TEST(equality_and_order)
{
    pl_term keys[40], ints_v[40], floats_v[40];
    for (int i = 0; i < 40; i++) {
        keys[i] = pl_small(i + 1);
        ints_v[i] = pl_small(i + 1);
        floats_v[i] = pl_float_new(e, i + 1.0);
    }
    pl_term a = pl_map_from_arrays(e, keys, ints_v, 40);
    pl_term b = pl_map_from_arrays(e, keys, floats_v, 40);
    ck_assert(!pl_exact_eq(a, b));
    ck_assert(pl_eq(e, a, b));
    ck_assert_int_gt(pl_compare_exact(e, b, a), 0); /* 1 < 1.0 exactly */
    pl_term c = pl_map_put(e, a, pl_small(40), pl_small(41));
    pl_term a39 = pl_map_remove(e, a, pl_small(40));
    pl_term d = pl_map_put(e, a39, pl_small(41), pl_small(40));
    pl_release(e, a39);
    ck_assert_int_lt(pl_compare(e, a, c), 0);
    ck_assert_int_lt(pl_compare(e, a, d), 0); /* keys first: 40 < 41 */
    ck_assert_int_gt(pl_compare(e, d, c), 0);
    pl_release(e, a);
    pl_release(e, b);
    pl_release(e, c);
    pl_release(e, d);
    for (int i = 0; i < 40; i++) {
        pl_release(e, floats_v[i]);
    }
}
END_TEST

/* ---- Limits ---- */

/* Every allocation of a put, a remove and a bulk build can fail: the result
 * is PL_NONE, nothing leaks, and the old map still reads the same. */
START_TEST(allocation_failure_is_clean)
{
    pl_term m = ints(3000);
    size_t base = e->alloc.bytes_in_use;
    for (long n = 0; n < 12; n++) {
        pl_term val = pl_cstr(e, "new");
        e->alloc.fail_after = n;
        pl_term r = pl_map_put(e, m, pl_small(-5), val);
        e->alloc.fail_after = -1;
        pl_release(e, r);
        ck_assert_uint_eq(e->alloc.bytes_in_use, base);

        e->alloc.fail_after = n;
        r = pl_map_remove(e, m, pl_small(1234));
        e->alloc.fail_after = -1;
        pl_release(e, r);
        ck_assert_uint_eq(e->alloc.bytes_in_use, base);
    }
    pl_term k[300], v[300];
    for (int i = 0; i < 300; i++) {
        k[i] = pl_small(i);
        v[i] = pl_small(-i);
    }
    for (long n = 0; n < 200; n += 7) {
        e->alloc.fail_after = n;
        pl_term r = pl_map_from_arrays(e, k, v, 300);
        e->alloc.fail_after = -1;
        pl_release(e, r);
        ck_assert_uint_eq(e->alloc.bytes_in_use, base);
    }
    ck_assert_uint_eq(pl_map_size(m), 3000);
    for (int64_t i = 1; i <= 3000; i++) {
        ck_assert_int_eq(pl_small_value(pl_map_get(e, m, pl_small(i))), i * 10);
    }
    pl_release(e, m);
}
END_TEST

/* Freeing a big map and its versions returns every byte, without recursion. */
START_TEST(no_leaks)
{
    size_t base = e->alloc.bytes_in_use;
    pl_term m = ints(20000);
    pl_term versions[50];
    for (int i = 0; i < 50; i++) {
        versions[i] = pl_map_put(e, m, pl_small(-i), pl_small(i));
        pl_map_key(versions[i], 0); /* builds an index on some versions */
    }
    pl_release(e, m);
    for (int i = 0; i < 50; i++) {
        pl_release(e, versions[i]);
    }
    ck_assert_uint_eq(e->alloc.bytes_in_use, base);
}
END_TEST

Suite *hamt_suite(void)
{
    Suite *s = suite_create("hamt");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_set_timeout(core, 60);
    tcase_add_test(core, order_is_the_beams);
    tcase_add_test(core, internal_hash_is_the_beams);
    tcase_add_test(core, puts_then_gets_100k);
    tcase_add_test(core, index_access_agrees_with_find);
    tcase_add_test(core, remove_every_key);
    tcase_add_test(core, removal_is_canonical);
    tcase_add_test(core, old_versions_are_unchanged);
    tcase_add_test(core, flat_boundary);
    tcase_add_test(core, from_arrays_matches_puts);
    tcase_add_test(core, equality_and_order);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, allocation_failure_is_clean);
    tcase_add_test(limits, no_leaks);
    suite_add_tcase(s, limits);
    return s;
}
