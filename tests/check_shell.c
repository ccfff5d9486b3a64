/* The shell (engine/shell.c) and the UI's snapshots (engine/view.c), driven
 * through proclab.h alone, as the UI drives them: inputs evaluated by the
 * evaluator process, bindings carried over, iex's wording for errors, a new
 * evaluator after a death, and what the panes read of processes and events. */
#include <stdio.h>
#include "helpers.h"

static pl_engine *e;
static pl_test_output out;

static void setup(void)
{
    e = pl_test_engine_lib(&out);
    ck_assert_int_eq(pl_shell_start(e), PL_OK);
    out.out_len = 0;
    out.out[0] = 0;
}

static void teardown(void)
{
    pl_engine_free(e);
}

/* Steps the engine until the evaluator is no longer running the input. */
static pl_shell_state settle(void)
{
    pl_shell_state st = PL_SHELL_RUNNING;
    for (int i = 0; i < 100000 && st == PL_SHELL_RUNNING; i++) {
        pl_step(e, PL_STEP_SLICE, 0);
        st = pl_shell_poll(e);
    }
    return st;
}

/* Evaluates [src] to the end; returns what it printed (and clears it). */
static const char *eval(const char *src)
{
    out.out_len = 0;
    out.out[0] = 0;
    pl_shell_result r = pl_shell_eval(e, src, strlen(src));
    if (r == PL_SHELL_SENT) {
        settle();
    }
    return out.out;
}

/* ---- Core ---- */

START_TEST(results_print_as_iex_prints_them)
{
    ck_assert_str_eq(eval("1 + 1\n"), "2\n");
    ck_assert_str_eq(eval("%{a: [1, 2], b: \"x\"}\n"), "%{a: [1, 2], b: \"x\"}\n");
    ck_assert_int_eq(pl_shell_counter(e), 3);
}
END_TEST

START_TEST(bindings_carry_over_inputs)
{
    eval("x = 20\n");
    eval("{a, b} = {x + 1, x + 2}\n");
    ck_assert_str_eq(eval("[x, a, b]\n"), "[20, 21, 22]\n");
    eval("x = :rebound\n");
    ck_assert_str_eq(eval("{x, a}\n"), "{:rebound, 21}\n");
}
END_TEST

START_TEST(the_evaluator_is_a_process_with_a_mailbox)
{
    eval("send(self(), :hello)\n");
    ck_assert_str_eq(eval("receive do m -> {:got, m} end\n"), "{:got, :hello}\n");
    ck_assert_str_eq(eval("self() == pid(\"0.80.0\")\n"), "true\n");
    ck_assert_uint_eq(pl_shell_pid(e), 80);
}
END_TEST

START_TEST(flush_and_the_result_history)
{
    eval("send(self(), :a)\n");
    eval("send(self(), {:b, 2})\n");
    ck_assert_str_eq(eval("flush()\n"), ":a\n{:b, 2}\n:ok\n");
    eval("40 + 2\n");
    ck_assert_str_eq(eval("v()\n"), "42\n");
}
END_TEST

START_TEST(aliases_and_imports_carry_over_inputs)
{
    ck_assert_str_eq(eval("alias String, as: S\n"), "String\n");
    ck_assert_str_eq(eval("S.upcase(\"ok\")\n"), "\"OK\"\n");
    eval("import Enum, only: [map: 2]\n");
    ck_assert_str_eq(eval("map([1, 2], &(&1 * 3))\n"), "[3, 6]\n");
    /* an input that raised leaves them as they were */
    eval("alias Map, as: S; raise \"no\"\n");
    ck_assert_str_eq(eval("S.upcase(\"x\")\n"), "\"X\"\n");
}
END_TEST

START_TEST(modules_defined_at_the_prompt_stay)
{
    eval("defmodule Sq do\n  def sq(x), do: x * x\nend\n");
    ck_assert_str_eq(eval("Sq.sq(7)\n"), "49\n");
}
END_TEST

START_TEST(h_takes_a_function_unevaluated)
{
    const char *text = eval("h Enum.map/2\n");
    ck_assert_ptr_nonnull(strstr(text, "def map(enumerable, fun)"));
    ck_assert_ptr_null(strstr(text, "do not show"));
}
END_TEST

/* ---- Errors ---- */

