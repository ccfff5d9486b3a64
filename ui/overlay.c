/* Overlays (see overlay.h). Each one takes the keys while it is open; Esc or
 * q closes it. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <stdio.h>
#include <string.h>
#include "draw.h"
#include "keymap.h"
#include "overlay.h"

static pl_rect centered(int h, int w)
{
    h = h > LINES - 2 ? LINES - 2 : h;
    w = w > COLS - 2 ? COLS - 2 : w;
    return (pl_rect){ (LINES - h) / 2, (COLS - w) / 2, h, w };
}

static void clear_rect(pl_rect r)
{
    for (int y = r.y; y < r.y + r.h; y++) {
        pl_draw_fill(y, r.x, r.w, PL_S_TEXT);
    }
}

static void draw_help(void)
{
    int n = 0;
    for (int i = 0; i < pl_keymap_count; i++) {
        n += pl_keymap_keys[i].label != NULL;
    }
    pl_rect r = centered(n + 4, 76);
    clear_rect(r);
    pl_draw_box(r, "Keys", "Esc closes", true);
    int y = r.y + 1;
    for (int i = 0; i < pl_keymap_count && y < r.y + r.h - 2; i++) {
        if (!pl_keymap_keys[i].label) {
            continue;
        }
        pl_draw_text(y, r.x + 2, 16, PL_S_TITLE, pl_keymap_keys[i].label);
        pl_draw_text(y, r.x + 19, r.w - 21, PL_S_TEXT, pl_keymap_keys[i].help);
        y++;
    }
    pl_draw_text(r.y + r.h - 2, r.x + 2, r.w - 4, PL_S_DIM,
                 "Prompt: Enter, Tab completes, Up/Down history, Ctrl-A/E/K/U/W, Alt-B/F/D.");
}

/* Process.info, pretty-printed: refreshed on every frame while open. */
static void draw_info(pl_ui *ui)
{
    pl_rect r = centered(LINES - 4, COLS - 8);
    clear_rect(r);
    char pid[32], title[64];
    pl_ui_pid_text(ui->selected, pid, sizeof pid);
    snprintf(title, sizeof title, "Process.info(%s)", pid);
    pl_draw_box(r, title, "Esc closes", true);
    size_t n = pl_view_info(ui->e, ui->selected, r.w - 4, ui->overlay_text,
                            sizeof ui->overlay_text);
    if (n == 0) {
        pl_draw_text(r.y + 1, r.x + 2, r.w - 4, PL_S_EXIT, "the process is not alive");
        return;
    }
    const char *s = ui->overlay_text;
    for (int y = r.y + 1; y < r.y + r.h - 1 && *s; y++) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        pl_draw_textn(y, r.x + 2, r.w - 4, PL_S_TEXT, s, len);
        s += len + (nl != NULL);
    }
}

static void draw_lines(const char *title, const char *const *lines, int n)
{
    pl_rect r = centered(n + 2, 64);
    clear_rect(r);
    pl_draw_box(r, title, NULL, true);
    for (int i = 0; i < n; i++) {
        pl_draw_text(r.y + 1 + i, r.x + 2, r.w - 4, i == 0 ? PL_S_TEXT : PL_S_TITLE, lines[i]);
    }
}

static void draw_input(pl_ui *ui, const char *title, const char *hint)
{
    pl_rect r = centered(4, 64);
    clear_rect(r);
    pl_draw_box(r, title, "Enter / Esc", true);
    pl_draw_text(r.y + 1, r.x + 2, r.w - 4, PL_S_DIM, hint);
    int x = r.x + 2 + pl_draw_textn(r.y + 2, r.x + 2, r.w - 5, PL_S_INPUT, ui->overlay_text,
                                    (size_t)ui->overlay_len);
    curs_set(1);
    move(r.y + 2, x);
}

