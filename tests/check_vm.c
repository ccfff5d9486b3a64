/* The VM: calls, tail calls, deep recursion, limits, exceptions and refcounts. */
#include "helpers.h"
#include "proc.h"
#include "lang/vm.h"

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

#define RUN_OK(src, expected)                                   \
    do {                                                        \
        ck_assert_int_eq(pl_test_run(e, out, src), 0);          \
        ck_assert_str_eq(out->out, expected);                   \
    } while (0)

START_TEST(arithmetic_and_calls)
{
    RUN_OK("defmodule M do\n def f(0), do: 0\n def f(n), do: n + f(n - 1)\nend\n"
           "IO.puts M.f(100)\n",
           "5050\n");
}
END_TEST

START_TEST(tail_calls_run_in_constant_memory)
{
    /* 10 million iterations: frames are reused, so the stack never grows. */
    RUN_OK("defmodule L do\n def loop(0, acc), do: acc\n def loop(n, acc), do: loop(n - 1, acc + 1)\nend\n"
           "IO.puts L.loop(10_000_000, 0)\n",
           "10000000\n");
}
END_TEST

START_TEST(deep_recursion_grows_on_the_heap)
{
    RUN_OK("defmodule D do\n def sum(0), do: 0\n def sum(n), do: n + sum(n - 1)\nend\n"
           "IO.puts D.sum(1_000_000)\n",
           "500000500000\n");
}
END_TEST

START_TEST(runaway_recursion_is_an_error_not_a_crash)
{
    int status = pl_test_run(e, out, "defmodule R do\n def r(n), do: 1 + r(n + 1)\nend\nR.r(0)\n");
    ck_assert_int_eq(status, 1);
    ck_assert_ptr_nonnull(strstr(out->err, "SystemLimitError"));
}
END_TEST

START_TEST(budget_yields_and_resumes)
{
    /* A slice of 10 reductions must stop a long loop and let it resume. */
    pl_proc *p = pl_proc_new(e);
    pl_module *m;
    ck_assert_int_eq(pl_test_run(e, out, "defmodule Y do\n def y(0), do: :done\n def y(n), do: y(n - 1)\nend\n"), 0);
    m = pl_code_module(e, pl_test_atom(e, "Elixir.Y"));
    ck_assert_ptr_nonnull(m);
    pl_func *fn = pl_code_find(m, pl_test_atom(e, "y"), 1);
    pl_term arg = pl_small(1000);
    ck_assert_int_eq(pl_vm_start(p, fn, &arg, 1), PL_OK);
    int slices = 0;
    while (pl_vm_run(p, 10) == PL_RUN_YIELD) {
        slices++;
    }
    ck_assert_int_ge(slices, 90);
    ck_assert(pl_tuple_get(p->exit_reason, 1) == pl_test_atom(e, "done"));
    pl_proc_free(p);
}
END_TEST

START_TEST(exceptions_release_what_they_unwind)
{
    const char *src = "defmodule X do\n def deep(0), do: raise \"boom\"\n"
                      " def deep(n), do: [n | deep(n - 1)]\nend\n"
                      "try do\n X.deep(1000)\nrescue\n e -> IO.puts(e.message)\nend\n";
    RUN_OK(src, "boom\n"); /* the first run also sets up what engines make lazily */
    size_t before = e->alloc.bytes_in_use;
    RUN_OK(src, "boom\n");
    size_t after_second = e->alloc.bytes_in_use;
    RUN_OK(src, "boom\n");
    /* Each later run only adds its own compiled code: the same amount each time. */
    ck_assert_uint_eq(e->alloc.bytes_in_use - after_second, after_second - before);
}
END_TEST

/* ==, !=, ===, !== answered without a term comparison still release their
 * operands: lists built per iteration must not outlive it. */
