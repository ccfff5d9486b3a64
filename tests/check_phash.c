/* :erlang.phash2/1,2 (engine/phash.c). Every expected value was printed by real
 * elixir 1.14 on OTP 25: `elixir tests/phash/expected.exs` regenerates them.
 * tests/phash/run.sh runs the larger random differential set. */
#include <stdarg.h>
#include "helpers.h"
#include "map.h"
#include "term_order.h"

static pl_engine *e;
static void setup(void) { e = pl_test_engine(); }
static void teardown(void)
{
    ck_assert_uint_eq(e->alloc.bytes_in_use, 0);
    pl_engine_free(e);
}

/* ---- Builders: each returns a new reference; term arguments are taken ---- */

static pl_term atom(const char *name) { return pl_test_atom(e, name); }
static pl_term flt(double d) { return pl_float_new(e, d); }
static pl_term bin(const char *s) { return pl_cstr(e, s); }

static pl_term repeat_bin(char c, size_t n)
{
    pl_term b = pl_bin_alloc(e, n);
    memset(pl_bin_of(b)->data, c, n);
    return b;
}

static pl_term big(const char *decimal)
{
    mpz_t z;
    mpz_init_set_str(z, decimal, 10);
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

/* [items... | tail] from [n] terms. */
static pl_term improper_v(pl_term tail, size_t n, va_list ap)
{
    pl_term items[16];
    ck_assert_uint_le(n, 16);
    for (size_t i = 0; i < n; i++) {
        items[i] = va_arg(ap, pl_term);
    }
    while (n-- > 0) {
        tail = pl_cons_new(e, items[n], tail);
    }
    return tail;
}

static pl_term improper(pl_term tail, size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    pl_term t = improper_v(tail, n, ap);
    va_end(ap);
    return t;
}

static pl_term list(size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    pl_term t = improper_v(PL_NIL, n, ap);
    va_end(ap);
    return t;
}

/* A list of small integers (charlists included). */
static pl_term ints(size_t n, ...)
{
    int64_t v[16];
    ck_assert_uint_le(n, 16);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        v[i] = va_arg(ap, int);
    }
    va_end(ap);
    pl_term t = PL_NIL;
    while (n-- > 0) {
        t = pl_cons_new(e, pl_small(v[n]), t);
    }
    return t;
}

static pl_term tup(size_t n, ...)
{
    pl_term t = pl_tuple_new(e, n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        pl_tuple_of(t)->el[i] = va_arg(ap, pl_term);
    }
    va_end(ap);
    return t;
}

/* A map from [n] key, value pairs given in any order. */
static pl_term map(size_t n, ...)
{
    pl_term keys[16], vals[16];
    ck_assert_uint_le(n, 16);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        keys[i] = va_arg(ap, pl_term);
        vals[i] = va_arg(ap, pl_term);
    }
    va_end(ap);
    pl_term m = pl_map_from_arrays(e, keys, vals, n);
    for (size_t i = 0; i < n; i++) {
        pl_release(e, keys[i]);
        pl_release(e, vals[i]);
    }
    return m;
}

/* %{1 => 2, 2 => 4, ..., n => 2n}: more than 32 keys is a HAMT on the BEAM. */
static pl_term int_map(int64_t n)
{
    pl_term m = pl_map_empty(e);
    for (int64_t i = 1; i <= n; i++) {
        pl_term next = pl_map_put(e, m, pl_small(i), pl_small(2 * i));
        pl_release(e, m);
        m = next;
    }
    return m;
}

/* ---- Assertions: each takes [t] and releases it ---- */

static void expect(pl_term t, uint32_t want)
{
    ck_assert_uint_ne(t, PL_NONE);
    ck_assert_uint_eq(pl_phash2(e, t, 0), want);
    pl_release(e, t);
}

static void expect_range(pl_term t, uint32_t range, uint32_t want)
{
    ck_assert_uint_eq(pl_phash2(e, t, range), want);
    pl_release(e, t);
}

