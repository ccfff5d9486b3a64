/* The panes drawn headlessly: the real UI code renders into ncurses' own
 * screen (newterm on /dev/null, so nothing reaches a terminal) and the tests
 * read the cells back. Edge cases a tmux test would be slow for: long names,
 * wide and control characters, narrow and too small sizes, --ascii. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>
#include <stdio.h>
#include "helpers.h"
#include "../ui/draw.h"
#include "../ui/drive.h"
#include "../ui/tui.h"

static pl_ui *ui;
static SCREEN *scr;
static FILE *out, *in;

static void open_screen(int cols, int lines, bool ascii)
{
    setlocale(LC_ALL, "C.UTF-8");
    setenv("PROCLAB_HISTORY", "/dev/null", 1);
    unsetenv("NO_COLOR");
    out = fopen("/dev/null", "w");
    in = fopen("/dev/null", "r");
    scr = newterm("xterm-256color", out, in);
    ck_assert_ptr_nonnull(scr);
    resizeterm(lines, cols);
    ui = malloc(sizeof *ui);
    ck_assert(pl_ui_init(ui, ascii));
    pl_draw_init(true, ascii);
    pl_ui_layout(ui);
}

static void setup(void) { open_screen(100, 30, false); }

static void teardown(void)
{
    pl_ui_free(ui);
    free(ui);
    endwin();
    delscreen(scr);
    fclose(out);
    fclose(in);
}

static void render(void)
{
    pl_ui_snapshot(ui);
    pl_ui_draw(ui);
}

/* Row [y] of the screen as UTF-8. */
static const char *row(int y)
{
    static char text[2048];
    size_t at = 0;
    for (int x = 0; x < COLS && at + 8 < sizeof text; x++) {
        cchar_t cc;
        wchar_t wc[CCHARW_MAX + 1];
        attr_t a;
        short pair;
        if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &a, &pair, NULL) == ERR) {
            continue;
        }
        if (wc[0] && wcwidth(wc[0]) == 2) {
            x++; /* a wide character: the next cell is its other half */
        }
        for (int i = 0; wc[i]; i++) {
            mbstate_t mb;
            memset(&mb, 0, sizeof mb);
            size_t n = wcrtomb(text + at, wc[i], &mb);
            at += n == (size_t)-1 ? 0 : n;
        }
    }
    text[at] = 0;
    return text;
}

static bool absent(const char *what)
{
    for (int y = 0; y < LINES; y++) {
        if (strstr(row(y), what)) {
            return false;
        }
    }
    return true;
}

static bool shows(const char *what)
{
    if (!absent(what)) {
        return true;
    }
    /* not there: the screen goes to stderr, for whoever reads the failure */
    fprintf(stderr, "---- screen without \"%s\" ----\n", what);
    for (int y = 0; y < LINES; y++) {
        fprintf(stderr, "%s\n", row(y));
    }
    return false;
}

/* Evaluates [src] at the prompt and runs the engine until it is done. */
static void eval(const char *src)
{
    pl_ui_eval(ui, src);
    for (int i = 0; i < 1000 && pl_shell_poll(ui->e) == PL_SHELL_RUNNING; i++) {
        pl_drive_run(ui->e, 1000000);
    }
    pl_step(ui->e, PL_STEP_UNTIL_IDLE, 0);
    render();
}

/* Every row ends in a pane's right border: nothing drew past it. */
static void borders_intact(void)
{
    for (int y = 0; y < LINES - 1; y++) {
        const char *r = row(y);
        size_t n = strlen(r);
        ck_assert_msg(n >= 3 && (strcmp(r + n - 3, "│") == 0 || strcmp(r + n - 3, "┐") == 0 ||
                                 strcmp(r + n - 3, "┘") == 0 || strcmp(r + n - 3, "┤") == 0),
                      "row %d does not end in a border: %s", y, r);
    }
}

