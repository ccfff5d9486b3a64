/* term_to_binary / binary_to_term at the C level, and the lists:sort/usort
 * port. Every expected byte string below was printed by real Elixir 1.14 on
 * OTP 25 (:erlang.term_to_binary/1,2); malformed inputs were checked to raise
 * badarg there too. Decoding must never crash or leak, whatever the bytes. */
#include "helpers.h"
#include "bif/bif.h"
#include "bif/bif_sort.h"
#include "inspect.h"
#include "map.h"
#include "term_order.h"

static pl_engine *e;
static pl_proc *p;
static size_t baseline;

static void setup(void)
{
    /* atoms the tests and the BIFs intern, made before the byte baseline */
    static const char *const names[] = {
        "minor_version", "compressed", "deterministic", "safe", "used", "bogus", "hello",
        "nonode@nohost", "h\xc3\xa9llo", "\xe6\x97\xa5\xe6\x9c\xac", "abc", "a", "b", "c", "k", "v",
        "Elixir.Enum", "map", "lists", "reverse", "h\xc3\xa9",
    };
    e = pl_test_engine();
    p = pl_proc_new(e);
    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        pl_test_atom(e, names[i]);
    }
    baseline = e->alloc.bytes_in_use;
}

static void teardown(void)
{
    pl_proc_clear_exc(p);
    ck_assert_uint_eq(e->alloc.bytes_in_use, baseline);
    pl_proc_free(p);
    pl_engine_free(e);
}

#define BYTES(...)                                                                                 \
    ((const unsigned char[]){ __VA_ARGS__ }), sizeof((const unsigned char[]){ __VA_ARGS__ })
#define NONODE 'n', 'o', 'n', 'o', 'd', 'e', '@', 'n', 'o', 'h', 'o', 's', 't'

static pl_term atom(const char *s) { return pl_test_atom(e, s); }

/* inspect(t) is [want]; releases [t]. */
static void expect(pl_term t, const char *want)
{
    ck_assert_msg(t != PL_NONE, "BIF failed, wanted %s", want);
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term s = pl_inspect(e, t, &o);
    ck_assert(s != PL_NONE);
    ck_assert_msg(pl_bin_of(s)->len == strlen(want) &&
                      memcmp(pl_bin_of(s)->data, want, strlen(want)) == 0,
                  "got %.*s, want %s", (int)pl_bin_of(s)->len, pl_bin_of(s)->data, want);
    pl_release(e, s);
    pl_release(e, t);
}

static pl_term bin(const unsigned char *b, size_t n) { return pl_bin_new(e, b, n); }

/* A list of [n] items, taking them. */
static pl_term list_take(const pl_term *items, size_t n)
{
    pl_term l = pl_list_from_array(e, items, n);
    for (size_t i = 0; i < n; i++) {
        pl_release(e, items[i]);
    }
    return l;
}

static pl_term encode(pl_term t, pl_term opts)
{
    pl_term args[2] = { t, opts };
    return opts == PL_NIL ? pl_bif_erlang_term_to_binary_1(p, args)
                          : pl_bif_erlang_term_to_binary_2(p, args);
}

static pl_term decode(pl_term b, pl_term opts)
{
    pl_term args[2] = { b, opts };
    return opts == PL_NIL ? pl_bif_erlang_binary_to_term_1(p, args)
                          : pl_bif_erlang_binary_to_term_2(p, args);
}

/* term_to_binary([t], [opts]) is [want]; decoding it gives [t] back (===).
 * Takes [t] and [opts]. */
static void check_enc_opts(pl_term t, pl_term opts, const unsigned char *want, size_t n)
{
    pl_term b = encode(t, opts);
    ck_assert_msg(b != PL_NONE, "term_to_binary failed");
    ck_assert_uint_eq(pl_bin_of(b)->len, n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(pl_bin_of(b)->data[i] == want[i], "byte %zu: got %u, want %u", i,
                      pl_bin_of(b)->data[i], want[i]);
    }
    pl_term back = decode(b, PL_NIL);
    ck_assert_msg(back != PL_NONE && pl_exact_eq(back, t), "round trip differs");
    pl_release(e, back);
    pl_release(e, b);
    pl_release(e, t);
    pl_release(e, opts);
}