/* phash2(t, 4294967296) is the whole 32-bit hash, a range a uint32_t cannot
 * name. It is recovered from two in-range calls: hash mod (2^32 - 1) equals the
 * hash except when the hash is 2^32 - 1, which the 27-bit mask tells from 0. */
static uint32_t full_hash(pl_term t)
{
    uint32_t h = pl_phash2(e, t, UINT32_MAX);
    if (h == 0 && pl_phash2(e, t, 0) != 0) {
        h = UINT32_MAX;
    }
    return h;
}

static void expect_full(pl_term t, uint32_t want)
{
    ck_assert_uint_eq(full_hash(t), want);
    pl_release(e, t);
}

/* ---- Core: values from real elixir ---- */

START_TEST(integers_small_and_big)
{
    expect(pl_small(0), 88723725u);
    expect(pl_small(1), 2614250u);
    expect(pl_small(-1), 44071773u);
    expect(pl_small(255), 44734653u);
    expect(pl_small(256), 37021655u);
    expect(pl_small((1 << 27) - 1), 112602999u);
    expect(pl_small(1 << 27), 12354923u);
    expect(pl_small(-(1 << 27)), 69672967u);
    expect(pl_small(-(1 << 27) - 1), 76739502u);
    expect(pl_small(INT64_C(1) << 31), 14246037u);
    expect(pl_small(INT64_C(1) << 32), 95057355u);
    expect(pl_small(INT64_C(1) << 59), 26969617u);
    expect(pl_small(INT64_C(1) << 60), 31803508u);
    expect(pl_small(PL_SMALL_MAX), 6814883u);
    expect(pl_small(PL_SMALL_MIN), 82210594u);
    expect(big("4611686018427387904"), 29238129u);
    expect(big("-4611686018427387905"), 36217882u);
    expect(big("9223372036854775808"), 39852678u);
    expect(big("18446744073709551615"), 53435350u);
    expect(big("18446744073709551616"), 103122609u);
    expect(big("-18446744073709551616"), 13457787u);
    expect(big("1267650600228229401496703205376"), 126219984u);
    expect(big("-1267650600228229401496703205376"), 124857544u);
}
END_TEST

START_TEST(floats_and_signed_zero)
{
    expect(flt(0.0), 20875736u);
    expect(flt(-0.0), 20875736u);
    expect(flt(1.0), 77147068u);
    expect(flt(1.5), 10380315u);
    expect(flt(1.0e20), 83234562u);
    expect(flt(-3.25), 103784577u);
}
END_TEST

START_TEST(atoms_hash_their_names)
{
    expect(atom("a"), 97u);
    expect(atom("ok"), 1883u);
    expect(PL_ATOM_NIL, 29948u);
    expect(PL_TRUE, 506293u);
    expect(PL_FALSE, 7111573u);
    expect(atom("Elixir.Foo"), 117567583u);
    expect(atom("h\xc3\xa9llo"), 7799599u);
    expect(atom("\xe6\x97\xa5\xe6\x9c\xac"), 117588076u);
}
END_TEST

START_TEST(binaries)
{
    expect(bin(""), 13708901u);
    expect(bin("a"), 112802447u);
    expect(bin("abcd"), 132321803u);
    expect(bin("hello"), 47480723u);
    expect(bin("h\xc3\xa9llo"), 65360587u);
    expect(bin("hello world!"), 25699699u);
    expect(bin("hello world!!"), 2064796u);
    expect(repeat_bin('x', 1000), 40754910u);
}
END_TEST

