/* IEx.Helpers.v/0,1 (engine/lib/iex_helpers.ex) against the contract with the
 * shell: the history is [{counter, value}, ...], newest first, under the
 * process dictionary key :"$proclab_history". Real elixir has no such key, so
 * these cases cannot be conformance cases; they set the history by hand. */
#include <stdio.h>
#include "helpers.h"

static pl_engine *e;
static pl_test_output out;

static void setup(void)
{
    e = pl_test_engine_lib(&out);
}

static void teardown(void)
{
    pl_engine_free(e);
}

/* Runs [body] after a history of three results (prompts 1, 2 and 4; prompt 3
 * raised, so it has none) and checks what it printed. */
static void expect_with_history(const char *body, const char *want)
{
    char src[2048];
    snprintf(src, sizeof src,
             "Process.put(:\"$proclab_history\", [{4, :four}, {2, \"two\"}, {1, [1]}])\n"
             "import IEx.Helpers\n"
             "%s",
             body);
    ck_assert_int_eq(pl_test_run(e, &out, src), 0);
    ck_assert_str_eq(out.out, want);
    ck_assert_str_eq(out.err, "");
}

START_TEST(v_is_the_latest_result)
{
    expect_with_history("IO.inspect({v(), v(-1)})\n", "{:four, :four}\n");
}
END_TEST

START_TEST(v_n_is_the_result_of_prompt_n)
{
    expect_with_history("IO.inspect({v(1), v(2), v(4)})\n", "{[1], \"two\", :four}\n");
}
END_TEST

START_TEST(v_minus_k_counts_back_from_the_latest)
{
    expect_with_history("IO.inspect({v(-1), v(-2), v(-3)})\n", "{:four, \"two\", [1]}\n");
}
END_TEST

START_TEST(i_without_argument_describes_the_latest_result)
{
    expect_with_history("IO.inspect(i())\n",
                        "Term\n  :four\nData type\n  Atom\nReference modules\n  Atom\n"
                        "Implemented protocols\n  IEx.Info, Inspect, List.Chars, String.Chars\n"
                        ":\"do not show this result in output\"\n");
}
END_TEST

/* IEx's own message, for a prompt that has no result, 0, and past either end. */
START_TEST(v_out_of_bounds_raises_as_iex_does)
{
    expect_with_history("for n <- [3, 5, 0, -4] do\n"
                        "  try do\n"
                        "    v(n)\n"
                        "  rescue\n"
                        "    e in RuntimeError -> IO.puts(e.message)\n"
                        "  end\n"
                        "end\n",
                        "v(3) is out of bounds\nv(5) is out of bounds\n"
                        "v(0) is out of bounds\nv(-4) is out of bounds\n");
}
END_TEST

/* Outside the shell there is no history at all: v() is out of bounds, not a crash. */
START_TEST(v_without_history_is_out_of_bounds)
{
    ck_assert_int_eq(pl_test_run(e, &out,
                                 "try do\n"
                                 "  IEx.Helpers.v()\n"
                                 "rescue\n"
                                 "  e -> IO.puts(Exception.message(e))\n"
                                 "end\n"),
                     0);
    ck_assert_str_eq(out.out, "v(-1) is out of bounds\n");
}
END_TEST

Suite *iex_suite(void)
{
    Suite *s = suite_create("iex");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, v_is_the_latest_result);
    tcase_add_test(core, v_n_is_the_result_of_prompt_n);
    tcase_add_test(core, v_minus_k_counts_back_from_the_latest);
    tcase_add_test(core, i_without_argument_describes_the_latest_result);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, v_out_of_bounds_raises_as_iex_does);
    tcase_add_test(errors, v_without_history_is_out_of_bounds);
    suite_add_tcase(s, errors);
    return s;
}
