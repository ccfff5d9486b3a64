/* Drawing helpers (see draw.h). Colour pairs use the terminal's default
 * background, so the scheme reads on dark and light themes; meaning never
 * rests on colour alone (glyphs and bold carry it too). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <string.h>
#include <wchar.h>
#include "draw.h"

static const pl_glyphs UNICODE = {
    "─", "│", "┌", "┐", "└", "┘", "├", "┤",
    "▶", "◀", "┄", "●", "◌", "✖", "✉", "↻",
    "├─", "└─", "│ ", "◀", "═", "◆", "▸",
};
static const pl_glyphs ASCII = {
    "-", "|", "+", "+", "+", "+", "+", "+",
    ">", "<", ".", "*", "o", "x", "@", "R", "|-", "`-", "| ", "<", "=", "#", ">",
};

/* The styles; set up once by pl_draw_init. Kept here, not in pl_ui, because
 * ncurses' own state is process-wide too. */
static attr_t attrs[PL_S__COUNT];
static const pl_glyphs *glyphs = &UNICODE;

void pl_draw_init(bool color, bool ascii)
{
    glyphs = ascii ? &ASCII : &UNICODE;
    attrs[PL_S_TEXT] = A_NORMAL;
    attrs[PL_S_BORDER] = A_DIM;
    attrs[PL_S_TITLE] = A_BOLD;
    attrs[PL_S_FOCUS] = A_BOLD | A_REVERSE;
    attrs[PL_S_PID] = A_NORMAL;
    attrs[PL_S_NAME] = A_BOLD;
    attrs[PL_S_DIM] = A_DIM;
    attrs[PL_S_EXIT] = A_BOLD;
    attrs[PL_S_MSG] = A_NORMAL;
    attrs[PL_S_OTP] = A_NORMAL;
    attrs[PL_S_SELECTED] = A_REVERSE;
    attrs[PL_S_STATUS] = A_REVERSE;
    attrs[PL_S_KEY] = A_BOLD | A_REVERSE;
    attrs[PL_S_GOOD] = A_BOLD;
    attrs[PL_S_MODE] = A_BOLD | A_REVERSE;
    attrs[PL_S_INPUT] = A_BOLD;
    if (!color || !has_colors()) {
        return;
    }
    start_color();
    use_default_colors();
    /* cyan, magenta, red and blue keep contrast on black and on white */
    init_pair(1, COLOR_CYAN, -1);
    init_pair(2, COLOR_MAGENTA, -1);
    init_pair(3, COLOR_RED, -1);
    init_pair(4, COLOR_BLUE, -1);
    init_pair(5, COLOR_GREEN, -1);
    init_pair(6, COLOR_WHITE, COLOR_BLUE);
    attrs[PL_S_PID] = COLOR_PAIR(1);
    attrs[PL_S_OTP] = COLOR_PAIR(2);
    attrs[PL_S_EXIT] = COLOR_PAIR(3) | A_BOLD;
    attrs[PL_S_MSG] = COLOR_PAIR(4);
    attrs[PL_S_GOOD] = COLOR_PAIR(5) | A_BOLD;
    attrs[PL_S_MODE] = COLOR_PAIR(6) | A_BOLD;
    attrs[PL_S_FOCUS] = COLOR_PAIR(6) | A_BOLD;
}

const pl_glyphs *pl_draw_glyphs(void) { return glyphs; }

/* The character at [s] as it is drawn: bytes that are not UTF-8 and control
 * characters read '?', a tab a space. Sets [*wc] and its columns [*cols];
 * returns its bytes, 0 at the end (a NUL). */
static size_t next_char(const char *s, size_t len, mbstate_t *mb, wchar_t *wc, int *cols)
{
    size_t n = len ? mbrtowc(wc, s, len, mb) : 0;
    if (n == 0) {
        return 0;
    }
    if (n == (size_t)-1 || n == (size_t)-2) {
        memset(mb, 0, sizeof *mb);
        *wc = L'?';
        n = 1;
    }
    if (*wc < 32 || *wc == 127) {
        *wc = *wc == '\t' ? L' ' : L'?';
    }
    *cols = wcwidth(*wc);
    if (*cols < 0) {
        *wc = L'?';
        *cols = 1;
    }
    return n;
}

