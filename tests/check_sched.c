/* The scheduler, signals and timers, through scripts: determinism of the event
 * stream, virtual time, the exit-signal table and the step API. */
#include <stdio.h>
#include "helpers.h"
#include "sched.h"

typedef struct stream {
    char text[1 << 16];
    size_t len;
    pl_engine *e;
} stream;

static void record(void *ud, const pl_event *ev)
{
    stream *s = ud;
    char line[256];
    size_t n = pl_trace_describe(s->e, ev, line, sizeof line);
    n = n < sizeof line ? n : sizeof line - 1;
    if (s->len + n + 1 < sizeof s->text) {
        memcpy(s->text + s->len, line, n);
        s->len += n;
        s->text[s->len++] = '\n';
        s->text[s->len] = '\0';
    }
}

static const char *PINGPONG =
    "defmodule P do\n"
    "  def loop(0), do: :done\n"
    "  def loop(n) do\n"
    "    receive do\n"
    "      {:ping, from} -> send(from, :pong); loop(n - 1)\n"
    "    end\n"
    "  end\n"
    "  def run do\n"
    "    p = spawn(fn -> loop(20) end)\n"
    "    Process.monitor(p)\n"
    "    for _ <- 1..20, do: (send(p, {:ping, self()}); receive(do: (:pong -> :ok)))\n"
    "    Process.send_after(self(), :tick, 500)\n"
    "    receive do {:DOWN, _, _, _, r} -> IO.inspect(r) end\n"
    "    receive do :tick -> IO.puts(:tick) end\n"
    "  end\n"
    "end\n"
    "P.run()\n";

static void run_traced(stream *s, pl_test_output *out)
{
    pl_engine *e = pl_test_engine_lib(out);
    s->len = 0;
    s->text[0] = '\0';
    s->e = e;
    pl_trace_start(e, 1024, record, s);
    ck_assert_int_eq(pl_test_run(e, out, PINGPONG), 0);
    pl_engine_free(e);
}

START_TEST(same_program_same_event_stream)
{
    pl_test_output *out = malloc(sizeof *out);
    stream *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    run_traced(a, out);
    ck_assert_str_eq(out->out, ":normal\ntick\n");
    run_traced(b, out);
    ck_assert_uint_gt(a->len, 1000);
    ck_assert_str_eq(a->text, b->text);
    free(a);
    free(b);
    free(out);
}
END_TEST

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

START_TEST(virtual_time_skips_waiting)
{
    /* An hour of sleeping takes no real time on the virtual clock. */
    expect("t0 = System.monotonic_time(:millisecond)\nProcess.sleep(3_600_000)\n"
           "IO.inspect(System.monotonic_time(:millisecond) - t0)\n",
           "3600000\n");
}
END_TEST

START_TEST(exit_signal_table)
{
    expect("Process.flag(:trap_exit, true)\n"
           "a = spawn_link(fn -> receive do end end)\n"
           "Process.exit(a, :kill)\n"
           "receive do {:EXIT, ^a, r} -> IO.inspect(r) end\n"
           "b = spawn_link(fn -> exit(:kill) end)\n"
           "receive do {:EXIT, ^b, r} -> IO.inspect(r) end\n"
           "c = spawn(fn -> receive do end end)\n"
           "Process.exit(c, :normal)\n"
           "IO.inspect(Process.alive?(c))\n",
           ":killed\n:kill\ntrue\n");
}
END_TEST

START_TEST(link_chain_dies_without_recursion)
{
    /* 100 000 processes linked in a chain: one crash takes them all down. */
    expect("defmodule C do\n"
           "  def chain(0, parent), do: (send(parent, :ready); receive do end)\n"
           "  def chain(n, parent), do: (spawn_link(fn -> chain(n - 1, parent) end); receive do end)\n"
           "end\n"
           "me = self()\n"
           "first = spawn(fn -> C.chain(100_000, me) end)\n"
           "receive do :ready -> :ok end\n"
           "ref = Process.monitor(first)\n"
           "IO.inspect(:erlang.system_info(:process_count) > 100_000)\n"
           "Process.exit(first, :boom)\n"
           "receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end\n"
           "IO.inspect(:erlang.system_info(:process_count))\n",
           "true\n:boom\n1\n");
}
END_TEST