START_TEST(lists_and_charlists)
{
    expect(PL_NIL, 113427502u);
    expect(ints(3, 1, 2, 3), 25788620u);
    expect(ints(3, 'a', 'b', 'c'), 117343302u);
    expect(ints(5, 'h', 233, 'l', 'l', 'o'), 91115080u);
    expect(ints(5, 'a', 'b', 'c', 'd', 'e'), 71169904u);
    expect(ints(1, 256), 73608398u);
    expect(ints(3, 1000, 1, -1), 78182297u);
    expect(list(1, atom("a")), 23864141u);
    expect(list(4, pl_small(1), atom("a"), bin("b"), flt(2.0)), 55263955u);
    expect(list(1, PL_NIL), 96416884u);
    expect(list(2, tup(2, atom("a"), pl_small(1)), tup(2, atom("b"), pl_small(2))), 122516567u);
}
END_TEST

START_TEST(improper_lists)
{
    expect(improper(pl_small(2), 1, pl_small(1)), 86124794u);
    expect(improper(atom("b"), 1, atom("a")), 74710280u);
    expect(improper(pl_small(3), 2, pl_small(1), pl_small(2)), 8851781u);
    expect(improper(pl_small(4), 2, pl_small(1), pl_small(300)), 78606851u);
    expect(improper(bin("x"), 1, pl_small(7)), 57856783u);
}
END_TEST

START_TEST(tuples)
{
    expect(tup(0), 87486268u);
    expect(tup(1, pl_small(1)), 110528523u);
    expect(tup(2, pl_small(1), pl_small(2)), 91564110u);
    expect(tup(2, atom("ok"), tup(2, pl_small(1), tup(2, pl_small(2), tup(1, pl_small(3))))),
           115599736u);
    expect(tup(3, bin("a"), ints(1, 1), pl_map_empty(e)), 5101426u);
}
END_TEST

START_TEST(maps)
{
    expect(pl_map_empty(e), 39679005u);
    expect(map(1, atom("a"), pl_small(1)), 59617982u);
    expect(map(2, pl_small(3), pl_small(4), pl_small(1), pl_small(2)), 101230890u);
    expect(map(2, bin("k"), ints(2, 1, 2), tup(1, pl_small(1)), pl_map_empty(e)), 28981181u);
    expect(map(1, atom("a"), map(1, atom("b"), pl_map_empty(e))), 74242219u);
    expect(map(2, pl_small(1), atom("a"), flt(1.0), atom("b")), 82145120u);
    expect(map(1, PL_NIL, atom("x")), 29648776u);
    expect(int_map(33), 51951257u);
    expect(int_map(100), 99439621u);
}
END_TEST

START_TEST(funs_pids_refs)
{
    expect(pl_fun_ext(e, atom("Elixir.Enum"), atom("map"), 2), 71569656u);
    expect(pl_fun_ext(e, atom("erlang"), atom("phash2"), 1), 59484254u);
    expect(pl_pid(0), 39589991u);
    expect(pl_pid(100), 63673685u);
    expect(pl_pid(32767), 91982837u);
    expect(pl_ref(5), 23297808u);
}
END_TEST

START_TEST(phash2_2_ranges)
{
    expect_range(atom("ok"), 1u, 0u);
    expect_range(atom("ok"), 2u, 1u);
    expect_range(atom("ok"), 4u, 3u);
    expect_range(atom("ok"), 8u, 3u);
    expect_range(atom("ok"), 10u, 3u);
    expect_range(atom("ok"), 1000u, 883u);
    expect_range(atom("ok"), 2147483648u, 1883u);
    expect_range(atom("ok"), 4294967295u, 1883u);
    expect_range(bin("hello"), 2u, 1u);
    expect_range(bin("hello"), 4u, 3u);
    expect_range(bin("hello"), 8u, 3u);
    expect_range(bin("hello"), 10u, 9u);
    expect_range(bin("hello"), 1000u, 459u);
    expect_range(bin("hello"), 4294967295u, 1658093459u);
    expect_range(tup(2, pl_small(1), pl_small(2)), 2u, 0u);
    expect_range(tup(2, pl_small(1), pl_small(2)), 4u, 2u);
    expect_range(tup(2, pl_small(1), pl_small(2)), 8u, 6u);
    expect_range(tup(2, pl_small(1), pl_small(2)), 10u, 0u);
    expect_range(tup(2, pl_small(1), pl_small(2)), 1000u, 950u);
}
END_TEST