START_TEST(comparisons_release_their_operands)
{
    RUN_OK("defmodule C do\n def cmp(0), do: :ok\n"
           " def cmp(n), do: ([n] == [] or [n] === nil or [] != [n]) && cmp(n - 1)\nend\n", "");
    size_t before = e->alloc.bytes_in_use;
    RUN_OK("C.cmp(00010)\n", "");
    size_t after_few = e->alloc.bytes_in_use;
    RUN_OK("C.cmp(10000)\n", "");
    /* Same-sized scripts: a leak would grow with the iterations. */
    ck_assert_uint_eq(e->alloc.bytes_in_use - after_few, after_few - before);
}
END_TEST

START_TEST(uncaught_errors_print_like_elixir)
{
    ck_assert_int_eq(pl_test_run(e, out, "x = 1\n{:ok, _} = {:error, x}\n"), 1);
    ck_assert_str_eq(out->err, "** (MatchError) no match of right hand side value: {:error, 1}\n");
    ck_assert_int_eq(pl_test_run(e, out, "throw(:up)\n"), 1);
    ck_assert_str_eq(out->err, "** (throw) :up\n");
    ck_assert_int_eq(pl_test_run(e, out, "exit(:normal)\n"), 0);
    ck_assert_int_eq(pl_test_run(e, out, "a = 0\n1 / a\n"), 1);
    ck_assert_str_eq(out->err,
                     "** (ArithmeticError) bad argument in arithmetic expression: 1 / 0\n");
}
END_TEST

START_TEST(memory_limit_is_an_error_not_a_crash)
{
    /* An engine with a 32 MiB term budget: a runaway list ends the script with
     * SystemLimitError, and the engine stays usable. */
    e->alloc.bytes_limit = e->alloc.bytes_in_use + ((size_t)32 << 20);
    int status = pl_test_run(e, out, "Enum.reduce(1..100_000_000, [], fn x, acc -> [x | acc] end)\n");
    ck_assert_int_eq(status, 1);
    ck_assert_ptr_nonnull(strstr(out->err, "SystemLimitError"));
    ck_assert_int_eq(pl_test_run(e, out, "IO.puts(:still_alive)\n"), 0);
    ck_assert_str_eq(out->out, "still_alive\n");
}
END_TEST

/* Every allocation of a script, failed in turn: each failure must end in a clean
 * error (no crash, no sanitizer report), and the engine must stay usable. */
START_TEST(each_allocation_failure_is_clean)
{
    const char *src = "defmodule W do\n"
                      "  def loop(acc), do: receive(do: ({:add, x} -> loop([x | acc]); {:get, p} -> send(p, acc)))\n"
                      "end\n"
                      "w = spawn(fn -> W.loop([]) end)\n"
                      "for i <- 1..20, do: send(w, {:add, %{i => \"v#{i}\"}})\n"
                      "send(w, {:get, self()})\n"
                      "receive do l -> IO.puts(inspect(Enum.take(l, 2))) end\n";
    for (long n = 0; n < 1500; n += 3) {
        e->alloc.fail_after = n;
        int status = pl_test_run(e, out, src);
        e->alloc.fail_after = -1;
        ck_assert_int_le(status, 1);
    }
    ck_assert_int_eq(pl_test_run(e, out, src), 0);
    ck_assert_str_eq(out->out, "[%{20 => \"v20\"}, %{19 => \"v19\"}]\n");
}
END_TEST

Suite *vm_suite(void)
{
    Suite *s = suite_create("vm");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, arithmetic_and_calls);
    tcase_add_test(core, exceptions_release_what_they_unwind);
    tcase_add_test(core, comparisons_release_their_operands);
    tcase_add_test(core, budget_yields_and_resumes);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_set_timeout(limits, 60);
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, tail_calls_run_in_constant_memory);
    tcase_add_test(limits, deep_recursion_grows_on_the_heap);
    tcase_add_test(limits, runaway_recursion_is_an_error_not_a_crash);
    tcase_add_test(limits, memory_limit_is_an_error_not_a_crash);
    tcase_add_test(limits, each_allocation_failure_is_clean);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, uncaught_errors_print_like_elixir);
    suite_add_tcase(s, errors);
    return s;
}