int pl_draw_textn(int y, int x, int maxw, pl_style st, const char *s, size_t len)
{
    if (maxw <= 0) {
        return 0;
    }
    attr_t a = attrs[st];
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    int used = 0;
    size_t i = 0;
    move(y, x);
    wchar_t wc;
    int cw;
    for (size_t n; (n = next_char(s + i, len - i, &mb, &wc, &cw)) != 0; i += n) {
        if (used + cw > maxw) {
            break;
        }
        cchar_t cc;
        wchar_t ws[2] = { wc, 0 };
        setcchar(&cc, ws, a, (short)PAIR_NUMBER(a), NULL);
        add_wch(&cc);
        used += cw;
    }
    return used;
}

int pl_draw_text(int y, int x, int maxw, pl_style st, const char *s)
{
    return pl_draw_textn(y, x, maxw, st, s, strlen(s));
}

size_t pl_draw_fit(const char *s, size_t len, int maxw, bool words)
{
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    size_t i = 0, last_space = 0, n;
    int w = 0, cw;
    wchar_t wc;
    while ((n = next_char(s + i, len - i, &mb, &wc, &cw)) != 0) {
        if (w + cw > maxw) {
            if (i == 0) {
                return n; /* not even one character fits: take it anyway */
            }
            return words && last_space ? last_space : i;
        }
        w += cw;
        i += n;
        if (wc == L' ') {
            last_space = i;
        }
    }
    return i == 0 && len ? 1 : i; /* a NUL first: step over it, callers must progress */
}

int pl_draw_width(const char *s)
{
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    int w = 0, cw;
    size_t len = strlen(s), i = 0, n;
    wchar_t wc;
    while ((n = next_char(s + i, len - i, &mb, &wc, &cw)) != 0) {
        w += cw;
        i += n;
    }
    return w;
}

void pl_draw_fill(int y, int x, int w, pl_style st)
{
    attr_t a = attrs[st];
    attron(a);
    mvhline(y, x, ' ', w);
    attroff(a);
}

void pl_draw_hline(int y, int x, int w, pl_style st)
{
    for (int i = 0; i < w; i++) {
        pl_draw_text(y, x + i, 1, st, glyphs->h);
    }
}

void pl_draw_box(pl_rect r, const char *title, const char *right, bool focused)
{
    if (r.w < 2 || r.h < 2) {
        return;
    }
    const pl_glyphs *g = glyphs;
    pl_draw_text(r.y, r.x, 1, PL_S_BORDER, g->tl);
    pl_draw_hline(r.y, r.x + 1, r.w - 2, PL_S_BORDER);
    pl_draw_text(r.y, r.x + r.w - 1, 1, PL_S_BORDER, g->tr);
    for (int y = r.y + 1; y < r.y + r.h - 1; y++) {
        pl_draw_text(y, r.x, 1, PL_S_BORDER, g->v);
        pl_draw_text(y, r.x + r.w - 1, 1, PL_S_BORDER, g->v);
    }
    pl_draw_text(r.y + r.h - 1, r.x, 1, PL_S_BORDER, g->bl);
    pl_draw_hline(r.y + r.h - 1, r.x + 1, r.w - 2, PL_S_BORDER);
    pl_draw_text(r.y + r.h - 1, r.x + r.w - 1, 1, PL_S_BORDER, g->br);
    int used = 0;
    if (title) {
        pl_draw_text(r.y, r.x + 1, 1, PL_S_BORDER, " ");
        used = 2 + pl_draw_text(r.y, r.x + 2, r.w - 4, focused ? PL_S_FOCUS : PL_S_TITLE, title);
        pl_draw_text(r.y, r.x + used, 1, PL_S_BORDER, " ");
    }
    if (right) {
        int w = pl_draw_width(right);
        int at = r.x + r.w - 2 - w;
        if (at > r.x + used + 2) {
            pl_draw_text(r.y, at, w, PL_S_DIM, right);
        }
    }
}
