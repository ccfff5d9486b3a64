/* String, conversion and number BIFs called directly: results, linear time on
 * adversarial input, error state, and that every path frees what it allocates. */
#include "helpers.h"
#include "bif/bif.h"
#include "inspect.h"

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

static pl_term str(const char *s) { return pl_cstr(e, s); }

/* Asserts inspect(t) == want, then releases t. */
static void expect_inspect(pl_term t, const char *want)
{
    ck_assert_msg(t != PL_NONE, "BIF raised instead of returning %s", want);
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term s = pl_inspect(e, t, &o);
    ck_assert_int_ne(s, PL_NONE);
    char buf[512];
    size_t n = pl_bin_of(s)->len < sizeof buf - 1 ? pl_bin_of(s)->len : sizeof buf - 1;
    memcpy(buf, pl_bin_of(s)->data, n);
    buf[n] = 0;
    pl_release(e, s);
    pl_release(e, t);
    ck_assert_str_eq(buf, want);
}

/* Calls a 1-argument BIF on C strings and checks the inspected result. */
static void call1(pl_bif_fn fn, const char *a, const char *want)
{
    pl_term x = str(a);
    expect_inspect(fn(p, &x), want);
    pl_release(e, x);
}

START_TEST(graphemes_follow_utf8proc)
{
    /* e + combining acute, man ZWJ woman, the French flag, CR LF */
    call1(pl_bif_string_length_1,
          "e\xCC\x81\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"
          "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\r\n",
          "4");
    call1(pl_bif_string_graphemes_1, "a\xCC\x81" "b", "[\"a\xCC\x81\", \"b\"]");
    call1(pl_bif_string_reverse_1, "e\xCC\x81x", "\"xe\xCC\x81\"");
    call1(pl_bif_string_codepoints_1, "\xE6\x97\xA5x", "[\"\xE6\x97\xA5\", \"x\"]");
    call1(pl_bif_string_length_1, "a\xFF" "b", "3");
}
END_TEST

START_TEST(case_mapping_uses_special_casing)
{
    pl_term mode = pl_test_atom(e, "default");
    pl_term x[2] = { str("stra\xC3\x9F" "e \xEF\xAC\x81"), mode };
    expect_inspect(pl_bif_string_upcase_2(p, x), "\"STRASSE FI\"");
    pl_term y[2] = { str("\xC4\xB0"), mode };
    expect_inspect(pl_bif_string_downcase_2(p, y), "\"i\xCC\x87\"");
    pl_release(e, x[0]);
    pl_release(e, y[0]);
}
END_TEST

START_TEST(split_and_replace)
{
    call1(pl_bif_string_split_1, "  a \t b\n", "[\"a\", \"b\"]");
    pl_term opt = pl_tuple2(e, pl_test_atom(e, "parts"), pl_small(2));
    pl_term parts = pl_list_from_array(e, &opt, 1);
    pl_term x[3] = { str("a,b,c"), str(","), parts };
    expect_inspect(pl_bif_string_split_3(p, x), "[\"a\", \"b,c\"]");
    pl_release(e, x[0]);
    pl_release(e, x[1]);
    pl_release(e, pl_head(parts));
    pl_release(e, parts);
    pl_term r[4] = { str("aaa"), str("aa"), str("b"), PL_TRUE };
    expect_inspect(pl_bif_string_replace_binary_4(p, r), "\"ba\"");
    for (int i = 0; i < 3; i++) {
        pl_release(e, r[i]);
    }
}
END_TEST

START_TEST(numbers_round_trip)
{
    call1(pl_bif_erlang_binary_to_integer_1, "-123456789012345678901234567890",
          "-123456789012345678901234567890");
    call1(pl_bif_erlang_binary_to_float_1, "1.5e3", "1500.0");
    pl_term f = pl_float_new(e, 1.005);
    pl_term args[2] = { f, pl_small(2) };
    expect_inspect(pl_bif_float_round_2(p, args), "1.0");
    pl_release(e, f);
    pl_term big = pl_small(255);
    pl_term b[2] = { big, pl_small(16) };
    expect_inspect(pl_bif_erlang_integer_to_binary_2(p, b), "\"FF\"");
}
END_TEST

/* A naive substring search would need ~10^10 steps here; the suite's
 * timeout fails the test if searching is not linear. */
START_TEST(search_is_linear_on_adversarial_input)
{
    size_t n = 1 << 20, m = 1 << 14;
    pl_term hay = pl_bin_alloc(e, n), needle = pl_bin_alloc(e, m);
    memset(pl_bin_of(hay)->data, 'a', n);
    memset(pl_bin_of(needle)->data, 'a', m);
    pl_bin_of(needle)->data[m - 1] = 'b';
    pl_term x[2] = { hay, needle };
    ck_assert_int_eq(pl_bif_string_contains_2(p, x), PL_FALSE);
    pl_term one[1] = { hay };
    expect_inspect(pl_bif_string_length_1(p, one), "1048576");
    pl_term parts = pl_bif_string_graphemes_1(p, one);
    ck_assert_int_eq(pl_list_length(parts), (int64_t)n);
    pl_release(e, parts);
    pl_release(e, hay);
    pl_release(e, needle);
}
END_TEST

START_TEST(badarg_carries_error_info)
{
    pl_term x = str("12x");
    ck_assert_int_eq(pl_bif_erlang_binary_to_integer_1(p, &x), PL_NONE);
    ck_assert_int_eq(p->exc_reason, PL_A(badarg));
    ck_assert_uint_eq(p->exc_argno, 1);
    ck_assert_str_eq(p->exc_detail, "not a textual representation of an integer");
    pl_proc_clear_exc(p);
    pl_term bad[2] = { x, pl_small(99) };
    ck_assert_int_eq(pl_bif_erlang_binary_to_integer_2(p, bad), PL_NONE);
    ck_assert_uint_eq(p->exc_argno, 2);
    pl_release(e, x);
}
END_TEST

START_TEST(raised_structs_are_freed)
{
    pl_term list = pl_list_from_array(e, (pl_term[]){ pl_small(0x110000) }, 1);
    ck_assert_int_eq(pl_bif_list_to_string_1(p, &list), PL_NONE);
    ck_assert(pl_is_map(p->exc_reason));
    pl_proc_clear_exc(p);
    pl_term atoms = pl_list_from_array(e, (pl_term[]){ PL_A(ok) }, 1);
    ck_assert_int_eq(pl_bif_list_to_string_1(p, &atoms), PL_NONE);
    pl_proc_clear_exc(p);
    pl_term s = str("a");
    pl_term pad[3] = { s, pl_small(3), str("") };
    ck_assert_int_eq(pl_bif_string_pad_leading_3(p, pad), PL_NONE);
    ck_assert_int_eq(p->exc_reason, PL_A(function_clause));
    pl_release(e, list);
    pl_release(e, atoms);
    pl_release(e, s);
    pl_release(e, pad[2]);
}
END_TEST

Suite *string_suite(void)
{
    Suite *s = suite_create("string");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, graphemes_follow_utf8proc);
    tcase_add_test(core, case_mapping_uses_special_casing);
    tcase_add_test(core, split_and_replace);
    tcase_add_test(core, numbers_round_trip);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, search_is_linear_on_adversarial_input);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, badarg_carries_error_info);
    tcase_add_test(errors, raised_structs_are_freed);
    suite_add_tcase(s, errors);
    return s;
}
