/* The compiler: patterns, guards, scopes, closures, modules and its errors. */
#include "helpers.h"

static pl_engine *e;
static pl_test_output *out;

static void setup(void)
{
    out = malloc(sizeof *out);
    e = pl_test_engine_lib(out);
}

static void teardown(void)
{
    pl_engine_free(e);
    free(out);
}

static void expect(const char *src, const char *expected)
{
    int status = pl_test_run(e, out, src);
    ck_assert_msg(status == 0, "status %d, stderr: %s", status, out->err);
    ck_assert_str_eq(out->out, expected);
}

START_TEST(patterns_bind_and_check)
{
    expect("{a, [b | c], %{k: d}} = {1, [2, 3], %{k: 4}}\nIO.inspect({a, b, c, d})\n",
           "{1, 2, [3], 4}\n");
    expect("{x, x} = {1, 1}\nIO.inspect(x)\n", "1\n");
    expect("x = 5\ncase 5 do\n ^x -> IO.puts(:pinned)\nend\n", "pinned\n");
    expect("\"ab\" <> rest = \"abcd\"\nIO.puts(rest)\n", "cd\n");
}
END_TEST

START_TEST(case_clauses_do_not_leak_bindings)
{
    expect("x = 1\ncase 2 do\n x -> x\nend\nIO.inspect(x)\n", "1\n");
    expect("y = 1\nif true do\n y = 2\n y\nend\nIO.inspect(y)\n", "1\n");
}
END_TEST

START_TEST(guards_fail_instead_of_raising)
{
    expect("f = fn\n x when length(x) > 1 -> :long\n _ -> :other\nend\n"
           "IO.inspect({f.([1, 2]), f.(:atom)})\n",
           "{:long, :other}\n");
}
END_TEST

START_TEST(closures_capture_by_value)
{
    expect("x = 1\nf = fn -> x end\nx = 2\nIO.inspect({f.(), x})\n", "{1, 2}\n");
    expect("add = fn a -> fn b -> a + b end end\nIO.inspect(add.(1).(2))\n", "3\n");
    expect("IO.inspect(Enum.map([1, 2], &(&1 * 10)))\n", "[10, 20]\n");
}
END_TEST

START_TEST(module_attributes_are_versioned)
{
    expect("defmodule A do\n @x 1\n def a, do: @x\n @x 2\n def b, do: @x\nend\n"
           "IO.inspect({A.a(), A.b()})\n",
           "{1, 2}\n");
}
END_TEST

START_TEST(syntax_and_compile_errors_are_reported)
{
    ck_assert_int_eq(pl_test_run(e, out, "x = (1 +\n"), 1);
    ck_assert_ptr_nonnull(strstr(out->err, "test.exs:"));
    ck_assert_int_eq(pl_test_run(e, out, "nope(1)\n"), 1);
    ck_assert_str_eq(out->err,
                     "** (CompileError) test.exs:1: undefined function nope/1 (there is no such import)\n");
    ck_assert_str_eq(out->out, "");
}
END_TEST

Suite *compile_suite(void)
{
    Suite *s = suite_create("compile");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, patterns_bind_and_check);
    tcase_add_test(core, case_clauses_do_not_leak_bindings);
    tcase_add_test(core, guards_fail_instead_of_raising);
    tcase_add_test(core, closures_capture_by_value);
    tcase_add_test(core, module_attributes_are_versioned);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, syntax_and_compile_errors_are_reported);
    suite_add_tcase(s, errors);
    return s;
}
