/* The prompt pane: the iex scrollback and a line editor of our own, with
 * libedit's history(3) behind it. libedit's line editor (el_gets, or its
 * readline callback interface) writes to the terminal itself and would fight
 * ncurses for the screen, so only its history API is used here; `proclab
 * repl`, which has the terminal to itself, uses the full libedit. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <histedit.h>
#include <ncurses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "complete.h"
#include "draw.h"
#include "host.h"
#include "tui.h"

bool pl_prompt_init(pl_ui *ui)
{
    History *h = history_init();
    if (!h) {
        return false;
    }
    HistEvent ev;
    history(h, &ev, H_SETSIZE, 1000);
    history(h, &ev, H_SETUNIQUE, 1);
    char path[4096];
    const char *hp = pl_host_history_path(path, sizeof path);
    if (hp) {
        history(h, &ev, H_LOAD, hp);
    }
    ui->prompt.hist = h;
    return true;
}

void pl_prompt_free(pl_ui *ui)
{
    History *h = ui->prompt.hist;
    if (!h) {
        return;
    }
    HistEvent ev;
    char path[4096];
    const char *hp = pl_host_history_path(path, sizeof path);
    if (hp) {
        history(h, &ev, H_SAVE, hp);
    }
    history_end(h);
    free(ui->prompt.input);
    for (int i = 0; i < ui->prompt.nahead; i++) {
        free(ui->prompt.ahead[i]);
    }
    ui->prompt.hist = NULL;
}

/* ---- The line being typed ---- */

static void set_line(pl_prompt *pr, const char *utf8)
{
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    const char *s = utf8;
    size_t n = mbsrtowcs(pr->buf, &s, sizeof pr->buf / sizeof pr->buf[0] - 1, &mb);
    pr->len = n == (size_t)-1 ? 0 : (int)n;
    /* history keeps multi-line inputs; the line editor shows them joined */
    for (int i = 0; i < pr->len; i++) {
        if (pr->buf[i] == L'\n') {
            pr->buf[i] = L' ';
        }
    }
    pr->buf[pr->len] = 0;
    pr->cur = pr->len;
}

/* The typed line as UTF-8 (new string). */
static char *line_utf8(const pl_prompt *pr)
{
    size_t cap = (size_t)pr->len * MB_CUR_MAX + 1;
    char *out = malloc(cap);
    if (!out) {
        return NULL;
    }
    wchar_t tmp[sizeof pr->buf / sizeof pr->buf[0]];
    memcpy(tmp, pr->buf, (size_t)pr->len * sizeof *tmp);
    tmp[pr->len] = 0;
    const wchar_t *src = tmp;
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    size_t n = wcsrtombs(out, &src, cap, &mb);
    out[n == (size_t)-1 ? 0 : n] = 0;
    return out;
}

static void insert_char(pl_prompt *pr, wchar_t c)
{
    if (pr->len >= (int)(sizeof pr->buf / sizeof pr->buf[0]) - 1) {
        return;
    }
    memmove(pr->buf + pr->cur + 1, pr->buf + pr->cur,
            (size_t)(pr->len - pr->cur) * sizeof(wchar_t));
    pr->buf[pr->cur++] = c;
    pr->buf[++pr->len] = 0;
}

static void delete_range(pl_prompt *pr, int from, int to)
{
    if (from < 0 || to > pr->len || from >= to) {
        return;
    }
    memmove(pr->buf + from, pr->buf + to, (size_t)(pr->len - to + 1) * sizeof(wchar_t));
    pr->len -= to - from;
    if (pr->cur > to) {
        pr->cur -= to - from;
    } else if (pr->cur > from) {
        pr->cur = from;
    }
}

static char *prompt_text(pl_ui *ui, char *buf, size_t cap)
{
    snprintf(buf, cap, ui->prompt.input_len ? "...(%d)> " : "iex(%d)> ", pl_shell_counter(ui->e));
    return buf;
}

/* ---- Evaluating ---- */

static void eval_text(pl_ui *ui, const char *line)
{
    pl_prompt *pr = &ui->prompt;
    if (pr->partial_len) {
        pl_ui_print(ui, "\n", 1, pr->partial_style); /* IO.write's line ends before the echo */
    }
    char p[32];
    char echo[4200];
    snprintf(echo, sizeof echo, "%s%s\n", prompt_text(ui, p, sizeof p), line);
    pl_ui_print(ui, echo, strlen(echo), PL_STYLE_INPUT);
    size_t n = strlen(line);
    char *in = realloc(pr->input, pr->input_len + n + 2);
    if (!in) {
        return;
    }
    pr->input = in;
    memcpy(in + pr->input_len, line, n);
    pr->input_len += n;
    in[pr->input_len++] = '\n';
    in[pr->input_len] = 0;
    pl_shell_result r = pl_shell_eval(ui->e, pr->input, pr->input_len);
    ui->follow_spawn = r == PL_SHELL_SENT;
    if (r == PL_SHELL_INCOMPLETE) {
        return;
    }
    HistEvent ev;
    in[pr->input_len - 1] = 0;
    if (pr->hist && *in) {
        history(pr->hist, &ev, H_ENTER, in);
    }
    pr->input_len = 0;
}

