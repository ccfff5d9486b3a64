/* The messages pane: a live sequence diagram drawn from the trace ring. One
 * lane per process (the selected one and the most recently active; the rest
 * share an "others" lane), one row per event, newest at the bottom; it follows
 * the newest event unless scrolled back. With the OTP level on, a call is one
 * labelled exchange instead of its monitor, request, reply and demonitor. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "tui.h"

enum { LANE_W = 14, MAX_LANES = 16, SCAN = 4096, CALL_REFS = 256 };

typedef struct diagram {
    pl_ui *ui;
    uint64_t lanes[MAX_LANES];
    int nlanes;                /* the last lane is "others" */
    pl_term refs[CALL_REFS];   /* alias refs of calls seen in the window */
    int nrefs;
    uint64_t oldest;           /* first seq in the window */
} diagram;

/* ---- Which events show ---- */

static bool call_ref(const diagram *d, pl_term ref)
{
    for (int i = 0; i < d->nrefs; i++) {
        if (d->refs[i] == ref) {
            return true;
        }
    }
    return false;
}

static bool shown(const diagram *d, const pl_event *ev)
{
    pl_ui *ui = d->ui;
    pl_term ref, payload;
    switch (ev->kind) {
    case PL_EV_SEND:
        return !ui->otp_level || pl_view_otp(ui->e, ev, &ref) == PL_OTP_NONE;
    case PL_EV_MONITOR:
    case PL_EV_DEMONITOR:
        return !ui->otp_level || !call_ref(d, ev->data);
    case PL_EV_LIB: {
        const char *tag = pl_view_lib(ui->e, ev, &payload);
        if (!tag) {
            return false;
        }
        bool call = strcmp(tag, "call") == 0 || strcmp(tag, "reply") == 0;
        return call ? ui->otp_level : true;
    }
    case PL_EV_SPAWN:
    case PL_EV_EXIT:
    case PL_EV_LINK:
    case PL_EV_UNLINK:
    case PL_EV_DOWN:
    case PL_EV_EXIT_SIGNAL:
    case PL_EV_REGISTER:
    case PL_EV_FLAG:
        return true;
    default:
        return false;
    }
}

/* The other party of an event, if it is a process. */
static uint64_t other_pid(const diagram *d, const pl_event *ev)
{
    uint64_t pid = 0;
    pl_term payload, target;
    if (pl_view_pid(ev->other, &pid)) {
        return pid;
    }
    const char *tag = ev->kind == PL_EV_LIB ? pl_view_lib(d->ui->e, ev, &payload) : NULL;
    if (tag && (strcmp(tag, "call") == 0 || strcmp(tag, "reply") == 0) &&
        pl_view_elem(payload, 0, &target) && pl_view_pid(target, &pid)) {
        return pid;
    }
    return 0;
}

/* ---- Lanes ---- */

static int lane_of(const diagram *d, uint64_t pid)
{
    for (int i = 0; i < d->nlanes - 1; i++) {
        if (d->lanes[i] == pid) {
            return i;
        }
    }
    return d->nlanes - 1;
}

static void add_lane(diagram *d, uint64_t pid, int max)
{
    if (!pid || d->nlanes >= max) {
        return;
    }
    for (int i = 0; i < d->nlanes; i++) {
        if (d->lanes[i] == pid) {
            return;
        }
    }
    d->lanes[d->nlanes++] = pid;
}