/* Three children each send five messages. With the default slice a child sends
 * all five before another runs; with a slice of one reduction (a send is one)
 * the run queue goes round between sends, so their messages interleave. */
static const char *INTERLEAVE =
    "me = self()\n"
    "for i <- 1..3, do: spawn(fn -> for j <- 1..5, do: send(me, {i, j}) end)\n"
    "msgs = for _ <- 1..15, do: (receive do m -> m end)\n"
    "runs = msgs |> Enum.chunk_by(&elem(&1, 0)) |> length()\n"
    "IO.inspect(runs == 3)\n";

START_TEST(slice_of_one_interleaves)
{
    expect(INTERLEAVE, "true\n");
    pl_set_slice(e, 1);
    expect(INTERLEAVE, "false\n");
}
END_TEST

START_TEST(process_limit_raises_system_limit)
{
    e->sched->limit = 100; /* what pl_engine_config.process_limit sets */
    expect("r = try do\n"
           "  for _ <- 1..200, do: spawn(fn -> receive do end end)\n"
           "rescue\n"
           "  e -> e\n"
           "end\n"
           "IO.inspect(r)\n"
           "IO.inspect(:erlang.system_info(:process_count))\n",
           "%SystemLimitError{message: \"a system limit has been reached\"}\n100\n");
}
END_TEST

static uint64_t fake_host_ns;
static uint64_t fake_clock(void *ud)
{
    (void)ud;
    return fake_host_ns;
}

START_TEST(speed_factor_scales_real_time)
{
    pl_engine_config cfg = { .bare = true, .clock = fake_clock };
    fake_host_ns = 1000;
    pl_engine *r = pl_engine_new(&cfg);
    uint64_t t0 = pl_engine_now(r);
    fake_host_ns += 1000000000; /* one host second at x1 */
    ck_assert_uint_eq(pl_engine_now(r) - t0, 1000000000);
    pl_set_speed(r, 4);
    uint64_t t1 = pl_engine_now(r);
    fake_host_ns += 1000000000; /* one host second at x4 */
    ck_assert_uint_eq(pl_engine_now(r) - t1, 4000000000u);
    ck_assert_uint_eq(pl_host_wait_ns(r, 4000000000u), 1000000000);
    pl_set_speed(r, 100); /* clamped to x16 */
    ck_assert_uint_eq(pl_host_wait_ns(r, 16), 1);
    pl_engine_free(r);
}
END_TEST

START_TEST(deadlock_is_reported)
{
    ck_assert_int_eq(pl_test_run(e, out, "receive do :never -> :ok end\n"), 1);
    ck_assert_ptr_nonnull(strstr(out->err, "deadlock"));
}
END_TEST

Suite *sched_suite(void)
{
    Suite *s = suite_create("sched");
    TCase *core = tcase_create("Core");
    tcase_set_timeout(core, 60);
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, same_program_same_event_stream);
    tcase_add_test(core, virtual_time_skips_waiting);
    tcase_add_test(core, exit_signal_table);
    tcase_add_test(core, slice_of_one_interleaves);
    tcase_add_test(core, speed_factor_scales_real_time);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_set_timeout(limits, 60);
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, link_chain_dies_without_recursion);
    tcase_add_test(limits, process_limit_raises_system_limit);
    suite_add_tcase(s, limits);
    TCase *errors = tcase_create("Errors");
    tcase_add_checked_fixture(errors, setup, teardown);
    tcase_add_test(errors, deadlock_is_reported);
    suite_add_tcase(s, errors);
    return s;
}
