/* Pane rectangles from the terminal's size: a small split tree recomputed on
 * every resize (pure: no ncurses, unit-tested). */
#ifndef PL_UI_LAYOUT_H
#define PL_UI_LAYOUT_H

#include <stdbool.h>

typedef struct pl_rect {
    int y, x, h, w;
} pl_rect;

enum { PL_MIN_COLS = 80, PL_MIN_LINES = 24 };

typedef struct pl_layout {
    pl_rect lesson, procs, mailbox, seq, prompt, status;
    bool too_small;            /* below 80x24: only the size message is drawn */
} pl_layout;

/* ┌ lesson ┬ processes ┐   top: lesson | (processes / mailbox)
 * │        ├ mailbox   ┤   then the messages diagram, the prompt,
 * ├ messages ──────────┤   and one status line at the bottom.
 * ├ prompt ────────────┤
 * └ status ────────────┘ */
pl_layout pl_layout_compute(int cols, int lines);

static inline bool pl_rect_has(pl_rect r, int y, int x)
{
    return y >= r.y && y < r.y + r.h && x >= r.x && x < r.x + r.w;
}

#endif
