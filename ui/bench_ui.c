/* `proclab --bench-ui`: how long the UI takes to redraw, and to answer a key,
 * with 10 000 live processes and a message storm running. The screen is a
 * real pseudo-terminal (newterm on a pty whose other end we drain), 200x50,
 * so ncurses does all of its work; the engine runs between frames as in the
 * real loop; then keys written into the pty are timed until their frame is
 * drawn. Prints median, 95th percentile and worst of each. */
#define _XOPEN_SOURCE 600
#define _XOPEN_SOURCE_EXTENDED 1
#include <fcntl.h>
#include <locale.h>
#include <ncurses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "draw.h"
#include "drive.h"
#include "host.h"
#include "tui.h"

static const char WORKLOAD[] =
    "defmodule Storm do\n"
    "  def idle(), do: receive(do: (_ -> idle()))\n"
    "  def ring(next), do: receive(do: (n -> send(next, n + 1); ring(next)))\n"
    "end\n"
    "for _ <- 1..10_000, do: spawn(&Storm.idle/0)\n"
    "last = spawn(fn -> Storm.ring(self()) end)\n"
    "first = Enum.reduce(1..999, last, fn _, nxt -> spawn(fn -> Storm.ring(nxt) end) end)\n"
    "for t <- 1..200, do: send(first, t)\n"
    ":storm\n";

typedef struct pty {
    int master;
    FILE *slave;
} pty;

static bool open_pty(pty *t)
{
    t->master = posix_openpt(O_RDWR | O_NOCTTY);
    if (t->master < 0 || grantpt(t->master) || unlockpt(t->master)) {
        return false;
    }
    const char *name = ptsname(t->master);
    t->slave = name ? fopen(name, "r+") : NULL;
    fcntl(t->master, F_SETFL, fcntl(t->master, F_GETFL) | O_NONBLOCK);
    return t->slave != NULL;
}

/* What the terminal would read; drained so that writes never block. */
static void drain(const pty *t)
{
    char buf[65536];
    while (read(t->master, buf, sizeof buf) > 0) {
    }
}

static int by_value(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *what, uint64_t *ns, int n)
{
    qsort(ns, (size_t)n, sizeof *ns, by_value);
    printf("%-34s median %6.2f ms   p95 %6.2f ms   worst %6.2f ms\n", what, (double)ns[n / 2] / 1e6,
           (double)ns[n * 95 / 100] / 1e6, (double)ns[n - 1] / 1e6);
}

int pl_tui_bench(int argc, char **argv)
{
    int frames = argc > 0 ? atoi(argv[0]) : 200;
    frames = frames < 10 ? 10 : frames;
    setlocale(LC_ALL, "");
    pty t;
    pl_ui *ui = malloc(sizeof *ui);
    if (!open_pty(&t) || !ui || !pl_ui_init(ui, false)) {
        fputs("proclab: --bench-ui could not set up a pseudo-terminal and an engine\n", stderr);
        free(ui);
        return 1;
    }
    SCREEN *scr = newterm("xterm-256color", t.slave, t.slave);
    if (!scr) {
        fputs("proclab: --bench-ui: no xterm-256color terminfo entry\n", stderr);
        return 1;
    }
    resizeterm(50, 200);
    keypad(stdscr, TRUE);
    pl_draw_init(true, false);
    pl_ui_layout(ui);
    ui->insert = false;
    pl_shell_eval(ui->e, WORKLOAD, strlen(WORKLOAD));
    while (pl_shell_poll(ui->e) == PL_SHELL_RUNNING) {
        pl_drive_run(ui->e, 50000000);
        drain(&t);
    }
    uint64_t *draw_ns = calloc((size_t)frames, sizeof *draw_ns);
    uint64_t *turn_ns = calloc((size_t)frames, sizeof *turn_ns);
    for (int i = 0; i < frames && draw_ns && turn_ns; i++) {
        /* one turn of the loop: an engine slice budget, then a whole frame */
        uint64_t t0 = pl_ui_host_ns();
        pl_drive_run(ui->e, 8000000);
        uint64_t t1 = pl_ui_host_ns();
        pl_ui_snapshot(ui);
        if (i % 40 == 20) {
            ui->table = !ui->table; /* both views of the processes pane */
        }
        clearok(curscr, TRUE);  /* a full redraw, not just what changed */
        pl_ui_draw(ui);
        uint64_t t2 = pl_ui_host_ns();
        draw_ns[i] = t2 - t1;
        turn_ns[i] = t2 - t0;
        drain(&t);
    }
    /* A key as the terminal sends it: `t` written to the pty's other end,
     * then turns of the real loop until the frame that shows it is drawn. */
    int keys = frames / 4;
    uint64_t *key_ns = calloc((size_t)keys, sizeof *key_ns);
    for (int i = 0; i < keys && key_ns; i++) {
        bool was = ui->table;
        uint64_t t0 = pl_ui_host_ns();
        if (write(t.master, "t", 1) != 1) {
            break;
        }
        while (ui->table == was && pl_ui_host_ns() - t0 < 2000000000ull) {
            pl_ui_turn(ui);
        }
        key_ns[i] = pl_ui_host_ns() - t0;
        drain(&t);
    }
    printf("%zu live processes, %llu trace events so far, %d frames at 200x50\n", ui->total_procs,
           (unsigned long long)pl_trace_next(ui->e), frames);
    if (draw_ns && turn_ns && key_ns) {
        report("full redraw (snapshot + draw)", draw_ns, frames);
        report("loop turn (engine slice + redraw)", turn_ns, frames);
        report("key press to its frame on screen", key_ns, keys);
    }
    free(key_ns);
    free(draw_ns);
    free(turn_ns);
    endwin();
    delscreen(scr);
    fclose(t.slave);
    close(t.master);
    pl_ui_free(ui);
    free(ui);
    return 0;
}