START_TEST(phash2_2_range_2_pow_32)
{
    expect_full(atom("ok"), 1883u);
    expect_full(pl_small(0), 3175731469u);
    expect_full(PL_NIL, 3468870702u);
    expect_full(bin("hello"), 1658093459u);
    expect_full(big("1267650600228229401496703205376"), 528873168u);
}
END_TEST

/* Maps hash as the xor of their pairs: building order does not matter. */
START_TEST(maps_are_order_independent)
{
    pl_term a = map(3, atom("x"), pl_small(1), pl_small(2), bin("y"), PL_NIL, flt(0.5));
    pl_term b = map(3, flt(-0.0), pl_small(9), PL_NIL, flt(0.5), atom("x"), pl_small(1));
    pl_term c = pl_map_put(e, a, flt(-0.0), pl_small(9));
    pl_term d = pl_map_remove(e, c, pl_small(2));
    ck_assert_uint_eq(pl_phash2(e, d, 0), pl_phash2(e, b, 0));
    ck_assert_uint_ne(pl_phash2(e, a, 0), pl_phash2(e, b, 0));
    pl_release(e, a);
    pl_release(e, b);
    pl_release(e, c);
    pl_release(e, d);
}
END_TEST

/* Closures cannot match the BEAM (its value depends on the compiled .beam), but
 * they hash by value: the same code with equal captures hashes the same. */
START_TEST(closures_hash_by_value)
{
    uint64_t code_stand_in = 0; /* never dereferenced: only compared as identity */
    pl_func *fn = (pl_func *)(void *)&code_stand_in;
    pl_term f[3];
    for (int i = 0; i < 3; i++) {
        f[i] = pl_fun_new(e, fn, 1, 2);
        pl_fun_of(f[i])->free[0] = bin("captured");
        pl_fun_of(f[i])->free[1] = pl_small(i < 2 ? 1 : 2);
    }
    ck_assert_uint_eq(pl_phash2(e, f[0], 0), pl_phash2(e, f[1], 0));
    ck_assert_uint_ne(pl_phash2(e, f[0], 0), pl_phash2(e, f[2], 0));
    for (int i = 0; i < 3; i++) {
        pl_release(e, f[i]);
    }
}
END_TEST

/* ---- Limits: sizes a user controls, hashed without C recursion ---- */

START_TEST(million_element_lists)
{
    pl_term ints_list = PL_NIL, atoms_list = PL_NIL;
    for (int64_t i = 1000000; i >= 1; i--) {
        ints_list = pl_cons_new(e, pl_small(i), ints_list);
        atoms_list = pl_cons_new(e, atom("a"), atoms_list);
    }
    expect(ints_list, 54897218u);  /* Enum.to_list(1..1_000_000) */
    expect(atoms_list, 12880153u); /* List.duplicate(:a, 1_000_000) */
}
END_TEST

START_TEST(deep_nesting)
{
    pl_term l = PL_NIL, t = pl_tuple_new(e, 0), m = pl_map_empty(e);
    for (int i = 0; i < 100000; i++) {
        l = list(1, l);
        t = tup(1, t);
    }
    for (int64_t i = 1; i <= 10000; i++) {
        m = map(1, pl_small(i), m);
    }
    expect(l, 115397172u); /* Enum.reduce(1..100_000, [], &[&2]) */
    expect(t, 62716646u);  /* Enum.reduce(1..100_000, {}, &{&2}) */
    expect(m, 77177065u);  /* Enum.reduce(1..10_000, %{}, &%{&1 => &2}) */
}
END_TEST