START_TEST(every_pane_is_drawn)
{
    render();
    ck_assert(shows("┌ Playground"));
    ck_assert(shows("Processes 1"));
    ck_assert(shows("Mailbox <0.80.0>"));
    ck_assert(shows("┌ Messages"));
    ck_assert(shows("iex <0.80.0>"));
    ck_assert(shows("iex(1)>"));
    ck_assert_ptr_nonnull(strstr(row(LINES - 1), "INSERT"));
    borders_intact();
}
END_TEST

START_TEST(long_names_and_odd_characters_stay_in_their_cells)
{
    eval("pid = spawn(fn -> receive do :never -> 1 end end)");
    eval("Process.register(pid, :a_very_long_registered_name_that_cannot_possibly_fit_here)");
    eval("send(pid, \"漢字かな交じり文 with wide characters and more text to overflow the pane\")");
    eval("send(pid, \"tab\\there\\nnew line \\e[31m escape\")");
    eval("IO.puts(String.duplicate(\"é\", 300))");
    ck_assert(shows("a_very_long_registered"));
    ck_assert(shows("1 \"漢字かな交じり文"));
    ck_assert(shows("kept: no clause matched"));
    borders_intact();
}
END_TEST

START_TEST(a_supervisor_holds_its_children)
{
    eval("children = for i <- 1..3, do: Supervisor.child_spec({Agent, fn -> i end}, id: i)");
    eval("Supervisor.start_link(children, strategy: :one_for_one, name: :sup)");
    ck_assert(shows("└─◌ <0.81.0> sup supervisor"));
    ck_assert(shows("  ├─◌ <0.82.0> Agent"));
    ck_assert(shows("  └─◌ <0.84.0> Agent"));
    ck_assert(shows("started child #PID<0.84.0>"));
    ui->table = true;
    render();
    ck_assert(shows("PID^"));
    ck_assert(shows("<0.81.0>    sup"));
}
END_TEST

START_TEST(ascii_draws_without_unicode)
{
    teardown();
    open_screen(80, 24, true);
    eval("spawn(fn -> receive do _ -> 1 end end)");
    ck_assert(shows("+ Playground"));
    ck_assert(shows("`-o <0.81.0> fn"));
    for (int y = 0; y < LINES; y++) {
        for (const char *c = row(y); *c; c++) {
            ck_assert_msg((unsigned char)*c < 128, "row %d has a non-ASCII byte: %s", y, row(y));
        }
    }
}
END_TEST

START_TEST(too_small_asks_for_room)
{
    resizeterm(20, 60);
    pl_ui_layout(ui);
    render();
    ck_assert(shows("make the terminal at least 80x24 (it is 60x20)"));
    ck_assert(absent("Playground"));
    resizeterm(24, 80);
    pl_ui_layout(ui);
    render();
    ck_assert(shows("Playground"));
    borders_intact();
}
END_TEST

START_TEST(ten_thousand_processes_fit_the_frame)
{
    eval("for _ <- 1..10_000, do: spawn(fn -> receive do _ -> 1 end end)");
    ck_assert(shows("Processes 10001"));
    ui->table = true;
    ui->sort_col = 0;
    ui->sort_desc = true;
    render();
    ck_assert(shows("<0.10080.0>"));
    borders_intact();
}
END_TEST

Suite *panes_suite(void)
{
    Suite *s = suite_create("panes");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_set_timeout(core, 30);
    tcase_add_test(core, every_pane_is_drawn);
    tcase_add_test(core, a_supervisor_holds_its_children);
    tcase_add_test(core, ascii_draws_without_unicode);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_set_timeout(limits, 60);
    tcase_add_test(limits, long_names_and_odd_characters_stay_in_their_cells);
    tcase_add_test(limits, too_small_asks_for_room);
    tcase_add_test(limits, ten_thousand_processes_fit_the_frame);
    suite_add_tcase(s, limits);
    return s;
}
