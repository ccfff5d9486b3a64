/* proclab's command line: argv -> run | repl | the tutor | --help/--version. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "proclab.h"
#include "host.h"
#include "repl.h"
#include "tui.h"

static const char USAGE[] =
    "usage: proclab [--ascii]                 the full-screen UI (--ascii: no Unicode lines)\n"
    "       proclab run [--trace] FILE.exs   run a script, like `elixir FILE.exs`\n"
    "       proclab run --dump FILE.exs      show the bytecode instead of running\n"
    "       proclab run --speed=X FILE.exs   run time X times as fast (0.25 ... 16)\n"
    "       proclab repl                     the shell (iex) without the full screen\n"
    "       proclab --bench-ui               time the UI's redraw with 10 000 processes\n"
    "       proclab --help | --version\n";

/* `proclab run --trace`: every event, one line each, on stderr. */
static void print_event(void *ud, const pl_event *ev)
{
    char line[512];
    size_t n = pl_trace_describe(ud, ev, line, sizeof line);
    fprintf(stderr, "%.*s\n", (int)(n < sizeof line ? n : sizeof line - 1), line);
}

static int cmd_run(int argc, char **argv)
{
    const char *file = NULL;
    bool dump = false, trace = false;
    double speed = 1.0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--trace") == 0) {
            trace = true;
            continue;
        }
        if (strcmp(argv[i], "--dump") == 0) {
            dump = true;
            continue;
        }
        if (strncmp(argv[i], "--speed=", 8) == 0) {
            speed = atof(argv[i] + 8);
            continue;
        }
        file = argv[i];
        break;
    }
    if (!file) {
        fputs(USAGE, stderr);
        return 2;
    }
    size_t len = 0;
    char *src = pl_host_read_file(file, &len);
    if (!src) {
        fprintf(stderr, "No file named %s\n", file); /* as `elixir FILE` says it */
        return 1;
    }
    /* Terms are capped at 8 GiB: a runaway program gets SystemLimitError, not
     * the machine's OOM killer. */
    pl_engine_config cfg = { .seed = 0, .clock = pl_host_clock, .sleep = pl_host_sleep,
                             .alloc_limit = (size_t)8 << 30, .unix_ns = pl_host_unix_ns() };
    pl_engine *e = pl_engine_new(&cfg);
    if (!e) {
        fprintf(stderr, "proclab: could not start the engine\n");
        free(src);
        return 1;
    }
    if (trace) {
        pl_trace_start(e, 4096, print_event, e);
    }
    if (speed != 1.0) {
        pl_set_speed(e, speed);
    }
    pl_run_result r = { PL_OK, 0 };
    if (dump) {
        r.exit_code = pl_dump_script(e, file, src, len) == PL_OK ? 0 : 1;
    } else {
        r = pl_run_script(e, file, src, len);
    }
    fflush(stdout);
    pl_engine_free(e);
    free(src);
    return r.exit_code;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "run") == 0) {
        return cmd_run(argc - 2, argv + 2);
    }
    if (argc >= 2 && strcmp(argv[1], "repl") == 0) {
        return pl_repl_main(argc - 1, argv + 1);
    }
    if (argc >= 2 && strcmp(argv[1], "--version") == 0) {
        printf("proclab %s\n", PL_VERSION);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "--help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "--bench-ui") == 0) {
        return pl_tui_bench(argc - 2, argv + 2);
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--ascii") != 0) {
            fprintf(stderr, "proclab: unknown option %s\n", argv[i]);
            fputs(USAGE, stderr);
            return 2;
        }
    }
    return pl_tui_main(argc - 1, argv + 1);
}