void pl_overlay_draw(pl_ui *ui)
{
    char pid[32], line[96];
    switch (ui->overlay) {
    case PL_OVERLAY_HELP: draw_help(); break;
    case PL_OVERLAY_INFO: draw_info(ui); break;
    case PL_OVERLAY_EXIT: {
        pl_ui_pid_text(ui->selected, pid, sizeof pid);
        snprintf(line, sizeof line, "Send %s an exit signal with reason:", pid);
        const char *lines[] = { line, "k  :kill      (cannot be trapped)",
                                "s  :shutdown  (trappable; supervisors use it)",
                                "n  :normal    (ignored unless trapping exits)",
                                "r  a reason you type",
                                "Esc  cancel" };
        draw_lines("Exit signal", lines, 6);
        break;
    }
    case PL_OVERLAY_QUIT: {
        const char *lines[] = { "Processes are still running.", "y  quit anyway",
                                "n  stay" };
        draw_lines("Quit proclab?", lines, 3);
        break;
    }
    case PL_OVERLAY_FILTER:
        draw_input(ui, "Filter processes", "part of a pid, name, label or function; empty: all");
        break;
    case PL_OVERLAY_REASON:
        draw_input(ui, "Exit reason", "any Elixir term, e.g. :boom or {:shutdown, :bye}");
        break;
    default: break;
    }
}

/* Sends the typed reason through the prompt, where the user sees it as
 * Elixir: Process.exit(pid, reason). */
static void exit_with_typed(pl_ui *ui)
{
    char src[8400], pid[32];
    pl_ui_pid_text(ui->selected, pid, sizeof pid);
    pid[strlen(pid) - 1] = 0; /* "<0.N.M>" -> "0.N.M" */
    snprintf(src, sizeof src, "Process.exit(pid(\"%s\"), %.*s)", pid + 1, ui->overlay_len,
             ui->overlay_text);
    pl_ui_eval(ui, src);
}

static void edit(pl_ui *ui, wint_t ch, bool code, void (*done)(pl_ui *ui))
{
    if (!code && (ch == '\n' || ch == '\r')) {
        ui->overlay_text[ui->overlay_len] = 0;
        ui->overlay = PL_OVERLAY_NONE;
        done(ui);
    } else if ((code && ch == KEY_BACKSPACE) || (!code && (ch == 127 || ch == 8))) {
        /* back over one UTF-8 character */
        while (ui->overlay_len > 0 && (ui->overlay_text[--ui->overlay_len] & 0xC0) == 0x80) {
        }
    } else if (!code && ch >= 32 && ui->overlay_len < (int)sizeof ui->overlay_text - 8) {
        char mb[8];
        mbstate_t st;
        memset(&st, 0, sizeof st);
        size_t n = wcrtomb(mb, (wchar_t)ch, &st);
        if (n != (size_t)-1) {
            memcpy(ui->overlay_text + ui->overlay_len, mb, n);
            ui->overlay_len += (int)n;
        }
    }
}

static void set_filter(pl_ui *ui)
{
    size_t n = strnlen(ui->overlay_text, sizeof ui->filter - 1);
    memcpy(ui->filter, ui->overlay_text, n);
    ui->filter[n] = 0;
}

static void exit_key(pl_ui *ui, wint_t ch)
{
    const char *reason = ch == 'k' ? "kill" : ch == 's' ? "shutdown" : ch == 'n' ? "normal" : NULL;
    ui->overlay = PL_OVERLAY_NONE;
    if (reason) {
        pl_exit_signal(ui->e, ui->selected, reason);
    } else if (ch == 'r') {
        ui->overlay = PL_OVERLAY_REASON;
        ui->overlay_len = 0;
    }
}

void pl_overlay_key(pl_ui *ui, wint_t ch, bool code)
{
    bool esc = !code && ch == 27;
    switch (ui->overlay) {
    case PL_OVERLAY_FILTER:
    case PL_OVERLAY_REASON:
        if (esc) {
            ui->overlay = PL_OVERLAY_NONE;
        } else {
            edit(ui, ch, code, ui->overlay == PL_OVERLAY_FILTER ? set_filter : exit_with_typed);
        }
        return;
    case PL_OVERLAY_EXIT:
        exit_key(ui, code ? 0 : ch);
        return;
    case PL_OVERLAY_QUIT:
        ui->overlay = PL_OVERLAY_NONE;
        ui->quit = !code && (ch == 'y' || ch == 'Y');
        return;
    default:
        if (esc || (!code && (ch == 'q' || ch == '?' || ch == '\n' || ch == '\r'))) {
            ui->overlay = PL_OVERLAY_NONE;
        }
        return;
    }
}
