/* The layout (see layout.h). Rectangles include their border line: adjacent
 * panes share no cells, each draws its own box. */
#include "layout.h"

static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

pl_layout pl_layout_compute(int cols, int lines)
{
    pl_layout l = { .too_small = cols < PL_MIN_COLS || lines < PL_MIN_LINES };
    if (l.too_small) {
        return l;
    }
    int body = lines - 1; /* the status line */
    int prompt = clamp(body / 4, 6, 14);
    int seq = clamp(body * 3 / 10, 6, 24);
    int top = body - prompt - seq;
    int left = clamp(cols * 2 / 5, 30, 70);
    int procs = clamp(top * 3 / 5, 5, top - 4);
    l.lesson = (pl_rect){ 0, 0, top, left };
    l.procs = (pl_rect){ 0, left, procs, cols - left };
    l.mailbox = (pl_rect){ procs, left, top - procs, cols - left };
    l.seq = (pl_rect){ top, 0, seq, cols };
    l.prompt = (pl_rect){ top + seq, 0, prompt, cols };
    l.status = (pl_rect){ lines - 1, 0, 1, cols };
    return l;
}