static void check_enc(pl_term t, const unsigned char *want, size_t n)
{
    check_enc_opts(t, PL_NIL, want, n);
}

/* binary_to_term of [bytes] raises badarg. */
static void check_badarg(const unsigned char *bytes, size_t n)
{
    pl_term b = bin(bytes, n);
    pl_term r = decode(b, PL_NIL);
    ck_assert_msg(r == PL_NONE, "malformed input was accepted");
    ck_assert(p->exc_reason == PL_A(badarg));
    pl_proc_clear_exc(p);
    pl_release(e, b);
}

static pl_term big_pow2(unsigned k, bool neg)
{
    mpz_t z;
    mpz_init_set_ui(z, 1);
    mpz_mul_2exp(z, z, k);
    if (neg) {
        mpz_neg(z, z);
    }
    pl_term t = pl_big_from_mpz(e, z);
    mpz_clear(z);
    return t;
}

/* ---- Core: the bytes OTP 25 writes ---- */

START_TEST(integers_and_floats)
{
    check_enc(pl_small(0), BYTES(131, 97, 0));
    check_enc(pl_small(255), BYTES(131, 97, 255));
    check_enc(pl_small(256), BYTES(131, 98, 0, 0, 1, 0));
    check_enc(pl_small(-1), BYTES(131, 98, 255, 255, 255, 255));
    check_enc(pl_small(INT32_MIN), BYTES(131, 98, 128, 0, 0, 0));
    check_enc(pl_small(2147483648), BYTES(131, 110, 4, 0, 0, 0, 0, 128));
    check_enc(pl_small(-2147483649), BYTES(131, 110, 4, 1, 1, 0, 0, 128));
    check_enc(big_pow2(64, false), BYTES(131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
    check_enc(big_pow2(64, true), BYTES(131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1));
    check_enc(pl_float_new(e, 1.5), BYTES(131, 70, 63, 248, 0, 0, 0, 0, 0, 0));
    check_enc(pl_float_new(e, -0.0), BYTES(131, 70, 128, 0, 0, 0, 0, 0, 0, 0));
    pl_term minor0 = list_take((pl_term[]){ pl_tuple2(e, atom("minor_version"), pl_small(0)) }, 1);
    check_enc_opts(pl_float_new(e, 1.5), minor0,
                   BYTES(131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
                         48, 48, 48, 48, 48, 48, 101, 43, 48, 48, 0, 0, 0, 0, 0));
}
END_TEST

START_TEST(atoms_latin1_unless_they_cannot_be)
{
    check_enc(PL_TRUE, BYTES(131, 100, 0, 4, 't', 'r', 'u', 'e'));
    check_enc(atom("h\xc3\xa9llo"), BYTES(131, 100, 0, 5, 104, 233, 108, 108, 111));
    check_enc(atom("\xe6\x97\xa5\xe6\x9c\xac"), BYTES(131, 119, 6, 230, 151, 165, 230, 156, 172));
    pl_term minor2 = list_take((pl_term[]){ pl_tuple2(e, atom("minor_version"), pl_small(2)) }, 1);
    check_enc_opts(atom("abc"), minor2, BYTES(131, 119, 3, 97, 98, 99));
}
END_TEST

START_TEST(lists_tuples_binaries_maps_funs)
{
    check_enc(PL_NIL, BYTES(131, 106));
    check_enc(pl_tuple_new(e, 0), BYTES(131, 104, 0));
    check_enc(pl_bin_new(e, "", 0), BYTES(131, 109, 0, 0, 0, 0));
    check_enc(pl_cons_new(e, pl_small(1), pl_small(2)), BYTES(131, 108, 0, 0, 0, 1, 97, 1, 97, 2));
    check_enc(list_take((pl_term[]){ pl_small(1), pl_small(2), pl_small(300) }, 3),
              BYTES(131, 108, 0, 0, 0, 3, 97, 1, 97, 2, 98, 0, 0, 1, 44, 106));
    check_enc(list_take((pl_term[]){ pl_small('a'), pl_small('b'), pl_small('c') }, 3),
              BYTES(131, 107, 0, 3, 97, 98, 99));
    pl_term keys[3] = { atom("b"), atom("a"), atom("c") };
    pl_term vals[3] = { pl_small(1), pl_small(2), pl_small(3) };
    check_enc(pl_map_from_arrays(e, keys, vals, 3),
              BYTES(131, 116, 0, 0, 0, 3, 100, 0, 1, 97, 97, 2, 100, 0, 1, 98, 97, 1, 100, 0, 1, 99,
                    97, 3));
    pl_term one_f = pl_float_new(e, 1.0);
    pl_term k2[2] = { one_f, pl_small(1) }, v2[2] = { pl_small(1), pl_small(2) };
    check_enc(pl_map_from_arrays(e, k2, v2, 2),
              BYTES(131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 70, 63, 240, 0, 0, 0, 0, 0, 0, 97, 1));
    pl_release(e, one_f);
    check_enc(pl_fun_ext(e, atom("Elixir.Enum"), atom("map"), 2),
              BYTES(131, 113, 100, 0, 11, 'E', 'l', 'i', 'x', 'i', 'r', '.', 'E', 'n', 'u', 'm',
                    100, 0, 3, 'm', 'a', 'p', 97, 2));
}
END_TEST

START_TEST(pids_and_refs_on_nonode)
{
    check_enc(pl_pid(5), BYTES(131, 88, 100, 0, 13, NONODE, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0));
    check_enc(pl_pid(1u << 15 | 7),
              BYTES(131, 88, 100, 0, 13, NONODE, 0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 0));
    check_enc(pl_ref(5), BYTES(131, 90, 0, 3, 100, 0, 13, NONODE, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0,
                               0, 0, 0, 0, 0));
    check_enc(pl_ref(1u << 18 | 7), BYTES(131, 90, 0, 3, 100, 0, 13, NONODE, 0, 0, 0, 0, 0, 0, 0, 7,
                                          0, 0, 0, 1, 0, 0, 0, 0));
    pl_term minor2 = list_take((pl_term[]){ pl_tuple2(e, atom("minor_version"), pl_small(2)) }, 1);
    check_enc_opts(pl_pid(5), minor2,
                   BYTES(131, 88, 119, 13, NONODE, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0));
}
END_TEST

START_TEST(decode_options_and_old_tags)
{
    pl_term used = list_take((pl_term[]){ atom("used") }, 1);
    pl_term safe = list_take((pl_term[]){ atom("safe") }, 1);
    pl_term b = bin(BYTES(131, 97, 1, 5));
    pl_term r = decode(b, used);
    expect(r, "{1, 3}");
    pl_release(e, b);
    b = bin(BYTES(131, 115, 3, 'a', 'b', 'c', 9)); /* SMALL_ATOM_EXT, trailing byte ignored */
    expect(decode(b, safe), ":abc");
    pl_release(e, b);
    b = bin(BYTES(131, 100, 0, 9, 'z', 'q', '_', 'n', 'o', 'p', 'e', '_', '1'));
    ck_assert(decode(b, safe) == PL_NONE); /* a new atom under :safe */
    ck_assert(p->exc_reason == PL_A(badarg));
    pl_proc_clear_exc(p);
    pl_release(e, b);
    b = bin(BYTES(131, 108, 0, 0, 0, 0, 97, 1)); /* a LIST_EXT of no elements is its tail */
    expect(decode(b, PL_NIL), "1");
    pl_release(e, b);
    b = bin(BYTES(131, 110, 2, 1, 5, 0)); /* non-normalised big */
    expect(decode(b, PL_NIL), "-5");
    pl_release(e, b);
    b = bin(BYTES(131, 77, 0, 0, 0, 1, 8, 5));
    expect(decode(b, PL_NIL), "<<5>>");
    pl_release(e, b);
    b = bin(BYTES(131, 113, 100, 0, 5, 'l', 'i', 's', 't', 's', 100, 0, 7, 'r', 'e', 'v', 'e', 'r',
                  's', 'e', 98, 0, 0, 0, 1));
    expect(decode(b, PL_NIL), "&:lists.reverse/1");
    pl_release(e, b);
    pl_release(e, used);
    pl_release(e, safe);
}
END_TEST

/* ---- Errors ---- */

START_TEST(malformed_input_is_badarg)
{
    check_badarg(BYTES(0));
    check_badarg(BYTES(131));
    check_badarg(BYTES(130, 97, 1));
    check_badarg(BYTES(131, 97));
    check_badarg(BYTES(131, 104, 2, 97, 1));
    check_badarg(BYTES(131, 108, 255, 255, 255, 255, 97, 1));
    check_badarg(BYTES(131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2)); /* duplicate key */
    check_badarg(BYTES(131, 70, 127, 240, 0, 0, 0, 0, 0, 0));             /* infinity */
    check_badarg(BYTES(131, 119, 2, 0xc0, 0x80));                          /* overlong UTF-8 */
    check_badarg(BYTES(131, 119, 3, 0xed, 0xa0, 0x80));                    /* a surrogate */
    check_badarg(BYTES(131, 77, 0, 0, 0, 0, 8));
    check_badarg(BYTES(131, 77, 0, 0, 0, 1, 0, 5));
    check_badarg(BYTES(131, 88, 100, 0, 13, NONODE, 0, 0, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    check_badarg(BYTES(131, 88, 100, 0, 13, NONODE, 0, 0, 0, 5, 0, 0, 0x20, 0, 0, 0, 0, 0));
    check_badarg(BYTES(131, 90, 0, 3, 100, 0, 13, NONODE, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 2, 0, 0,
                       0, 0));
    check_badarg(BYTES(131, 90, 0, 6, 100, 0, 13, NONODE, 0, 0, 0, 0, 0, 0, 0, 1));
    check_badarg(BYTES(131, 113, 100, 0, 1, 'a', 100, 0, 1, 'b', 99));
    check_badarg(BYTES(131, 200));
    check_badarg(BYTES(131, 80, 0, 0, 0, 3, 120, 156, 203, 101));
    check_badarg(BYTES(131, 104, 1, 104, 1, 104, 1, 108, 0, 0, 0, 2, 97, 1));
}
END_TEST

START_TEST(bad_options_and_unencodable_terms)
{
    pl_term bogus = list_take((pl_term[]){ atom("bogus") }, 1);
    ck_assert(encode(pl_small(1), bogus) == PL_NONE);
    ck_assert_uint_eq(p->exc_argno, 2);
    pl_proc_clear_exc(p);
    pl_term b = bin(BYTES(131, 97, 1));
    ck_assert(decode(b, bogus) == PL_NONE);
    pl_proc_clear_exc(p);
    ck_assert(decode(pl_small(1), PL_NIL) == PL_NONE);
    ck_assert_str_eq(p->exc_detail, "not a binary");
    pl_proc_clear_exc(p);
    /* OTP would compress 100 a's; proclab has no zlib and says so */
    pl_term compressed = list_take((pl_term[]){ atom("compressed") }, 1);
    unsigned char as[100];
    memset(as, 'a', sizeof as);
    pl_term big = bin(as, sizeof as);
    ck_assert(encode(big, compressed) == PL_NONE);
    ck_assert(p->exc_reason == PL_A(badarg));
    pl_proc_clear_exc(p);
    /* ... but a small term is written plain, as OTP does */
    pl_term r = encode(atom("hello"), compressed);
    ck_assert_uint_eq(pl_bin_of(r)->len, 9);
    pl_release(e, r);
    pl_release(e, big);
    pl_release(e, compressed);
    pl_release(e, b);
    pl_release(e, bogus);
}
END_TEST

/* Random bytes and single-byte mutations of valid encodings: badarg or a
 * term, never a crash (run under SAN=1) and never a leak (the fixture). */
START_TEST(fuzzed_input_never_crashes)
{
    pl_term keys[2] = { atom("a"), pl_small(7) };
    pl_term vals[2] = { pl_cstr(e, "xy"), pl_float_new(e, 2.5) };
    pl_term m = pl_map_from_arrays(e, keys, vals, 2);
    pl_release(e, vals[0]);
    pl_release(e, vals[1]);
    pl_term t = pl_tuple3(e, m, list_take((pl_term[]){ pl_small(1), big_pow2(80, true),
                                                                     pl_pid(3), pl_ref(4) }, 4),
                          pl_cons_new(e, atom("h\xc3\xa9"), pl_small(300)));
    pl_term enc = encode(t, PL_NIL);
    ck_assert(enc != PL_NONE);
    size_t n = pl_bin_of(enc)->len;
    unsigned char *buf = malloc(n + 8);
    uint64_t s = 0x9e3779b97f4a7c15u;
    for (int iter = 0; iter < 20000; iter++) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        size_t len = n;
        memcpy(buf, pl_bin_of(enc)->data, n);
        if (iter % 4 == 0) { /* random bytes after the version */
            len = 1 + (size_t)(s >> 40) % (n + 7);
            for (size_t i = 1; i < len; i++) {
                s = s * 6364136223846793005u + 1442695040888963407u;
                buf[i] = (unsigned char)(s >> 56);
            }
        } else {
            for (int k = 0; k < 1 + iter % 3; k++) {
                s = s * 6364136223846793005u + 1442695040888963407u;
                buf[1 + (s >> 33) % (n - 1)] = (unsigned char)(s >> 56);
            }
            len = iter % 7 == 0 ? (size_t)(s >> 20) % n : n;
        }
        pl_term b = bin(buf, len);
        pl_term r = decode(b, PL_NIL);
        if (r == PL_NONE) {
            ck_assert(p->exc_reason == PL_A(badarg));
            pl_proc_clear_exc(p);
        }
        pl_release(e, r);
        pl_release(e, b);
    }
    free(buf);
    pl_release(e, enc);
    pl_release(e, t);
}
END_TEST

/* ---- Limits ---- */

START_TEST(deep_nesting_without_recursion)
{
    pl_term t = PL_NIL;
    for (int i = 0; i < 200000; i++) {
        t = pl_cons_new(e, t, PL_NIL);
        if (i % 2) {
            pl_term tup = pl_tuple_new(e, 1);
            pl_tuple_of(tup)->el[0] = t;
            t = tup;
        }
    }
    pl_term b = encode(t, PL_NIL);
    ck_assert(b != PL_NONE);
    pl_term back = decode(b, PL_NIL);
    ck_assert(back != PL_NONE);
    /* pl_exact_eq recurses on heads: compare by encoding again instead */
    pl_term again = encode(back, PL_NIL);
    ck_assert(again != PL_NONE && pl_bin_of(again)->len == pl_bin_of(b)->len);
    ck_assert(memcmp(pl_bin_of(again)->data, pl_bin_of(b)->data, pl_bin_of(b)->len) == 0);
    pl_release(e, again);
    pl_release(e, back);
    pl_release(e, b);
    pl_release(e, t);
}
END_TEST

START_TEST(allocation_failures_leak_nothing)
{
    pl_term keys[2] = { atom("k"), pl_small(1) };
    pl_term vals[2] = { PL_NIL, atom("v") };
    pl_term m = pl_map_from_arrays(e, keys, vals, 2);
    pl_term t = pl_tuple3(e, m, list_take((pl_term[]){ pl_small(1000), pl_float_new(e, 0.5) }, 2),
                          pl_cstr(e, "bin"));
    pl_term enc = encode(t, PL_NIL);
    pl_term l = list_take((pl_term[]){ pl_small(3), pl_small(1), pl_small(2), pl_small(1),
                                                   pl_small(5), pl_small(0), pl_small(4) }, 7);
    size_t before = e->alloc.bytes_in_use;
    for (long n = 0; n < 40; n++) {
        e->alloc.fail_after = n;
        pl_term outs[4] = { encode(t, PL_NIL), decode(enc, PL_NIL), pl_lists_sort(p, l),
                            pl_lists_usort(p, l) };
        e->alloc.fail_after = -1;
        for (int i = 0; i < 4; i++) {
            pl_release(e, outs[i]);
        }
        pl_proc_clear_exc(p);
        ck_assert_uint_eq(e->alloc.bytes_in_use, before);
    }
    pl_release(e, l);
    pl_release(e, enc);
    pl_release(e, t);
}
END_TEST

/* ---- lists:sort/1 and usort/1: the BEAM's order for equal terms ---- */

START_TEST(sort_keeps_the_beams_order_of_equal_terms)
{
    pl_term one_f = pl_float_new(e, 1.0);
    pl_term l = list_take((pl_term[]){ pl_retain(one_f), pl_small(1), pl_float_new(e, 0.5),
                                                   pl_small(2) }, 4);
    expect(pl_lists_sort(p, l), "[0.5, 1, 1.0, 2]"); /* from elixir */
    expect(pl_lists_usort(p, l), "[0.5, 1.0, 2]");
    pl_release(e, l);
    l = list_take((pl_term[]){ pl_small(1), pl_retain(one_f), pl_small(1), pl_retain(one_f),
                                           pl_float_new(e, 2.0), pl_small(2), pl_small(0),
                                           pl_float_new(e, 0.0) }, 8);
    expect(pl_lists_sort(p, l), "[0, 0.0, 1, 1.0, 1, 1.0, 2.0, 2]");
    pl_release(e, l);
    pl_release(e, one_f);
    /* a long list sorts without C recursion */
    pl_term big = PL_NIL;
    for (int64_t i = 0; i < 300000; i++) {
        big = pl_cons_new(e, pl_small((i * 7919) % 300007), big);
    }
    pl_term sorted = pl_lists_sort(p, big);
    int64_t prev = -1, count = 0;
    for (pl_term c = sorted; pl_is_cons(c); c = pl_tail(c), count++) {
        ck_assert(pl_small_value(pl_head(c)) >= prev);
        prev = pl_small_value(pl_head(c));
    }
    ck_assert_int_eq(count, 300000);
    pl_release(e, sorted);
    pl_release(e, big);
}
END_TEST

Suite *etf_suite(void)
{
    Suite *s = suite_create("etf");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, integers_and_floats);
    tcase_add_test(core, atoms_latin1_unless_they_cannot_be);
    tcase_add_test(core, lists_tuples_binaries_maps_funs);
    tcase_add_test(core, pids_and_refs_on_nonode);
    tcase_add_test(core, decode_options_and_old_tags);
    tcase_add_test(core, sort_keeps_the_beams_order_of_equal_terms);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, malformed_input_is_badarg);
    tcase_add_test(errors, bad_options_and_unencodable_terms);
    tcase_add_test(errors, fuzzed_input_never_crashes);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, deep_nesting_without_recursion);
    tcase_add_test(limits, allocation_failures_leak_nothing);
    suite_add_tcase(s, limits);
    return s;
}
