/* The full-screen UI's loop: the engine runs in slices between key presses
 * (the UI never blocks on input and never waits on the engine), the screen is
 * redrawn from snapshots at most ~30 times a second, and the terminal is
 * restored on every way out. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <ncurses.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "draw.h"
#include "drive.h"
#include "host.h"
#include "keymap.h"
#include "overlay.h"
#include "tui.h"

/* Set by signal handlers, read by the loop: the only state outside pl_ui. */
static volatile sig_atomic_t got_sigint, got_term;

static void on_sigint(int sig) { (void)sig; got_sigint = 1; }
static void on_term(int sig) { (void)sig; got_term = 1; }

/* A crash must not leave the terminal in raw mode: restore it, then die of
 * the same signal. */
static void on_crash(int sig)
{
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

uint64_t pl_ui_host_ns(void) { return pl_host_clock(NULL); }

/* The engine's clock: host time with the paused stretches taken out, so that
 * timers do not fire "during" a pause. */
static uint64_t ui_clock(void *ud)
{
    pl_ui *ui = ud;
    uint64_t now = pl_host_clock(NULL);
    uint64_t paused = ui->paused_total + (ui->paused_at ? now - ui->paused_at : 0);
    return now - paused;
}

int pl_pane_scroll_key(pl_pane *pane, wint_t ch, bool code, bool from_bottom, int far)
{
    bool down = (!code && ch == 'j') || (code && ch == KEY_DOWN);
    bool up = (!code && ch == 'k') || (code && ch == KEY_UP);
    if (down || up) {
        if (down != from_bottom) {
            pane->scroll++;
        } else {
            pane->scroll -= pane->scroll > 0;
        }
    } else if (!code && (ch == 'g' || ch == 'G')) {
        /* g: the oldest (the top), G: the newest */
        pane->scroll = (ch == 'g') == from_bottom ? far : 0;
    } else {
        return PL_KEY_IGNORED;
    }
    return PL_KEY_HANDLED;
}

void pl_ui_pid_text(uint64_t pid, char *buf, size_t cap)
{
    /* as inspect writes it: numbers past 32767 spill into the serial part */
    snprintf(buf, cap, "<0.%llu.%llu>", (unsigned long long)(pid & 0x7fff),
             (unsigned long long)(pid >> 15));
}

/* ---- The scrollback ---- */

static void push_line(pl_ui *ui, const char *s, size_t len, int style)
{
    if (!ui->lines_cap) {
        return;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        return;
    }
    memcpy(copy, s, len);
    copy[len] = 0;
    size_t at = (ui->lines_head + ui->nlines) % ui->lines_cap;
    if (ui->nlines == ui->lines_cap) {
        free(ui->lines[ui->lines_head].text);
        ui->lines_head = (ui->lines_head + 1) % ui->lines_cap;
        at = (ui->lines_head + ui->nlines - 1) % ui->lines_cap;
    } else {
        ui->nlines++;
    }
    ui->lines[at] = (pl_line){ copy, style };
    if (ui->panes[PL_PANE_PROMPT].scroll > 0) {
        ui->panes[PL_PANE_PROMPT].scroll++; /* scrolled back: keep what is read in place */
    }
}

/* Appends output, splitting it into lines; an unfinished last line waits for
 * the rest (IO.write without a newline). */
void pl_ui_print(pl_ui *ui, const char *s, size_t len, int style)
{
    pl_prompt *pr = &ui->prompt;
    for (size_t i = 0; i < len; i++) {
        if (pr->partial_len == 0) {
            pr->partial_style = style;
        }
        if (s[i] == '\n' || pr->partial_len == sizeof pr->partial - 1) {
            /* a full buffer is cut before a UTF-8 lead byte, not inside a character */
            size_t cut = pr->partial_len;
            while (s[i] != '\n' && cut > 0 && (pr->partial[cut - 1] & 0xC0) == 0x80) {
                cut--;
            }
            if (s[i] != '\n' && cut > 0 && (pr->partial[cut - 1] & 0x80)) {
                cut--;
            }
            if (cut == 0) {
                cut = pr->partial_len;
            }
            int st = pr->partial_style;
            if (st == PL_STYLE_RESULT && strncmp(pr->partial, "** (", 4) == 0) {
                st = PL_STYLE_ERROR; /* iex prints errors on stdout too */
            }
            push_line(ui, pr->partial, cut, st);
            memmove(pr->partial, pr->partial + cut, pr->partial_len - cut);
            pr->partial_len -= cut; /* the rest (a cut character) keeps the style */
            if (s[i] == '\n') {
                continue;
            }
        }
        pr->partial[pr->partial_len++] = s[i];
    }
}

static void engine_output(void *ud, int stream, const char *s, size_t len)
{
    pl_ui_print(ud, s, len, stream == PL_OUT_STDERR ? PL_STYLE_ERROR : PL_STYLE_RESULT);
}

/* ---- What the UI keeps of the trace stream ---- */

/* bsearch's comparator for arrays sorted by a pid that is the element's first
 * field (pl_proc_view, pl_slot). */
static int by_pid_key(const void *key, const void *elem)
{
    uint64_t a = *(const uint64_t *)key, b = *(const uint64_t *)elem;
    return a < b ? -1 : a > b;
}

_Static_assert(offsetof(pl_proc_view, pid) == 0, "by_pid_key reads the pid first");
_Static_assert(offsetof(pl_slot, pid) == 0, "by_pid_key reads the pid first");

const pl_proc_view *pl_ui_find(const pl_ui *ui, uint64_t pid)
{
    return ui->nviews ? bsearch(&pid, ui->views, ui->nviews, sizeof *ui->views, by_pid_key) : NULL;
}

/* Slots are kept sorted by pid (mostly appended: pids grow; a supervisor's own
 * start is reported after its children's, so some are inserted). */
static pl_slot *find_slot(const pl_ui *ui, uint64_t pid)
{
    return ui->nslots ? bsearch(&pid, ui->slots, ui->nslots, sizeof *ui->slots, by_pid_key) : NULL;
}

static pl_slot *new_slot(pl_ui *ui, uint64_t pid)
{
    pl_slot *s = find_slot(ui, pid);
    if (s) {
        return s;
    }
    if (ui->nslots == ui->slots_cap) {
        size_t cap = ui->slots_cap ? ui->slots_cap * 2 : 64;
        pl_slot *bigger = realloc(ui->slots, cap * sizeof *bigger);
        if (!bigger) {
            return NULL;
        }
        ui->slots = bigger;
        ui->slots_cap = cap;
    }
    size_t at = ui->nslots;
    while (at > 0 && ui->slots[at - 1].pid > pid) {
        at--;
    }
    memmove(ui->slots + at + 1, ui->slots + at, (ui->nslots - at) * sizeof *ui->slots);
    ui->nslots++;
    ui->slots[at] = (pl_slot){ .pid = pid, .place = pid };
    return &ui->slots[at];
}

uint64_t pl_ui_place(const pl_ui *ui, uint64_t pid, uint32_t *restarts, bool *fresh)
{
    const pl_slot *s = find_slot(ui, pid);
    *restarts = s ? s->restarts : 0;
    *fresh = s && s->restarted_ns && pl_ui_host_ns() - s->restarted_ns < 3000000000ull;
    return s ? s->place : pid;
}

/* Supervisor [sup] started child [id] as [pid]. If it had started a child of
 * that id before, this is a restart: the new pid takes the old one's place. */
static void note_start(pl_ui *ui, uint64_t sup, pl_term id, uint64_t pid)
{
    char idt[40];
    pl_view_term(ui->e, id, 3, idt, sizeof idt);
    /* DynamicSupervisor's children all have id :undefined: only the start
     * right after a restart event replaces someone */
    bool anonymous = strcmp(idt, ":undefined") == 0;
    pl_slot *old = NULL;
    if (anonymous && ui->restarting_sup == sup) {
        old = find_slot(ui, ui->restarting_pid);
    }
    for (size_t i = ui->nslots; i > 0 && !old && !anonymous; i--) {
        pl_slot *s = &ui->slots[i - 1];
        if (s->sup == sup && s->pid != pid && strcmp(s->id, idt) == 0) {
            old = s;
        }
    }
    ui->restarting_sup = 0;
    uint64_t place = old ? old->place : pid;
    uint32_t restarts = old ? old->restarts + 1 : 0;
    pl_slot *s = new_slot(ui, pid);
    if (s) {
        s->place = place;
        s->restarts = restarts;
        s->restarted_ns = old ? pl_ui_host_ns() : 0;
        s->sup = sup;
        memcpy(s->id, idt, sizeof s->id);
    }
}

static void note_exit(pl_ui *ui, const pl_event *ev)
{
    if (ui->nghosts == (int)(sizeof ui->ghosts / sizeof ui->ghosts[0])) {
        memmove(ui->ghosts, ui->ghosts + 1, (size_t)(ui->nghosts - 1) * sizeof *ui->ghosts);
        ui->nghosts--;
    }
    pl_ghost *g = &ui->ghosts[ui->nghosts++];
    const pl_proc_view *v = pl_ui_find(ui, ev->pid);
    if (v) {
        g->view = *v;
    } else {
        memset(&g->view, 0, sizeof g->view);
        g->view.pid = ev->pid;
    }
    g->view.state = PL_VIEW_EXITED;
    g->view.mailbox_len = 0;
    pl_view_term(ui->e, ev->data, 4, g->reason, sizeof g->reason);
    g->died_ns = ui_clock(ui); /* paused time does not count */
}

static void on_event(void *ud, const pl_event *ev)
{
    pl_ui *ui = ud;
    if (ev->kind == PL_EV_EXIT) {
        note_exit(ui, ev);
        return;
    }
    pl_term payload, id, pidt;
    uint64_t pid;
    if (ev->kind == PL_EV_SPAWN && ui->follow_spawn && ev->pid == pl_shell_pid(ui->e) &&
        pl_view_pid(ev->other, &pid)) {
        ui->selected = pid; /* what the user just made is what they want to see */
        ui->follow_spawn = false;
        return;
    }
    const char *tag = ev->kind == PL_EV_LIB ? pl_view_lib(ui->e, ev, &payload) : NULL;
    if (tag && strcmp(tag, "sup_restart") == 0 && pl_view_elem(payload, 1, &pidt) &&
        pl_view_pid(pidt, &pid)) {
        ui->restarting_sup = ev->pid;
        ui->restarting_pid = pid;
    }
    if (tag && strcmp(tag, "sup_start") == 0 && pl_view_elem(payload, 0, &id) &&
        pl_view_elem(payload, 1, &pidt) && pl_view_pid(pidt, &pid)) {
        note_start(ui, ev->pid, id, pid);
    }
}

/* Ghosts fade after 3 seconds of running (paused time does not count). */
static void expire_ghosts(pl_ui *ui)
{
    uint64_t now = ui_clock(ui);
    int kept = 0;
    for (int i = 0; i < ui->nghosts; i++) {
        if (now - ui->ghosts[i].died_ns < 3000000000ull) {
            ui->ghosts[kept++] = ui->ghosts[i];
        }
    }
    ui->nghosts = kept;
}

void pl_ui_snapshot(pl_ui *ui)
{
    for (;;) {
        size_t total = pl_view_procs(ui->e, ui->views, ui->views_cap);
        ui->total_procs = total;
        if (total <= ui->views_cap) {
            ui->nviews = total;
            return;
        }
        size_t cap = total + total / 2 + 64;
        pl_proc_view *v = realloc(ui->views, cap * sizeof *v);
        if (!v) {
            ui->nviews = ui->views_cap;
            return;
        }
        ui->views = v;
        ui->views_cap = cap;
    }
}

/* ---- Drawing ---- */

void pl_ui_layout(pl_ui *ui)
{
    pl_layout l = pl_layout_compute(COLS, LINES);
    ui->too_small = l.too_small;
    ui->panes[PL_PANE_LESSON].rect = l.lesson;
    ui->panes[PL_PANE_PROCS].rect = l.procs;
    ui->panes[PL_PANE_MAILBOX].rect = l.mailbox;
    ui->panes[PL_PANE_SEQ].rect = l.seq;
    ui->panes[PL_PANE_PROMPT].rect = l.prompt;
    if (!l.too_small) {
        pl_shell_set_width(ui->e, l.prompt.w - 2);
    }
}

static void draw_too_small(void)
{
    char msg[96];
    snprintf(msg, sizeof msg, "make the terminal at least %dx%d (it is %dx%d)", PL_MIN_COLS,
             PL_MIN_LINES, COLS, LINES);
    int w = pl_draw_width(msg);
    pl_draw_text(LINES / 2, w < COLS ? (COLS - w) / 2 : 0, COLS, PL_S_TITLE, msg);
    if (LINES / 2 + 1 < LINES) {
        const char *q = "q quits";
        pl_draw_text(LINES / 2 + 1, COLS > 7 ? (COLS - 7) / 2 : 0, COLS, PL_S_DIM, q);
    }
}

static void draw_status(pl_ui *ui)
{
    int y = LINES - 1;
    pl_draw_fill(y, 0, COLS, PL_S_STATUS);
    const char *mode = ui->insert ? " INSERT " : " NORMAL ";
    int x = pl_draw_text(y, 0, COLS, PL_S_MODE, mode);
    x += pl_draw_text(y, x, COLS - x, PL_S_STATUS, " ");
    for (int i = 0; i < pl_keymap_count && !ui->insert; i++) {
        if (!pl_keymap_keys[i].hint) {
            continue;
        }
        char k[16];
        snprintf(k, sizeof k, "%s", pl_keymap_keys[i].key == ' ' ? "spc" : pl_keymap_keys[i].label);
        if (x + pl_draw_width(k) + pl_draw_width(pl_keymap_keys[i].hint) + 2 > COLS - 34) {
            break;
        }
        x += pl_draw_text(y, x, COLS - x, PL_S_KEY, k);
        x += pl_draw_text(y, x, COLS - x, PL_S_STATUS, " ");
        x += pl_draw_text(y, x, COLS - x, PL_S_STATUS, pl_keymap_keys[i].hint);
        x += pl_draw_text(y, x, COLS - x, PL_S_STATUS, "  ");
    }
    if (ui->insert) {
        pl_draw_text(y, x, COLS - x, PL_S_STATUS,
                     "Esc: keys to the panes  Enter: evaluate  Tab: complete  Up/Down: history");
    }
    char right[64];
    double t = (double)pl_engine_uptime(ui->e) / 1e9;
    snprintf(right, sizeof right, " %s %s x%g  real t=%.2fs  %zu procs ",
             ui->running ? pl_draw_glyphs()->run : "||", ui->running ? "run" : "paused", ui->speed,
             t, ui->total_procs);
    int w = pl_draw_width(right);
    if (w < COLS) {
        pl_draw_text(y, COLS - w, w, ui->running ? PL_S_STATUS : PL_S_MODE, right);
    }
}

void pl_ui_draw(pl_ui *ui)
{
    erase();
    if (ui->too_small) {
        draw_too_small();
    } else {
        for (int i = 0; i < PL_NPANES; i++) {
            ui->panes[i].cls->draw(&ui->panes[i], ui);
        }
        draw_status(ui);
        pl_overlay_draw(ui);
    }
    /* the cursor shows only where typing goes (the filter and reason boxes
     * place it themselves) */
    bool typing_box = ui->overlay == PL_OVERLAY_FILTER || ui->overlay == PL_OVERLAY_REASON;
    if (!typing_box) {
        curs_set(ui->insert && !ui->too_small && ui->overlay == PL_OVERLAY_NONE ? 1 : 0);
    }
    if (ui->insert && !ui->too_small && ui->overlay == PL_OVERLAY_NONE) {
        pl_prompt_place_cursor(ui);
    }
    refresh();
    ui->last_draw = pl_ui_host_ns();
}

/* ---- Keys ---- */

static void click(pl_ui *ui)
{
    MEVENT me;
    if (getmouse(&me) != OK || ui->too_small) {
        return;
    }
    for (int i = 0; i < PL_NPANES; i++) {
        pl_rect r = ui->panes[i].rect;
        if (pl_rect_has(r, me.y, me.x)) {
            ui->focus = i;
            ui->insert = i == PL_PANE_PROMPT;
            if (ui->panes[i].cls->click) {
                ui->panes[i].cls->click(&ui->panes[i], ui, me.y - r.y, me.x - r.x);
            }
            return;
        }
    }
}

static void act(pl_ui *ui, int flags)
{
    if (flags & PL_KEY_QUIT) {
        ui->quit = true;
    }
    if (flags & PL_KEY_FOCUS_NEXT) {
        ui->focus = (ui->focus + 1) % PL_NPANES;
    }
    if (flags & PL_KEY_FOCUS_PREV) {
        ui->focus = (ui->focus + PL_NPANES - 1) % PL_NPANES;
    }
    if (flags & PL_KEY_NORMAL_MODE) {
        ui->insert = false;
    }
}

static void key(pl_ui *ui, wint_t ch, bool code)
{
    if (code && ch == KEY_RESIZE) {
        pl_ui_layout(ui);
        return;
    }
    if (code && ch == KEY_MOUSE) {
        click(ui);
        return;
    }
    if (!code && ch == 3) { /* Ctrl-C (raw mode): what is typed, else an evaluation, else quit */
        if (ui->insert && (ui->prompt.len || ui->prompt.input_len)) {
            ui->prompt.len = ui->prompt.cur = 0;
            ui->prompt.input_len = 0;
        } else if (pl_shell_poll(ui->e) == PL_SHELL_RUNNING) {
            pl_shell_interrupt(ui->e);
        } else {
            pl_keymap_run(ui, 'q', false); /* asks while processes are busy */
        }
        return;
    }
    if (ui->too_small) {
        if (!code && ch == 'q') {
            ui->quit = true;
        }
        return;
    }
    if (ui->overlay != PL_OVERLAY_NONE) {
        pl_overlay_key(ui, ch, code);
        return;
    }
    pl_pane *focused = &ui->panes[ui->focus];
    if (ui->insert) {
        wint_t next;
        int r;
        if (!code && ch == 27 && (timeout(0), r = get_wch(&next)) != ERR) {
            /* Esc with a key right behind it is Alt+key (Meta), as terminals send it */
            pl_prompt_meta(ui, next, r == KEY_CODE_YES);
            return;
        }
        act(ui, pl_prompt_pane_class.key(&ui->panes[PL_PANE_PROMPT], ui, ch, code));
        return;
    }
    int flags = focused->cls->key ? focused->cls->key(focused, ui, ch, code) : 0;
    if (!flags) {
        /* h/l and the arrows move between panes wherever a pane has no use for them */
        bool left = (!code && ch == 'h') || (code && ch == KEY_LEFT);
        bool right = (!code && ch == 'l') || (code && ch == KEY_RIGHT);
        flags = left ? PL_KEY_FOCUS_PREV : right ? PL_KEY_FOCUS_NEXT : 0;
    }
    if (flags) {
        act(ui, flags);
        return;
    }
    if (!pl_keymap_run(ui, (int)ch, code)) {
        beep();
    }
}

/* ---- The loop ---- */

/* The only place the loop asks the shell how it is (a dead evaluator is
 * replaced here, and says so on the output); drawing reads ui->shell. */
static void poll_shell(pl_ui *ui)
{
    ui->shell = pl_shell_poll(ui->e);
}

/* While paused, what is typed at the prompt still runs: the evaluator alone,
 * so a `send` lands in a mailbox and waits there for the user to step. */
static bool run_shell_alone(pl_ui *ui)
{
    uint64_t start = pl_ui_host_ns();
    bool ran = false;
    while (pl_step_process(ui->e, pl_shell_pid(ui->e)) == PL_STEPPED) {
        ran = true;
        if (pl_ui_host_ns() - start > 8000000) {
            break;
        }
    }
    return ran;
}

/* One turn of the loop: run the engine for a slice budget, take the keys that
 * came, and redraw: at once after a key, at most every 33 ms when only the
 * engine changed things. Never blocks longer than the next timer (or 100 ms). */
void pl_ui_turn(pl_ui *ui)
{
    if (got_sigint) {
        got_sigint = 0;
        if (pl_shell_poll(ui->e) == PL_SHELL_RUNNING) {
            pl_shell_interrupt(ui->e); /* a runaway evaluation stops */
        } else {
            ui->quit = true;
            return;
        }
    }
    int64_t wait = 100;
    if (ui->running) {
        pl_drive_result d = pl_drive_run(ui->e, 8000000);
        wait = d.wait_ms < 0 || d.wait_ms > 100 ? 100 : d.wait_ms;
        ui->stale = true;
    } else if (run_shell_alone(ui)) {
        wait = 0;
        ui->stale = true;
    }
    poll_shell(ui);
    pl_prompt_type_ahead(ui);
    expire_ghosts(ui);
    bool keyed = false;
    timeout(wait == 0 ? 0 : (int)wait);
    wint_t ch;
    for (int r = get_wch(&ch); r != ERR && !ui->quit; r = get_wch(&ch)) {
        key(ui, ch, r == KEY_CODE_YES);
        keyed = true;
        timeout(0);
    }
    if (keyed || (ui->stale && pl_ui_host_ns() - ui->last_draw >= 33000000ull)) {
        pl_ui_snapshot(ui);
        pl_ui_draw(ui);
        ui->stale = false;
    }
}

static void loop(pl_ui *ui)
{
    ui->stale = true;
    while (!ui->quit && !got_term) {
        pl_ui_turn(ui);
    }
}

/* ---- Setting up and tearing down ---- */

static pl_engine *new_engine(pl_ui *ui)
{
    pl_engine_config cfg = { .clock = ui_clock, .clock_ud = ui, .sleep = pl_host_sleep,
                             .alloc_limit = (size_t)4 << 30, .output = engine_output,
                             .output_ud = ui, .unix_ns = pl_host_unix_ns() };
    pl_engine *e = pl_engine_new(&cfg);
    if (e && (pl_trace_start(e, 1u << 16, on_event, ui) != PL_OK || pl_shell_start(e) != PL_OK)) {
        pl_engine_free(e);
        e = NULL;
    }
    return e;
}

bool pl_ui_init(pl_ui *ui, bool ascii)
{
    memset(ui, 0, sizeof *ui);
    ui->running = true;
    ui->speed = 1;
    ui->focus = PL_PANE_PROMPT;
    ui->insert = true;
    ui->ascii = ascii;
    ui->color = getenv("NO_COLOR") == NULL || !*getenv("NO_COLOR");
    ui->lines_cap = 2000;
    ui->lines = calloc(ui->lines_cap, sizeof *ui->lines);
    const pl_pane_class *cls[PL_NPANES] = { &pl_lesson_pane_class, &pl_procs_pane_class,
                                            &pl_mailbox_pane_class, &pl_seq_pane_class,
                                            &pl_prompt_pane_class };
    for (int i = 0; i < PL_NPANES; i++) {
        ui->panes[i].cls = cls[i];
    }
    ui->e = new_engine(ui);
    return ui->lines && ui->e && pl_prompt_init(ui);
}

void pl_ui_free(pl_ui *ui)
{
    pl_prompt_free(ui);
    pl_engine_free(ui->e);
    for (size_t i = 0; i < ui->nlines; i++) {
        free(ui->lines[(ui->lines_head + i) % ui->lines_cap].text);
    }
    free(ui->lines);
    free(ui->views);
    free(ui->slots);
}

static void screen_init(pl_ui *ui)
{
    initscr();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(100); /* long enough for arrow keys over ssh; Esc alone still feels quick */
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    mouseinterval(0);
    pl_draw_init(ui->color, ui->ascii);
    pl_ui_layout(ui);
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_term;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_crash;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
}

int pl_tui_main(int argc, char **argv)
{
    bool ascii = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--ascii") == 0) {
            ascii = true;
        }
    }
    setlocale(LC_ALL, "");
    /* without a UTF-8 locale the box lines would come out as '?' */
    ascii = ascii || strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fputs("proclab: the full-screen UI needs a terminal; try `proclab repl` or "
              "`proclab run FILE.exs`\n", stderr);
        return 2;
    }
    pl_ui *ui = malloc(sizeof *ui);
    if (!ui || !pl_ui_init(ui, ascii)) {
        fputs("proclab: could not start the engine\n", stderr);
        if (ui) {
            pl_ui_free(ui);
        }
        free(ui);
        return 1;
    }
    install_signals();
    screen_init(ui);
    const char *hello = "Interactive Elixir (1.14.0 subset) in proclab " PL_VERSION "\n"
                        "Type Elixir here. Esc gives the keys to the panes; ? lists them.\n";
    pl_ui_print(ui, hello, strlen(hello), PL_STYLE_NOTE);
    loop(ui);
    endwin();
    pl_ui_free(ui);
    free(ui);
    return 0;
}