START_TEST(large_binaries_and_integers)
{
    expect(repeat_bin('x', 1000000), 62673155u);
    mpz_t z;
    mpz_init(z);
    mpz_setbit(z, 10000);
    pl_term b = pl_big_from_mpz(e, z);
    mpz_clear(z);
    expect(b, 2411097u); /* 2 ** 10_000 */
}
END_TEST

/* Our serials are wider than the BEAM's 15-bit pid number and 18-bit first ref
 * word; past them the BEAM carries into words phash2 does not mix. */
START_TEST(pid_and_ref_serials_wrap_like_the_beam)
{
    expect(pl_pid(32768), 39589991u);    /* #PID<0.0.1> */
    expect(pl_ref(1 << 18), 83047960u);  /* #Reference<0.0.1.0> */
}
END_TEST

/* ---- Errors: hashing cannot fail and touches nothing ---- */

/* The work stack is not charged to the engine, so an allocator that refuses
 * everything does not change the value, and nothing is left allocated. */
START_TEST(engine_allocation_failure_does_not_matter)
{
    pl_term t = tup(2, atom("ok"), tup(2, pl_small(1), tup(2, pl_small(2), tup(1, pl_small(3)))));
    size_t before = e->alloc.bytes_in_use;
    e->alloc.fail_after = 0;
    ck_assert_uint_eq(pl_phash2(e, t, 0), 115599736u);
    e->alloc.fail_after = -1;
    ck_assert_uint_eq(e->alloc.bytes_in_use, before);
    pl_release(e, t);
}
END_TEST

START_TEST(hashing_borrows_its_term)
{
    pl_term inner = bin("shared");
    pl_term t = list(2, pl_retain(inner), map(1, pl_retain(inner), PL_NIL));
    uint32_t rc = pl_box_of(inner)->rc;
    uint32_t h = pl_phash2(e, t, 0);
    ck_assert_uint_eq(pl_box_of(inner)->rc, rc);
    ck_assert_uint_eq(pl_phash2(e, t, 0), h);
    pl_release(e, t);
    pl_release(e, inner);
}
END_TEST

/* phash2(_, 1) is 0 for every term, as on the BEAM; range 0 is phash2/1. The
 * BIF, not pl_phash2, raises badarg for ranges outside 1..2^32. */
START_TEST(range_one_is_always_zero)
{
    pl_term terms[] = { pl_small(-5), atom("ok"), PL_NIL, big("18446744073709551616"),
                        flt(-0.0), bin("hello"), int_map(40) };
    for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++) {
        ck_assert_uint_eq(pl_phash2(e, terms[i], 1), 0);
        ck_assert_uint_lt(pl_phash2(e, terms[i], 0), 1u << 27);
        pl_release(e, terms[i]);
    }
}
END_TEST

Suite *phash_suite(void)
{
    Suite *s = suite_create("phash");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, integers_small_and_big);
    tcase_add_test(core, floats_and_signed_zero);
    tcase_add_test(core, atoms_hash_their_names);
    tcase_add_test(core, binaries);
    tcase_add_test(core, lists_and_charlists);
    tcase_add_test(core, improper_lists);
    tcase_add_test(core, tuples);
    tcase_add_test(core, maps);
    tcase_add_test(core, funs_pids_refs);
    tcase_add_test(core, phash2_2_ranges);
    tcase_add_test(core, phash2_2_range_2_pow_32);
    tcase_add_test(core, maps_are_order_independent);
    tcase_add_test(core, closures_hash_by_value);
    suite_add_tcase(s, core);

    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 30);
    tcase_add_test(limits, million_element_lists);
    tcase_add_test(limits, deep_nesting);
    tcase_add_test(limits, large_binaries_and_integers);
    tcase_add_test(limits, pid_and_ref_serials_wrap_like_the_beam);
    suite_add_tcase(s, limits);

    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, engine_allocation_failure_does_not_matter);
    tcase_add_test(errors, hashing_borrows_its_term);
    tcase_add_test(errors, range_one_is_always_zero);
    suite_add_tcase(s, errors);
    return s;
}
