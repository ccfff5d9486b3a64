/* The key table and the global actions (see keymap.h). Keys follow htop, less
 * and vim's normal mode: single keys act, `i` types at the prompt. */
#include <ncurses.h>
#include <stdio.h>
#include "keymap.h"

static void run_pause(pl_ui *ui)
{
    ui->running = !ui->running;
    if (!ui->running) {
        ui->paused_at = pl_ui_host_ns();
    } else if (ui->paused_at) {
        ui->paused_total += pl_ui_host_ns() - ui->paused_at;
        ui->paused_at = 0;
    }
}

static void pause_for_step(pl_ui *ui)
{
    if (ui->running) {
        run_pause(ui);
    }
}

/* While paused the clock stands still, so a step that finds everyone waiting
 * for a timer moves the clock to that timer (as the virtual clock would). */
static void step_past_wait(pl_ui *ui, pl_step_kind kind, uint64_t arg)
{
    if (pl_step(ui->e, kind, arg) != PL_STEP_WAITING) {
        return;
    }
    uint64_t deadline, now = pl_engine_time(ui->e);
    if (pl_next_deadline(ui->e, &deadline) && deadline > now) {
        uint64_t host = pl_host_wait_ns(ui->e, deadline - now);
        ui->paused_total = ui->paused_total > host ? ui->paused_total - host : 0;
    }
    pl_step(ui->e, kind, arg);
}

static void step_event(pl_ui *ui)
{
    pause_for_step(ui);
    step_past_wait(ui, PL_STEP_EVENT, 200000);
}

static void step_slice(pl_ui *ui)
{
    pause_for_step(ui);
    step_past_wait(ui, PL_STEP_SLICE, 0);
}

static const double SPEEDS[] = { 0.25, 0.5, 1, 2, 4, 8, 16 };
enum { NSPEEDS = sizeof SPEEDS / sizeof SPEEDS[0] };

static void change_speed(pl_ui *ui, int dir)
{
    int i = 0;
    while (i < NSPEEDS - 1 && SPEEDS[i] < ui->speed) {
        i++;
    }
    i += dir;
    i = i < 0 ? 0 : i >= NSPEEDS ? NSPEEDS - 1 : i;
    ui->speed = SPEEDS[i];
    pl_set_speed(ui->e, ui->speed);
}

static void faster(pl_ui *ui) { change_speed(ui, 1); }
static void slower(pl_ui *ui) { change_speed(ui, -1); }

static void help(pl_ui *ui)
{
    ui->overlay = ui->overlay == PL_OVERLAY_HELP ? PL_OVERLAY_NONE : PL_OVERLAY_HELP;
}

/* Quitting asks while something of the user's still runs (or is evaluating). */
static void quit(pl_ui *ui)
{
    bool busy = pl_shell_poll(ui->e) == PL_SHELL_RUNNING;
    for (size_t i = 0; i < ui->nviews && !busy; i++) {
        busy = !ui->views[i].shell && ui->views[i].state != PL_VIEW_WAITING;
    }
    if (busy) {
        ui->overlay = PL_OVERLAY_QUIT;
    } else {
        ui->quit = true;
    }
}

static void insert_mode(pl_ui *ui)
{
    ui->insert = true;
    ui->focus = PL_PANE_PROMPT;
}

static void tree_table(pl_ui *ui) { ui->table = !ui->table; }

static void filter_procs(pl_ui *ui)
{
    ui->overlay = PL_OVERLAY_FILTER;
    ui->overlay_len = snprintf(ui->overlay_text, sizeof ui->overlay_text, "%s", ui->filter);
}

static void otp_level(pl_ui *ui) { ui->otp_level = !ui->otp_level; }

static void exit_menu(pl_ui *ui)
{
    if (pl_ui_find(ui, ui->selected)) {
        ui->overlay = PL_OVERLAY_EXIT;
    }
}

static void info(pl_ui *ui)
{
    if (ui->selected) {
        ui->overlay = PL_OVERLAY_INFO; /* a ghost's says that it exited */
    }
}

static void focus_next(pl_ui *ui) { ui->focus = (ui->focus + 1) % PL_NPANES; }
static void focus_prev(pl_ui *ui) { ui->focus = (ui->focus + PL_NPANES - 1) % PL_NPANES; }

static void clear_diagram(pl_ui *ui)
{
    ui->seq_base = pl_trace_next(ui->e);
    ui->panes[PL_PANE_SEQ].scroll = 0;
}

const pl_keybinding pl_keymap_keys[] = {
    { '?', "?", "this help", "help", help },
    { 'i', "i or :", "type at the prompt (Esc or an empty Enter gives the keys back)", "prompt",
      insert_mode },
    { ':', NULL, NULL, NULL, insert_mode },
    { ' ', "space", "run / pause the engine", "run/pause", run_pause },
    { 's', "s / S", "step one event / one slice of one process (pauses)", "step", step_event },
    { 'S', NULL, NULL, NULL, step_slice },
    { '+', "+ / -", "speed up / slow down time (x0.25 ... x16)", "speed", faster },
    { '-', NULL, NULL, NULL, slower },
    { 'x', "x", "send the selected process an exit signal", "exit", exit_menu },
    { '\n', "Enter", "Process.info of the selected process", NULL, info },
    { KEY_ENTER, NULL, NULL, NULL, info },
    { '\r', NULL, NULL, NULL, info },
    { 't', "t", "processes: tree or table", "tree/table", tree_table },
    { '/', "/", "filter the processes by name, pid or function", NULL, filter_procs },
    { 'o', "o", "messages: OTP calls as one exchange, or the raw messages", "otp/raw",
      otp_level },
    { 'c', "c", "clear the message diagram", NULL, clear_diagram },
    { '\t', "Tab S-Tab h/l", "next / previous pane (also the arrows)", NULL, focus_next },
    { KEY_BTAB, NULL, NULL, NULL, focus_prev },
    { 0, "j/k ↑↓ PgUp/Dn", "move the selection, or scroll the focused pane", NULL, NULL },
    { 0, "< / >  I", "table: sort by the previous / next column, invert the order", NULL, NULL },
    { 0, "g / G", "scroll to the oldest / follow the newest", NULL, NULL },
    { 0, "mouse", "click selects a process or a pane", NULL, NULL },
    { 0, "Ctrl-C", "stop what the prompt is evaluating; else quit", NULL, NULL },
    { 'q', "q", "quit (asks while processes are busy)", "quit", quit },
};
const int pl_keymap_count = sizeof pl_keymap_keys / sizeof pl_keymap_keys[0];

bool pl_keymap_run(pl_ui *ui, int ch, bool code)
{
    for (int i = 0; i < pl_keymap_count; i++) {
        /* KEY_BTAB and friends share numbers with characters (U+0161 ...) */
        bool is_code = pl_keymap_keys[i].key >= KEY_MIN;
        if (pl_keymap_keys[i].key == ch && is_code == code && pl_keymap_keys[i].act) {
            pl_keymap_keys[i].act(ui);
            return true;
        }
    }
    return false;
}
