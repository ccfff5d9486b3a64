/* The mailbox pane: the selected process's messages in arrival order, and
 * where its receive stands: the messages it already tried and kept (no clause
 * matched them), the one it tries next, or that it waits for a new one. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <stdio.h>
#include <string.h>
#include "draw.h"
#include "tui.h"

typedef struct listing {
    pl_ui *ui;
    pl_rect r;
    int first, rows;           /* scroll and visible rows */
    const pl_mailbox_view *mb;
} listing;

static void one(void *ud, size_t index, const char *text, size_t len)
{
    listing *l = ud;
    int row = (int)index - l->first;
    if (row < 0 || row >= l->rows) {
        return;
    }
    int y = l->r.y + 1 + row, x = l->r.x + 1, w = l->r.w - 2;
    char num[16];
    snprintf(num, sizeof num, "%zu ", index + 1);
    int at = x + pl_draw_text(y, x, w, PL_S_DIM, num);
    const char *mark = NULL;
    pl_style st = PL_S_MSG;
    if (l->mb->in_receive && index < l->mb->scanned) {
        mark = " kept: no clause matched";
        st = PL_S_DIM;
    } else if (l->mb->in_receive && index == l->mb->scanned) {
        mark = " tried next";
    }
    int mw = mark ? pl_draw_width(mark) + 2 : 0;
    pl_draw_textn(y, at, x + w - at - mw, st, text, len);
    if (mark) {
        const pl_glyphs *g = pl_draw_glyphs();
        pl_draw_text(y, x + w - mw, 1, PL_S_TITLE, g->mark);
        pl_draw_text(y, x + w - mw + 1, mw - 1, st == PL_S_DIM ? PL_S_DIM : PL_S_TITLE, mark);
    }
}

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    char pid[32], title[64];
    pl_ui_pid_text(ui->selected, pid, sizeof pid);
    const pl_proc_view *v = pl_ui_find(ui, ui->selected);
    snprintf(title, sizeof title, "Mailbox %s%s%s", pid, v && v->name[0] ? " " : "",
             v && v->name[0] ? v->name : "");
    int rows = r.h - 3;
    pl_mailbox_view mb;
    listing l = { ui, r, 0, rows, &mb };
    /* a first look (no messages listed) tells how far scrolling can go */
    if (v && pl_view_mailbox(ui->e, ui->selected, 0, r.w - 4, one, &l, &mb)) {
        int most = (int)mb.len > rows ? (int)mb.len - rows : 0;
        pane->scroll = pane->scroll > most ? most : pane->scroll;
    }
    l.first = pane->scroll;
    if (!v || !pl_view_mailbox(ui->e, ui->selected, (size_t)(pane->scroll + rows), r.w - 4, one,
                                &l, &mb)) {
        pl_draw_box(r, title, NULL, ui->focus == PL_PANE_MAILBOX);
        const char *why = "no process selected";
        for (int i = 0; !v && i < ui->nghosts; i++) {
            if (ui->ghosts[i].view.pid == ui->selected) {
                why = ui->ghosts[i].reason;
                pl_draw_text(r.y + 1, r.x + 1, r.w - 2, PL_S_EXIT, "exited:");
                pl_draw_text(r.y + 1, r.x + 9, r.w - 10, PL_S_EXIT, why);
                return;
            }
        }
        pl_draw_text(r.y + 1, r.x + 1, r.w - 2, PL_S_DIM, why);
        return;
    }
    char right[32];
    snprintf(right, sizeof right, "%zu message%s", mb.len, mb.len == 1 ? "" : "s");
    pl_draw_box(r, title, right, ui->focus == PL_PANE_MAILBOX);
    if (mb.len == 0) {
        pl_draw_text(r.y + 1, r.x + 1, r.w - 2, PL_S_DIM, "(empty)");
    }
    char state[320];
    if (v->state == PL_VIEW_WAITING && mb.in_receive && mb.patterns[0]) {
        snprintf(state, sizeof state, "%s receive waits for: %s", pl_draw_glyphs()->wait,
                 mb.patterns);
    } else if (v->state == PL_VIEW_WAITING && mb.in_receive) {
        /* no clauses, only `after`: Process.sleep and :timer.sleep are this */
        snprintf(state, sizeof state, "%s sleeping (a receive with only after), in %s",
                 pl_draw_glyphs()->wait, v->current);
    } else if (v->state == PL_VIEW_WAITING) {
        snprintf(state, sizeof state, "%s waiting, in %s", pl_draw_glyphs()->wait, v->current);
    } else {
        snprintf(state, sizeof state, "%s runnable, in %s", pl_draw_glyphs()->dot, v->current);
    }
    /* the receive's state on the last rows, wrapped onto two when long */
    size_t len = strlen(state), first = pl_draw_fit(state, len, r.w - 2, true);
    int y = r.y + r.h - 2;
    if (first < len && r.h > 4) {
        pl_draw_fill(y - 1, r.x + 1, r.w - 2, PL_S_TEXT);
        pl_draw_textn(y - 1, r.x + 1, r.w - 2, PL_S_TITLE, state, first);
        pl_draw_text(y, r.x + 3, r.w - 4, PL_S_TITLE, state + first);
    } else {
        pl_draw_text(y, r.x + 1, r.w - 2, PL_S_TITLE, state);
    }
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    (void)ui; /* G's far end is clamped to the last messages when drawn */
    return pl_pane_scroll_key(pane, ch, code, false, 1 << 20);
}

const pl_pane_class pl_mailbox_pane_class = {
    .name = "Mailbox",
    .draw = draw,
    .key = key,
};