START_TEST(an_unfinished_input_asks_for_more)
{
    ck_assert_int_eq(pl_shell_eval(e, "[1,\n", 4), PL_SHELL_INCOMPLETE);
    ck_assert_int_eq(pl_shell_eval(e, "fn x ->\n", 8), PL_SHELL_INCOMPLETE);
    ck_assert_int_eq(pl_shell_eval(e, "\"abc\n", 5), PL_SHELL_INCOMPLETE);
    ck_assert_str_eq(eval("[1,\n2]\n"), "[1, 2]\n");
}
END_TEST

START_TEST(errors_read_as_in_iex)
{
    ck_assert_int_eq(pl_shell_eval(e, "x = )\n", 6), PL_SHELL_ERROR);
    ck_assert_str_eq(out.out, "** (SyntaxError) iex:1:5: unexpected token: )\n"
                              "    |\n"
                              "  1 | x = )\n"
                              "    |     ^\n\n");
    ck_assert_str_eq(eval("raise \"boom\"\n"), "** (RuntimeError) boom\n\n");
    ck_assert_int_eq(pl_shell_counter(e), 1); /* an error does not move the counter */
    eval("1\n");
    out.out_len = 0;
    out.out[0] = 0;
    ck_assert_int_eq(pl_shell_eval(e, "nope\n", 5), PL_SHELL_ERROR);
    ck_assert_str_eq(out.out,
                     "** (CompileError) iex:2: undefined function nope/0 "
                     "(there is no such import)\n\n");
}
END_TEST

START_TEST(a_dead_evaluator_is_replaced)
{
    eval("x = 1\n");
    out.out_len = 0;
    out.out[0] = 0;
    ck_assert_int_eq(pl_shell_eval(e, "Process.exit(self(), :kill)\n", 28), PL_SHELL_SENT);
    ck_assert_int_eq(settle(), PL_SHELL_RESTARTED);
    ck_assert_str_eq(out.out,
                     "** (EXIT from #PID<0.80.0>) shell process exited with reason: killed\n\n");
    ck_assert_uint_ne(pl_shell_pid(e), 80);
    ck_assert_int_eq(pl_shell_counter(e), 1);
    /* as in iex 1.14, the new shell starts without the old bindings */
    ck_assert_ptr_nonnull(strstr(eval("x\n"), "undefined function x/0"));
}
END_TEST

START_TEST(ctrl_c_stops_a_runaway_evaluation)
{
    ck_assert_int_eq(pl_shell_eval(e, "receive do :never -> 1 end\n", 27), PL_SHELL_SENT);
    for (int i = 0; i < 10; i++) {
        pl_step(e, PL_STEP_SLICE, 0);
    }
    ck_assert_int_eq(pl_shell_poll(e), PL_SHELL_RUNNING);
    ck_assert_int_eq(pl_shell_eval(e, "1\n", 2), PL_SHELL_BUSY);
    pl_shell_interrupt(e);
    ck_assert_int_eq(settle(), PL_SHELL_RESTARTED);
    ck_assert_str_eq(eval("1 + 2\n"), "3\n");
}
END_TEST

/* ---- The snapshots ---- */

static char listed[4096];

static void list_msg(void *ud, size_t index, const char *text, size_t len)
{
    (void)ud;
    size_t at = strlen(listed);
    snprintf(listed + at, sizeof listed - at, "%zu:%.*s;", index, (int)len, text);
}

START_TEST(processes_and_mailboxes_as_the_panes_see_them)
{
    eval("pid = spawn(fn -> receive do {:ping, from} when is_pid(from) -> :ok end end)\n");
    eval("Process.register(pid, :pinger)\n");
    eval("send(pid, :other)\n");
    pl_step(e, PL_STEP_UNTIL_IDLE, 0);
    pl_proc_view views[8];
    ck_assert_uint_eq(pl_view_procs(e, views, 8), 2);
    ck_assert_uint_eq(views[0].pid, 80);
    ck_assert(views[0].shell);
    ck_assert_str_eq(views[0].label, "iex shell");
    ck_assert_uint_eq(views[1].pid, 81);
    ck_assert_uint_eq(views[1].parent, 80);
    ck_assert_str_eq(views[1].name, "pinger");
    ck_assert_str_eq(views[1].label, "fn");
    ck_assert_int_eq(views[1].state, PL_VIEW_WAITING);
    ck_assert_uint_eq(views[1].mailbox_len, 1);
    pl_mailbox_view mb;
    listed[0] = 0;
    ck_assert(pl_view_mailbox(e, 81, 10, 40, list_msg, NULL, &mb));
    ck_assert_str_eq(listed, "0::other;");
    ck_assert_uint_eq(mb.scanned, 1); /* tried, and kept: no clause matched */
    ck_assert_str_eq(mb.patterns, "{:ping, from} when is_pid(from)");
    ck_assert(!pl_view_mailbox(e, 999, 10, 40, list_msg, NULL, &mb));
}
END_TEST

