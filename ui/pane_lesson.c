/* The lesson pane. Until the .livemd lessons are written it is the
 * playground: what to try, and the keys that matter most. Prose wraps at
 * words; code lines wrap where they must, indented. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <string.h>
#include "draw.h"
#include "tui.h"

static const char *const PLAYGROUND[] = {
    "Type Elixir at the iex prompt below; every process you make appears on the right.",
    "",
    "Try:",
    "  pid = spawn(fn -> receive do m -> m end end)",
    "  send(pid, :hi)",
    "  Process.alive?(pid)",
    "",
    "  children = [{Agent, fn -> 0 end}]",
    "  Supervisor.start_link(children, strategy: :one_for_one)",
    "",
    "Esc gives the keys to the panes: Tab moves between them, j/k select a process, "
    "x sends it an exit signal, Enter shows Process.info, space pauses, s steps one "
    "event. ? lists every key.",
};
enum { NLINES = sizeof PLAYGROUND / sizeof PLAYGROUND[0] };

/* Draws the text from display row [skip] on; returns the rows it takes. */
static int layout(pl_rect r, int skip, bool draw)
{
    int row = 0, width = r.w - 3, bottom = r.h - 2;
    for (int k = 0; k < NLINES; k++) {
        const char *s = PLAYGROUND[k];
        bool code = strncmp(s, "  ", 2) == 0;
        size_t len = strlen(s), at = 0;
        do {
            int indent = code && at ? 4 : 0;
            size_t n = pl_draw_fit(s + at, len - at, width - indent, true);
            int y = row - skip;
            if (draw && y >= 0 && y < bottom) {
                pl_draw_textn(r.y + 1 + y, r.x + 2 + indent, width - indent,
                              code ? PL_S_INPUT : PL_S_TEXT, s + at, n);
            }
            row++;
            at += n;
        } while (at < len);
    }
    return row;
}

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    pl_draw_box(r, "Playground", NULL, ui->focus == PL_PANE_LESSON);
    int total = layout(r, 0, false);
    if (pane->scroll > total - 1) {
        pane->scroll = total - 1 > 0 ? total - 1 : 0;
    }
    layout(r, pane->scroll, true);
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    (void)ui; /* h/l and the arrows move focus in the loop, as for every pane */
    return pl_pane_scroll_key(pane, ch, code, false, 1 << 20);
}

const pl_pane_class pl_lesson_pane_class = {
    .name = "Lesson",
    .draw = draw,
    .key = key,
};