void pl_prompt_type_ahead(pl_ui *ui)
{
    pl_prompt *pr = &ui->prompt;
    if (pr->nahead == 0 || pl_shell_poll(ui->e) != PL_SHELL_IDLE) {
        return;
    }
    char *line = pr->ahead[0];
    memmove(pr->ahead, pr->ahead + 1, (size_t)--pr->nahead * sizeof *pr->ahead);
    eval_text(ui, line);
    free(line);
}

void pl_ui_eval(pl_ui *ui, const char *src)
{
    const char *why = NULL;
    if (pl_shell_poll(ui->e) == PL_SHELL_RUNNING) {
        why = "(the shell is still evaluating; Ctrl-C stops it)\n";
    } else if (ui->prompt.input_len) {
        why = "(an unfinished input is at the prompt; finish it or Ctrl-C)\n";
    }
    if (why) {
        pl_ui_print(ui, why, strlen(why), PL_STYLE_NOTE);
        return;
    }
    eval_text(ui, src);
}

static int submit(pl_ui *ui)
{
    pl_prompt *pr = &ui->prompt;
    if (pr->len == 0 && pr->input_len == 0) {
        return PL_KEY_HANDLED | PL_KEY_NORMAL_MODE; /* an empty Enter gives the keys back */
    }
    char *line = line_utf8(pr);
    if (line && (pr->nahead || pl_shell_poll(ui->e) == PL_SHELL_RUNNING)) {
        /* typed ahead, as into a terminal: evaluated when the shell is free */
        if (pr->nahead < (int)(sizeof pr->ahead / sizeof pr->ahead[0])) {
            char note[4200];
            snprintf(note, sizeof note, "(queued until the shell is free) %s\n", line);
            pl_ui_print(ui, note, strlen(note), PL_STYLE_NOTE);
            pr->ahead[pr->nahead++] = line;
            line = NULL;
        } else {
            const char *full = "(32 lines are queued already; this one is dropped)\n";
            pl_ui_print(ui, full, strlen(full), PL_STYLE_NOTE);
        }
    } else if (line) {
        eval_text(ui, line);
    }
    free(line);
    pr->len = pr->cur = 0;
    pr->buf[0] = 0;
    pr->browsing = false;
    ui->panes[PL_PANE_PROMPT].scroll = 0;
    return PL_KEY_HANDLED;
}

/* Up/Down: walk the history (libedit's cursor; H_FIRST is the newest). */
static void browse(pl_ui *ui, bool older)
{
    pl_prompt *pr = &ui->prompt;
    HistEvent ev;
    int r;
    if (!pr->browsing) {
        if (!older) {
            return;
        }
        r = history(pr->hist, &ev, H_FIRST);
        pr->browsing = r != -1;
    } else {
        r = history(pr->hist, &ev, older ? H_NEXT : H_PREV);
        if (r == -1 && !older) {
            pr->browsing = false;
            pr->len = pr->cur = 0;
            pr->buf[0] = 0;
            return;
        }
    }
    if (r != -1) {
        set_line(pr, ev.str);
    }
}

static void complete(pl_ui *ui)
{
    pl_prompt *pr = &ui->prompt;
    int start = pr->cur;
    while (start > 0 && pr->buf[start - 1] < 128 && pl_complete_is_word((char)pr->buf[start - 1])) {
        start--;
    }
    char word[256];
    int n = 0;
    for (int i = start; i < pr->cur && n < (int)sizeof word - 1; i++) {
        word[n++] = (char)pr->buf[i];
    }
    word[n] = 0;
    pl_completion c;
    pl_complete(ui->e, word, &c);
    if (c.count == 0) {
        beep();
    } else if (c.common_len > (size_t)n) {
        for (size_t i = (size_t)n; i < c.common_len; i++) {
            insert_char(pr, (wchar_t)(unsigned char)c.common[i]);
        }
    } else if (c.count > 1) {
        char list[1024];
        size_t at = 0;
        for (size_t i = 0; i < c.count && at + 2 < sizeof list; i++) {
            at += (size_t)snprintf(list + at, sizeof list - at, "%s  ", c.items[i]);
        }
        if (at >= sizeof list) {
            at = sizeof list - 1;
        }
        list[at] = '\n';
        pl_ui_print(ui, list, at + 1, PL_STYLE_NOTE);
    }
    pl_completion_free(&c);
}