START_TEST(supervisors_are_labelled_and_exits_sent_from_outside)
{
    eval("{:ok, sup} = Supervisor.start_link([{Agent, fn -> 0 end}], strategy: :one_for_one)\n");
    pl_proc_view v;
    ck_assert(pl_view_proc(e, 81, &v));
    ck_assert(v.supervisor);
    ck_assert_str_eq(v.label, "supervisor");
    ck_assert(pl_view_proc(e, 82, &v));
    ck_assert_uint_eq(v.parent, 81);
    ck_assert(pl_exit_signal(e, 82, "kill"));
    pl_step(e, PL_STEP_UNTIL_IDLE, 0);
    ck_assert(!pl_view_proc(e, 82, &v));
    ck_assert(pl_view_proc(e, 83, &v)); /* the restarted child */
    ck_assert_uint_eq(v.parent, 81);
    ck_assert(!pl_exit_signal(e, 82, "kill"));
}
END_TEST

START_TEST(otp_plumbing_is_told_apart)
{
    ck_assert_int_eq(pl_trace_start(e, 4096, NULL, NULL), PL_OK);
    uint64_t from = pl_trace_next(e);
    eval("{:ok, a} = Agent.start_link(fn -> 5 end)\n");
    eval("Agent.get(a, & &1)\n");
    int calls = 0, replies = 0, call_libs = 0;
    pl_term call_ref = PL_VIEW_NONE, reply_ref = PL_VIEW_NONE, ref, payload;
    for (uint64_t s = from; s < pl_trace_next(e); s++) {
        const pl_event *ev = pl_trace_event(e, s);
        ck_assert_ptr_nonnull(ev);
        pl_otp_kind k = pl_view_otp(e, ev, &ref);
        if (k == PL_OTP_CALL) {
            calls++;
            call_ref = ref;
        } else if (k == PL_OTP_REPLY) {
            replies++;
            reply_ref = ref;
        }
        const char *tag = pl_view_lib(e, ev, &payload);
        call_libs += tag && strcmp(tag, "call") == 0;
    }
    ck_assert_int_eq(calls, 1);
    ck_assert_int_eq(replies, 1);
    ck_assert_int_eq(call_libs, 1);
    ck_assert(call_ref != PL_VIEW_NONE && call_ref == reply_ref);
}
END_TEST

START_TEST(completion_of_modules_and_functions)
{
    pl_completion c;
    pl_complete(e, "Enum.ma", &c);
    ck_assert_uint_ge(c.count, 3);
    ck_assert_str_eq(c.items[0], "Enum.map");
    ck_assert_uint_eq(c.common_len, strlen("Enum.ma"));
    pl_completion_free(&c);
    pl_complete(e, "Supervis", &c);
    ck_assert_uint_ge(c.count, 1);
    ck_assert_str_eq(c.items[0], "Supervisor");
    pl_completion_free(&c);
    pl_complete(e, ":et", &c);
    ck_assert_uint_eq(c.count, 1);
    ck_assert_str_eq(c.items[0], ":ets");
    pl_completion_free(&c);
    pl_complete(e, "Nothing.here", &c);
    ck_assert_uint_eq(c.count, 0);
    pl_completion_free(&c);
}
END_TEST

Suite *shell_suite(void)
{
    Suite *s = suite_create("shell");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, results_print_as_iex_prints_them);
    tcase_add_test(core, bindings_carry_over_inputs);
    tcase_add_test(core, the_evaluator_is_a_process_with_a_mailbox);
    tcase_add_test(core, flush_and_the_result_history);
    tcase_add_test(core, modules_defined_at_the_prompt_stay);
    tcase_add_test(core, aliases_and_imports_carry_over_inputs);
    tcase_add_test(core, h_takes_a_function_unevaluated);
    tcase_add_test(core, processes_and_mailboxes_as_the_panes_see_them);
    tcase_add_test(core, supervisors_are_labelled_and_exits_sent_from_outside);
    tcase_add_test(core, otp_plumbing_is_told_apart);
    tcase_add_test(core, completion_of_modules_and_functions);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, an_unfinished_input_asks_for_more);
    tcase_add_test(errors, errors_read_as_in_iex);
    tcase_add_test(errors, a_dead_evaluator_is_replaced);
    tcase_add_test(errors, ctrl_c_stops_a_runaway_evaluation);
    suite_add_tcase(s, errors);
    return s;
}