static int by_pid(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The selected process, then whoever acted most recently; shown in pid order
 * so that lanes do not jump about. */
static void choose_lanes(diagram *d, int width)
{
    pl_ui *ui = d->ui;
    int max = width / LANE_W - 1;
    max = max < 2 ? 2 : max > MAX_LANES - 1 ? MAX_LANES - 1 : max;
    d->nlanes = 0;
    add_lane(d, ui->selected, max);
    uint64_t next = ui->panes[PL_PANE_SEQ].scroll && ui->seq_anchor ? ui->seq_anchor
                                                                       : pl_trace_next(ui->e);
    for (uint64_t s = next; s > d->oldest && d->nlanes < max; s--) {
        const pl_event *ev = pl_trace_event(ui->e, s - 1);
        if (ev && shown(d, ev)) {
            add_lane(d, ev->pid, max);
            add_lane(d, other_pid(d, ev), max);
        }
    }
    qsort(d->lanes, (size_t)d->nlanes, sizeof d->lanes[0], by_pid);
    d->lanes[d->nlanes++] = 0; /* others */
}

static void collect_refs(diagram *d)
{
    d->nrefs = 0;
    uint64_t next = pl_trace_next(d->ui->e);
    for (uint64_t s = next; s > d->oldest && d->nrefs < CALL_REFS; s--) {
        const pl_event *ev = pl_trace_event(d->ui->e, s - 1);
        pl_term ref;
        if (ev && ev->kind == PL_EV_SEND && pl_view_otp(d->ui->e, ev, &ref) == PL_OTP_CALL &&
            ref != PL_VIEW_NONE) {
            d->refs[d->nrefs++] = ref;
        }
    }
}

/* ---- Rows ---- */

static int lane_x(const diagram *d, pl_rect r, int lane)
{
    int w = (r.w - 2) / d->nlanes;
    return r.x + 1 + lane * w + w / 2;
}

static void lane_name(const diagram *d, uint64_t pid, char *buf, size_t cap)
{
    const pl_proc_view *v = pl_ui_find(d->ui, pid);
    if (!pid) {
        snprintf(buf, cap, "others");
    } else if (v && v->name[0]) {
        snprintf(buf, cap, "%s", v->name);
    } else if (v && v->shell) {
        snprintf(buf, cap, "iex");
    } else {
        pl_ui_pid_text(pid, buf, cap);
    }
}

/* What an event says: its label and line style. */
static void describe(const diagram *d, const pl_event *ev, char *label, size_t cap,
                     const char **line, pl_style *st)
{
    pl_ui *ui = d->ui;
    const pl_glyphs *g = pl_draw_glyphs();
    char t[160];
    pl_term payload, part;
    *line = g->h;
    *st = PL_S_MSG;
    switch (ev->kind) {
    case PL_EV_SEND:
        pl_view_term(ui->e, ev->data, 6, t, sizeof t);
        snprintf(label, cap, "%s", t);
        return;
    case PL_EV_SPAWN:
        snprintf(label, cap, "spawn");
        *line = g->dash;
        *st = PL_S_GOOD;
        return;
    case PL_EV_EXIT:
        pl_view_term(ui->e, ev->data, 4, t, sizeof t);
        snprintf(label, cap, "exit %s", t);
        *st = PL_S_EXIT;
        return;
    case PL_EV_LINK: snprintf(label, cap, "link"); *line = g->link; *st = PL_S_TEXT; return;
    case PL_EV_UNLINK: snprintf(label, cap, "unlink"); *line = g->dash; *st = PL_S_DIM; return;
    case PL_EV_MONITOR: snprintf(label, cap, "monitor"); *line = g->dash; *st = PL_S_TEXT; return;
    case PL_EV_DEMONITOR:
        snprintf(label, cap, "demonitor");
        *line = g->dash;
        *st = PL_S_DIM;
        return;
    case PL_EV_DOWN:
        pl_view_term(ui->e, ev->data, 4, t, sizeof t);
        snprintf(label, cap, ":DOWN %s", t);
        *line = g->dash;
        *st = PL_S_EXIT;
        return;
    case PL_EV_EXIT_SIGNAL:
        pl_view_term(ui->e, ev->data, 4, t, sizeof t);
        snprintf(label, cap, "exit signal %s", t);
        *st = PL_S_EXIT;
        return;
    case PL_EV_REGISTER:
        pl_view_term(ui->e, ev->other, 2, t, sizeof t);
        snprintf(label, cap, "registered as %s", t);
        *st = PL_S_NAME;
        return;
    case PL_EV_FLAG:
        pl_view_term(ui->e, ev->other, 2, t, sizeof t);
        snprintf(label, cap, "flag %s", t);
        *st = PL_S_DIM;
        return;
    default: break;
    }
    const char *tag = pl_view_lib(ui->e, ev, &payload);
    *st = PL_S_OTP;
    if (tag && pl_view_elem(payload, 1, &part)) {
        pl_view_term(ui->e, part, 5, t, sizeof t);
        if (strcmp(tag, "call") == 0) {
            snprintf(label, cap, "call %s", t);
        } else if (strcmp(tag, "reply") == 0) {
            snprintf(label, cap, "reply %s", t);
        } else if (strcmp(tag, "sup_restart") == 0) {
            snprintf(label, cap, "%s restarted %s", g->restart, t);
            *st = PL_S_EXIT;
        } else if (strcmp(tag, "sup_start") == 0) {
            snprintf(label, cap, "started child %s", t);
        } else if (strcmp(tag, "sup_shutdown") == 0) {
            snprintf(label, cap, "shutdown: %s", t);
            *st = PL_S_EXIT;
        } else {
            snprintf(label, cap, "%s %s", tag, t);
        }
    } else {
        snprintf(label, cap, "%s", tag ? tag : "?");
    }
}

static void draw_row(const diagram *d, pl_rect r, int y, const pl_event *ev)
{
    const pl_glyphs *g = pl_draw_glyphs();
    char label[200];
    const char *line;
    pl_style st;
    describe(d, ev, label, sizeof label, &line, &st);
    int from = lane_of(d, ev->pid);
    uint64_t to_pid = other_pid(d, ev);
    bool pair = to_pid && ev->kind != PL_EV_EXIT && ev->kind != PL_EV_REGISTER;
    int xa = lane_x(d, r, from), right = r.x + r.w - 1;
    if (!pair || lane_of(d, to_pid) == from) {
        /* an event of one process: a mark on its lane */
        pl_draw_text(y, xa, 1, st, ev->kind == PL_EV_EXIT ? g->dead : g->sup);
        pl_draw_text(y, xa + 2, right - xa - 2, st, label);
        return;
    }
    int to = lane_of(d, to_pid), xb = lane_x(d, r, to);
    int lo = xa < xb ? xa : xb, hi = xa < xb ? xb : xa;
    for (int x = lo + 1; x < hi; x++) {
        pl_draw_text(y, x, 1, st, line);
    }
    pl_draw_text(y, xb, 1, st, xb > xa ? g->arrow_r : g->arrow_l);
    int room = hi - lo - 3, w = pl_draw_width(label);
    if (w <= room) {
        pl_draw_text(y, lo + 1 + (room - w) / 2 + 1, w, st, label);
    } else if (right - hi - 2 >= 8) {
        pl_draw_text(y, hi + 2, right - hi - 2, st, label); /* beside the arrow */
    } else if (room > 3) {
        pl_draw_text(y, lo + 2, room, st, label);
    }
}

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    diagram d = { .ui = ui };
    /* scrolled back, the view stays on what it showed: new events do not move it */
    uint64_t next = pane->scroll && ui->seq_anchor ? ui->seq_anchor : pl_trace_next(ui->e);
    d.oldest = next > SCAN ? next - SCAN : 0;
    if (d.oldest < ui->seq_base) {
        d.oldest = ui->seq_base;
    }
    if (ui->otp_level) {
        collect_refs(&d);
    }
    choose_lanes(&d, r.w - 2);
    char right[64];
    snprintf(right, sizeof right, "%s  %s",
             pane->scroll ? "scrolled back (G follows)" : "following",
             ui->otp_level ? "OTP|raw" : "otp|RAW");
    pl_draw_box(r, "Messages", right, ui->focus == PL_PANE_SEQ);
    int rows = r.h - 3, lane_w = (r.w - 2) / d.nlanes;
    for (int i = 0; i < d.nlanes; i++) {
        char name[48];
        lane_name(&d, d.lanes[i], name, sizeof name);
        int x = lane_x(&d, r, i), w = pl_draw_width(name);
        w = w > lane_w - 1 ? lane_w - 1 : w;
        pl_style st = d.lanes[i] == ui->selected ? PL_S_NAME : PL_S_PID;
        pl_draw_text(r.y + 1, x - w / 2, w, st, name);
    }
    /* newest at the bottom: walk back from the newest, skipping the scroll */
    int row = rows - 1, skip = pane->scroll;
    for (int y = 0; y < rows; y++) {
        for (int i = 0; i < d.nlanes; i++) {
            pl_draw_text(r.y + 2 + y, lane_x(&d, r, i), 1, PL_S_BORDER, pl_draw_glyphs()->v);
        }
    }
    for (uint64_t s = next; s > d.oldest && row >= 0; s--) {
        const pl_event *ev = pl_trace_event(ui->e, s - 1);
        if (!ev || !shown(&d, ev)) {
            continue;
        }
        if (skip > 0) {
            skip--;
            continue;
        }
        draw_row(&d, r, r.y + 2 + row, ev);
        row--;
    }
    if (skip > 0) {
        pane->scroll -= skip; /* scrolled past the oldest event */
    }
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    int page = pane->rect.h - 3;
    if (pane->scroll == 0) {
        ui->seq_anchor = pl_trace_next(ui->e); /* where a scroll back starts from */
    }
    if (code && ch == KEY_PPAGE) {
        pane->scroll += page;
    } else if (code && ch == KEY_NPAGE) {
        pane->scroll = pane->scroll > page ? pane->scroll - page : 0;
    } else {
        return pl_pane_scroll_key(pane, ch, code, true, SCAN);
    }
    return PL_KEY_HANDLED;
}

const pl_pane_class pl_seq_pane_class = {
    .name = "Messages",
    .draw = draw,
    .key = key,
};
