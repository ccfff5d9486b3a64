/* Drawing for the panes: styles that read on dark and light terminals (and
 * without colour), glyphs with an ASCII fallback, UTF-8 text clipped by
 * display width, boxes with titles. The only file that picks colours. */
#ifndef PL_UI_DRAW_H
#define PL_UI_DRAW_H

#include <stdbool.h>
#include "layout.h"

typedef enum pl_style {
    PL_S_TEXT, PL_S_BORDER, PL_S_TITLE, PL_S_FOCUS, PL_S_PID, PL_S_NAME, PL_S_DIM,
    PL_S_EXIT, PL_S_MSG, PL_S_OTP, PL_S_SELECTED, PL_S_STATUS, PL_S_KEY, PL_S_GOOD,
    PL_S_MODE, PL_S_INPUT, PL_S__COUNT
} pl_style;

/* Box pieces and marks; ASCII stand-ins with --ascii. */
typedef struct pl_glyphs {
    const char *h, *v, *tl, *tr, *bl, *br, *tee_l, *tee_r;
    const char *arrow_r, *arrow_l, *dash, *dot, *wait, *dead, *mail, *restart, *branch,
        *last, *pipe, *mark, *link, *sup, *run;
} pl_glyphs;

/* Sets up colours (unless [color] is false: NO_COLOR or a mono terminal). */
void pl_draw_init(bool color, bool ascii);
const pl_glyphs *pl_draw_glyphs(void);
/* Writes [s] (UTF-8) at (y, x) in at most [maxw] columns; returns the
 * columns used. Control characters show as '?'. */
int pl_draw_text(int y, int x, int maxw, pl_style st, const char *s);
int pl_draw_textn(int y, int x, int maxw, pl_style st, const char *s, size_t len);
/* How many bytes of [s] fit in [maxw] columns, breaking after a space when
 * [words] and one is found (else mid-word); at least one character. */
size_t pl_draw_fit(const char *s, size_t len, int maxw, bool words);
/* Display width of UTF-8 [s]. */
int pl_draw_width(const char *s);
void pl_draw_fill(int y, int x, int w, pl_style st);
/* A pane's frame: [title] on the top line (highlighted when [focused]),
 * [right] at its right end. */
void pl_draw_box(pl_rect r, const char *title, const char *right, bool focused);
void pl_draw_hline(int y, int x, int w, pl_style st);

#endif
