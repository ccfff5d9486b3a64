/* The lesson pane. Until the lessons arrive (lessons/ issue) it is the
 * playground: what to try, and the keys that matter most. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <string.h>
#include "draw.h"
#include "tui.h"

static const char *const PLAYGROUND[] = {
    "Type Elixir at the iex prompt below; every",
    "process you make appears on the right.",
    "",
    "Try:",
    "  pid = spawn(fn -> receive do m -> m end end)",
    "  send(pid, :hi)",
    "  Process.alive?(pid)",
    "",
    "  children = [{Agent, fn -> 0 end}]",
    "  Supervisor.start_link(children,",
    "    strategy: :one_for_one)",
    "",
    "Esc gives the keys to the panes: Tab moves",
    "between them, j/k select a process, x sends",
    "it an exit signal, Enter shows Process.info,",
    "space pauses, s steps one event. ? lists all.",
};

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    pl_draw_box(r, "Playground", NULL, ui->focus == PL_PANE_LESSON);
    int n = (int)(sizeof PLAYGROUND / sizeof PLAYGROUND[0]);
    for (int i = 0; i < r.h - 2; i++) {
        int k = i + pane->scroll;
        if (k >= n) {
            break;
        }
        const char *s = PLAYGROUND[k];
        pl_draw_text(r.y + 1 + i, r.x + 2, r.w - 3, strncmp(s, "  ", 2) == 0 ? PL_S_INPUT : PL_S_TEXT,
                     s);
    }
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    (void)ui;
    int n = (int)(sizeof PLAYGROUND / sizeof PLAYGROUND[0]);
    if ((!code && ch == 'j') || (code && ch == KEY_DOWN)) {
        pane->scroll += pane->scroll < n - 1;
    } else if ((!code && ch == 'k') || (code && ch == KEY_UP)) {
        pane->scroll -= pane->scroll > 0;
    } else if ((!code && ch == 'l') || (code && ch == KEY_RIGHT)) {
        return PL_KEY_FOCUS_NEXT;
    } else {
        return PL_KEY_IGNORED;
    }
    return PL_KEY_HANDLED;
}

const pl_pane_class pl_lesson_pane_class = {
    .name = "Lesson",
    .draw = draw,
    .key = key,
};