static bool word_char(wchar_t c) { return c < 128 && pl_complete_is_word((char)c); }

static int word_left(const pl_prompt *pr)
{
    int at = pr->cur;
    while (at > 0 && !word_char(pr->buf[at - 1])) {
        at--;
    }
    while (at > 0 && word_char(pr->buf[at - 1])) {
        at--;
    }
    return at;
}

static int word_right(const pl_prompt *pr)
{
    int at = pr->cur;
    while (at < pr->len && !word_char(pr->buf[at])) {
        at++;
    }
    while (at < pr->len && word_char(pr->buf[at])) {
        at++;
    }
    return at;
}

void pl_prompt_meta(pl_ui *ui, wint_t ch, bool code)
{
    pl_prompt *pr = &ui->prompt;
    if (code && ch == KEY_BACKSPACE) {
        ch = 127;
    }
    switch (code ? 0 : ch) {
    case 'b': pr->cur = word_left(pr); break;
    case 'f': pr->cur = word_right(pr); break;
    case 'd': delete_range(pr, pr->cur, word_right(pr)); break;
    case 127: case 8: delete_range(pr, word_left(pr), pr->cur); break;
    default: beep(); break;
    }
}

static int edit_key(pl_ui *ui, wint_t ch, bool code)
{
    pl_prompt *pr = &ui->prompt;
    pl_pane *pane = &ui->panes[PL_PANE_PROMPT];
    if (code) {
        switch (ch) {
        case KEY_LEFT: pr->cur -= pr->cur > 0; break;
        case KEY_RIGHT: pr->cur += pr->cur < pr->len; break;
        case KEY_HOME: pr->cur = 0; break;
        case KEY_END: pr->cur = pr->len; break;
        case KEY_BACKSPACE: delete_range(pr, pr->cur - 1, pr->cur); break;
        case KEY_DC: delete_range(pr, pr->cur, pr->cur + 1); break;
        case KEY_UP: browse(ui, true); break;
        case KEY_DOWN: browse(ui, false); break;
        case KEY_PPAGE: pane->scroll += pane->rect.h - 3; break;
        case KEY_NPAGE: pane->scroll -= pane->rect.h - 3; break;
        case KEY_ENTER: return submit(ui);
        case KEY_BTAB: return PL_KEY_HANDLED | PL_KEY_NORMAL_MODE | PL_KEY_FOCUS_PREV;
        default: return PL_KEY_IGNORED;
        }
        if (pane->scroll < 0) {
            pane->scroll = 0;
        }
        return PL_KEY_HANDLED;
    }
    switch (ch) {
    case 27: return PL_KEY_HANDLED | PL_KEY_NORMAL_MODE;                  /* Esc */
    case '\r': case '\n': return submit(ui);
    case '\t': complete(ui); return PL_KEY_HANDLED;
    case 1: pr->cur = 0; return PL_KEY_HANDLED;                           /* Ctrl-A */
    case 5: pr->cur = pr->len; return PL_KEY_HANDLED;                     /* Ctrl-E */
    case 2: pr->cur -= pr->cur > 0; return PL_KEY_HANDLED;                /* Ctrl-B */
    case 6: pr->cur += pr->cur < pr->len; return PL_KEY_HANDLED;          /* Ctrl-F */
    case 11: delete_range(pr, pr->cur, pr->len); return PL_KEY_HANDLED;   /* Ctrl-K */
    case 21: delete_range(pr, 0, pr->cur); return PL_KEY_HANDLED;         /* Ctrl-U */
    case 4:                                                               /* Ctrl-D */
        delete_range(pr, pr->cur, pr->cur + 1);
        return PL_KEY_HANDLED;
    case 23: {                                                            /* Ctrl-W */
        int from = pr->cur;
        while (from > 0 && pr->buf[from - 1] == L' ') {
            from--;
        }
        while (from > 0 && pr->buf[from - 1] != L' ') {
            from--;
        }
        delete_range(pr, from, pr->cur);
        return PL_KEY_HANDLED;
    }
    case 8: case 127: delete_range(pr, pr->cur - 1, pr->cur); return PL_KEY_HANDLED;
    case 12: clearok(curscr, TRUE); return PL_KEY_HANDLED;                /* Ctrl-L */
    default:
        if (ch >= 32) {
            insert_char(pr, (wchar_t)ch);
        }
        return PL_KEY_HANDLED;
    }
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    if (ui->insert) {
        return edit_key(ui, ch, code);
    }
    /* normal mode with the prompt focused: scroll its output */
    return pl_pane_scroll_key(pane, ch, code, true, (int)ui->nlines);
}

/* ---- Drawing ---- */

static pl_style line_style(int style)
{
    switch (style) {
    case PL_STYLE_INPUT: return PL_S_INPUT;
    case PL_STYLE_ERROR: return PL_S_EXIT;
    case PL_STYLE_NOTE: return PL_S_DIM;
    default: return PL_S_TEXT;
    }
}

/* One scrollback line wrapped to [width]: where each of its rows starts. */
static int wrap(const char *s, int width, size_t *starts, int max)
{
    size_t len = strlen(s), at = 0;
    int n = 0;
    do {
        if (n < max) {
            starts[n] = at;
        }
        n++;
        at += pl_draw_fit(s + at, len - at, width, false);
    } while (at < len);
    return n < max ? n : max;
}

/* The output, newest at the bottom, long lines wrapped; scrolled back by
 * [pane->scroll] rows. */
static void draw_line(pl_pane *pane, int rows, int width, int *bottom, const char *text,
                      int style)
{
    pl_rect r = pane->rect;
    size_t starts[64];
    int n = wrap(text, width, starts, 64);
    size_t len = strlen(text);
    for (int i = n - 1; i >= 0; i--, (*bottom)--) {
        if (*bottom >= 0 && *bottom < rows) {
            size_t end = i + 1 < n ? starts[i + 1] : len;
            pl_draw_textn(r.y + 1 + *bottom, r.x + 1, width, line_style(style), text + starts[i],
                          end - starts[i]);
        }
    }
}

static void draw_scrollback(pl_pane *pane, pl_ui *ui, int rows, int width)
{
    int bottom = rows - 1 + pane->scroll;
    pl_prompt *pr = &ui->prompt;
    if (pr->partial_len) {
        /* output without its newline yet (IO.write) is the newest line */
        pr->partial[pr->partial_len] = 0;
        draw_line(pane, rows, width, &bottom, pr->partial, pr->partial_style);
    }
    for (size_t k = ui->nlines; k > 0 && bottom >= 0; k--) {
        const pl_line *l = &ui->lines[(ui->lines_head + k - 1) % ui->lines_cap];
        draw_line(pane, rows, width, &bottom, l->text, l->style);
    }
    if (bottom >= 0 && pane->scroll > 0) {
        pane->scroll -= bottom + 1 < pane->scroll ? bottom + 1 : pane->scroll; /* past the top */
    }
}

/* Where the line editor starts, and its horizontal scroll so the cursor shows. */
static int input_offset(pl_ui *ui, int width, int *skip)
{
    char p[32];
    int pw = pl_draw_width(prompt_text(ui, p, sizeof p));
    int room = width - pw - 1;
    *skip = ui->prompt.cur > room ? ui->prompt.cur - room : 0;
    return pw;
}

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    bool busy = ui->shell == PL_SHELL_RUNNING;
    char pid[32], title[64];
    pl_ui_pid_text(pl_shell_pid(ui->e), pid, sizeof pid);
    snprintf(title, sizeof title, "iex %s%s", pid,
             !busy ? "" : ui->running ? " evaluating (Ctrl-C stops)"
                                      : " evaluating, paused (space runs, Ctrl-C stops)");
    pl_draw_box(r, title, ui->insert ? "typing here" : "i to type", ui->focus == PL_PANE_PROMPT);
    int rows = r.h - 3, width = r.w - 2;
    draw_scrollback(pane, ui, rows, width);
    int y = r.y + r.h - 2, skip;
    char p[32];
    int pw = input_offset(ui, width, &skip);
    pl_draw_text(y, r.x + 1, width, PL_S_INPUT, prompt_text(ui, p, sizeof p));
    int x = r.x + 1 + pw;
    for (int i = skip; i < ui->prompt.len && x < r.x + r.w - 1; i++) {
        cchar_t cc;
        wchar_t ws[2] = { ui->prompt.buf[i], 0 };
        setcchar(&cc, ws, A_NORMAL, 0, NULL);
        mvadd_wch(y, x, &cc);
        int cw = wcwidth(ws[0]);
        x += cw > 0 ? cw : 1;
    }
}

void pl_prompt_place_cursor(pl_ui *ui)
{
    pl_rect r = ui->panes[PL_PANE_PROMPT].rect;
    int skip;
    int x = r.x + 1 + input_offset(ui, r.w - 2, &skip);
    for (int i = skip; i < ui->prompt.cur; i++) {
        int cw = wcwidth(ui->prompt.buf[i]);
        x += cw > 0 ? cw : 1;
    }
    move(r.y + r.h - 2, x < r.x + r.w - 1 ? x : r.x + r.w - 2);
}

static void click(pl_pane *pane, pl_ui *ui, int y, int x)
{
    (void)pane;
    (void)y;
    (void)x;
    ui->insert = true;
}

const pl_pane_class pl_prompt_pane_class = {
    .name = "Prompt",
    .draw = draw,
    .key = key,
    .click = click,
};
