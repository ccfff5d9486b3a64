/* The processes pane: a tree of who spawned whom (so supervisors hold their
 * children), or an observer_cli-like table, sortable and filterable. Exited
 * processes stay a moment with their reason; a restarted child takes the place
 * of the one it replaces. */
#define _GNU_SOURCE /* qsort_r */
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "tui.h"

typedef struct row {
    const pl_proc_view *v;
    const char *reason;        /* exited: why */
    uint64_t parent, place;
    uint32_t restarts;
    bool fresh;                /* restarted a moment ago */
    int depth;
    uint64_t last_bits;        /* bit d: the ancestor at depth d was a last child */
} row;

typedef struct rows {
    row *items;
    size_t n, cap;
} rows;

enum { MAX_INDENT = 12 };

static bool add(rows *rs, row r)
{
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 256;
        row *it = realloc(rs->items, cap * sizeof *it);
        if (!it) {
            return false;
        }
        rs->items = it;
        rs->cap = cap;
    }
    rs->items[rs->n++] = r;
    return true;
}

static bool matches(const pl_ui *ui, const pl_proc_view *v)
{
    if (!ui->filter[0]) {
        return true;
    }
    char pid[32];
    pl_ui_pid_text(v->pid, pid, sizeof pid);
    return strstr(pid, ui->filter) || strstr(v->name, ui->filter) || strstr(v->label, ui->filter) ||
           strstr(v->current, ui->filter);
}

/* Every process to show: the live ones and the ghosts of the recently dead. */
static void collect(pl_ui *ui, rows *all)
{
    for (size_t i = 0; i < ui->nviews; i++) {
        const pl_proc_view *v = &ui->views[i];
        if (matches(ui, v)) {
            row r = { .v = v, .parent = v->parent };
            r.place = pl_ui_place(ui, v->pid, &r.restarts, &r.fresh);
            add(all, r);
        }
    }
    for (int i = 0; i < ui->nghosts; i++) {
        const pl_ghost *g = &ui->ghosts[i];
        if (!pl_ui_find(ui, g->view.pid) && matches(ui, &g->view)) {
            row r = { .v = &g->view, .reason = g->reason, .parent = g->view.parent };
            r.place = pl_ui_place(ui, g->view.pid, &r.restarts, &r.fresh);
            add(all, r);
        }
    }
}

static int by_parent_place(const void *a, const void *b)
{
    const row *x = a, *y = b;
    if (x->parent != y->parent) {
        return x->parent < y->parent ? -1 : 1;
    }
    if (x->place != y->place) {
        return x->place < y->place ? -1 : 1;
    }
    /* the ghost before its replacement */
    return x->v->pid < y->v->pid ? -1 : x->v->pid > y->v->pid;
}

static size_t first_child(const rows *all, uint64_t parent)
{
    size_t lo = 0, hi = all->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (all->items[mid].parent < parent) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static int by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* A row whose parent is not shown (gone, or filtered out) becomes a root. */
static void orphans_to_roots(rows *all)
{
    uint64_t *pids = malloc((all->n ? all->n : 1) * sizeof *pids);
    if (!pids) {
        return;
    }
    for (size_t i = 0; i < all->n; i++) {
        pids[i] = all->items[i].v->pid;
    }
    qsort(pids, all->n, sizeof *pids, by_u64);
    for (size_t i = 0; i < all->n; i++) {
        uint64_t parent = all->items[i].parent;
        if (parent && !bsearch(&parent, pids, all->n, sizeof *pids, by_u64)) {
            all->items[i].parent = 0;
        }
    }
    free(pids);
}

/* Depth-first order with an explicit stack: a chain of 100 000 spawns is
 * deep, and the C stack must not be. */
static void tree_order(rows *all, rows *out)
{
    orphans_to_roots(all);
    if (all->n > 1) {
        qsort(all->items, all->n, sizeof *all->items, by_parent_place);
    }
    typedef struct frame {
        size_t next, end;
        int depth;
        uint64_t bits;
    } frame;
    size_t cap = 64, top = 0;
    frame *st = malloc(cap * sizeof *st);
    if (!st) {
        return;
    }
    size_t f0 = first_child(all, 0);
    st[top++] = (frame){ f0, first_child(all, 1), 0, 0 };
    while (top) {
        frame *f = &st[top - 1];
        if (f->next >= f->end) {
            top--;
            continue;
        }
        row r = all->items[f->next++];
        r.depth = f->depth;
        bool last = f->next >= f->end;
        r.last_bits = f->bits | (last && r.depth < 64 ? 1ull << r.depth : 0);
        add(out, r);
        uint64_t pid = r.v->pid;
        size_t c = first_child(all, pid);
        if (c < all->n && all->items[c].parent == pid) {
            if (top == cap) {
                frame *bigger = realloc(st, cap * 2 * sizeof *st);
                if (!bigger) {
                    break;
                }
                st = bigger;
                cap *= 2;
            }
            st[top++] = (frame){ c, first_child(all, pid + 1), r.depth + 1, r.last_bits };
        }
    }
    free(st);
}

/* ---- The table ---- */

static const struct {
    const char *title;
    int width;                 /* 0: what is left */
} COLS_[] = {
    { "PID", 11 }, { "NAME", 14 }, { "STATUS", 8 }, { "CURRENT", 0 }, { "MSGS", 6 },
    { "REDS", 9 }, { "MEM", 8 },
};
enum { NCOLS = sizeof COLS_ / sizeof COLS_[0] };

static const char *state_text(const row *r)
{
    switch (r->v->state) {
    case PL_VIEW_RUNNING: return "running";
    case PL_VIEW_RUNNABLE: return "runnable";
    case PL_VIEW_WAITING: return "waiting";
    default: return "exited";
    }
}

static int cmp_u64(uint64_t x, uint64_t y) { return x < y ? -1 : x > y; }

static int by_column(const void *a, const void *b, void *ud)
{
    const pl_ui *sort_ui = ud;
    const row *x = a, *y = b;
    int c = 0;
    switch (sort_ui->sort_col) {
    case 0: c = cmp_u64(x->v->pid, y->v->pid); break;
    case 1: c = strcmp(x->v->name, y->v->name); break;
    case 2: c = strcmp(state_text(x), state_text(y)); break;
    case 3: c = strcmp(x->v->current, y->v->current); break;
    case 4: c = cmp_u64(x->v->mailbox_len, y->v->mailbox_len); break;
    case 5: c = cmp_u64(x->v->reductions, y->v->reductions); break;
    default: c = cmp_u64(x->v->memory, y->v->memory); break;
    }
    if (c == 0) {
        c = x->v->pid < y->v->pid ? -1 : 1;
    }
    return sort_ui->sort_desc ? -c : c;
}

static void build(pl_ui *ui, rows *out)
{
    rows all = { 0 };
    collect(ui, &all);
    if (ui->table) {
        if (all.n > 1) {
            qsort_r(all.items, all.n, sizeof *all.items, by_column, ui);
        }
        *out = all;
        return;
    }
    tree_order(&all, out);
    free(all.items);
}

/* ---- Drawing ---- */

static void human(size_t v, char *buf, size_t cap)
{
    if (v < 10000) {
        snprintf(buf, cap, "%zu", v);
    } else if (v < 10000000) {
        snprintf(buf, cap, "%zuk", v / 1000);
    } else {
        snprintf(buf, cap, "%zuM", v / 1000000);
    }
}

static const char *glyph_of(const row *r)
{
    const pl_glyphs *g = pl_draw_glyphs();
    switch (r->v->state) {
    case PL_VIEW_EXITED: return g->dead;
    case PL_VIEW_WAITING: return g->wait;
    default: return g->dot;
    }
}

static void draw_tree_row(pl_ui *ui, const row *r, int y, int x, int w, bool sel)
{
    const pl_glyphs *g = pl_draw_glyphs();
    int at = x, end = x + w;
    int depth = r->depth < MAX_INDENT ? r->depth : MAX_INDENT;
    for (int d = 1; d <= depth && at < end; d++) {
        bool ancestor_last = (r->last_bits >> d) & 1;
        if (d < depth) {
            at += pl_draw_text(y, at, end - at, PL_S_BORDER, ancestor_last ? "  " : g->pipe);
        } else {
            bool last = (r->last_bits >> d) & 1;
            at += pl_draw_text(y, at, end - at, PL_S_BORDER, last ? g->last : g->branch);
        }
    }
    pl_style base = sel ? PL_S_SELECTED : PL_S_TEXT;
    bool dead = r->v->state == PL_VIEW_EXITED;
    at += pl_draw_text(y, at, end - at, dead ? PL_S_EXIT : sel ? base : PL_S_GOOD, glyph_of(r));
    char pid[32];
    pl_ui_pid_text(r->v->pid, pid, sizeof pid);
    at += pl_draw_text(y, at, end - at, base, " ");
    at += pl_draw_text(y, at, end - at, sel ? base : PL_S_PID, pid);
    if (r->v->name[0]) {
        at += pl_draw_text(y, at, end - at, base, " ");
        at += pl_draw_text(y, at, end - at, sel ? base : PL_S_NAME, r->v->name);
    }
    if (r->fresh || r->restarts) {
        char rs[32];
        snprintf(rs, sizeof rs, " %s%u", g->restart, r->restarts);
        at += pl_draw_text(y, at, end - at, r->fresh ? PL_S_EXIT : PL_S_DIM, rs);
    }
    char right[64] = "";
    if (dead) {
        snprintf(right, sizeof right, "exited %s", r->reason ? r->reason : "");
    } else {
        snprintf(right, sizeof right, "%s %u", g->mail, r->v->mailbox_len);
    }
    int rw = pl_draw_width(right);
    int label_room = end - at - rw - 2;
    if (label_room > 3 && r->v->label[0]) {
        at += pl_draw_text(y, at, 1, base, " ");
        at += pl_draw_text(y, at, label_room, sel ? base : PL_S_DIM, r->v->label);
    }
    if (end - rw > at) {
        pl_draw_text(y, end - rw, rw, dead ? PL_S_EXIT : r->v->mailbox_len ? PL_S_MSG : PL_S_DIM,
                     right);
    }
}

static int col_width(int i, int w)
{
    int fixed = 0;
    for (int k = 0; k < NCOLS; k++) {
        fixed += COLS_[k].width ? COLS_[k].width + 1 : 0;
    }
    return COLS_[i].width ? COLS_[i].width : (w - fixed > 8 ? w - fixed - 1 : 8);
}

static void draw_table_row(const row *r, int y, int x, int w, bool sel)
{
    char cells[NCOLS][96];
    pl_ui_pid_text(r->v->pid, cells[0], sizeof cells[0]);
    snprintf(cells[1], sizeof cells[1], "%s", r->v->name);
    snprintf(cells[2], sizeof cells[2], "%s", state_text(r));
    snprintf(cells[3], sizeof cells[3], "%s", r->reason ? r->reason : r->v->current);
    snprintf(cells[4], sizeof cells[4], "%u", r->v->mailbox_len);
    human(r->v->reductions, cells[5], sizeof cells[5]);
    human(r->v->memory, cells[6], sizeof cells[6]);
    int at = x;
    for (int i = 0; i < NCOLS && at < x + w; i++) {
        int cw = col_width(i, w);
        pl_style st = sel ? PL_S_SELECTED : r->v->state == PL_VIEW_EXITED ? PL_S_EXIT
                                        : i == 0 ? PL_S_PID : PL_S_TEXT;
        pl_draw_text(y, at, cw < x + w - at ? cw : x + w - at, st, cells[i]);
        at += cw + 1;
    }
}

static void draw_header(pl_ui *ui, int y, int x, int w)
{
    int at = x;
    for (int i = 0; i < NCOLS && at < x + w; i++) {
        int cw = col_width(i, w);
        char t[24];
        snprintf(t, sizeof t, "%s%s", COLS_[i].title,
                 i == ui->sort_col ? (ui->sort_desc ? "v" : "^") : "");
        pl_style st = i == ui->sort_col ? PL_S_TITLE : PL_S_DIM;
        pl_draw_text(y, at, cw < x + w - at ? cw : x + w - at, st, t);
        at += cw + 1;
    }
}

static size_t selected_index(pl_ui *ui, const rows *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        if (rs->items[i].v->pid == ui->selected) {
            return i;
        }
    }
    /* the selection died and faded: select what took its place, else the shell */
    uint32_t restarts;
    bool fresh;
    uint64_t place = pl_ui_place(ui, ui->selected, &restarts, &fresh);
    for (size_t i = 0; i < rs->n; i++) {
        if (rs->items[i].place == place) {
            ui->selected = rs->items[i].v->pid;
            return i;
        }
    }
    for (size_t i = 0; i < rs->n; i++) {
        if (rs->items[i].v->shell) {
            ui->selected = rs->items[i].v->pid;
            return i;
        }
    }
    if (rs->n) {
        ui->selected = rs->items[0].v->pid;
    }
    return 0;
}

static void draw(pl_pane *pane, pl_ui *ui)
{
    pl_rect r = pane->rect;
    char right[64];
    snprintf(right, sizeof right, "%s%s%s  %s", ui->filter[0] ? "/" : "", ui->filter,
             ui->filter[0] ? "  " : "", ui->table ? "tree|TABLE" : "TREE|table");
    char title[48];
    snprintf(title, sizeof title, "Processes %zu", ui->total_procs);
    pl_draw_box(r, title, right, ui->focus == PL_PANE_PROCS);
    rows rs = { 0 };
    build(ui, &rs);
    size_t sel = selected_index(ui, &rs);
    int top = r.y + 1, h = r.h - 2, w = r.w - 2;
    if (ui->table) {
        draw_header(ui, top, r.x + 1, w);
        top++;
        h--;
    }
    if ((int)sel < pane->scroll) {
        pane->scroll = (int)sel;
    } else if ((int)sel >= pane->scroll + h) {
        pane->scroll = (int)sel - h + 1;
    }
    for (int i = 0; i < h && (size_t)(pane->scroll + i) < rs.n; i++) {
        const row *rw = &rs.items[pane->scroll + i];
        bool is_sel = (size_t)(pane->scroll + i) == sel;
        if (is_sel) {
            pl_draw_fill(top + i, r.x + 1, w, PL_S_SELECTED);
        }
        if (ui->table) {
            draw_table_row(rw, top + i, r.x + 1, w, is_sel);
        } else {
            draw_tree_row(ui, rw, top + i, r.x + 1, w, is_sel);
        }
    }
    free(rs.items);
}

/* ---- Keys ---- */

static void move_selection(pl_ui *ui, int delta)
{
    rows rs = { 0 };
    build(ui, &rs);
    if (rs.n) {
        long i = (long)selected_index(ui, &rs) + delta;
        i = i < 0 ? 0 : i >= (long)rs.n ? (long)rs.n - 1 : i;
        ui->selected = rs.items[i].v->pid;
    }
    free(rs.items);
}

static int key(pl_pane *pane, pl_ui *ui, wint_t ch, bool code)
{
    int page = pane->rect.h - 3;
    if ((!code && ch == 'j') || (code && ch == KEY_DOWN)) {
        move_selection(ui, 1);
    } else if ((!code && ch == 'k') || (code && ch == KEY_UP)) {
        move_selection(ui, -1);
    } else if (code && ch == KEY_NPAGE) {
        move_selection(ui, page);
    } else if (code && ch == KEY_PPAGE) {
        move_selection(ui, -page);
    } else if ((!code && ch == 'g') || (code && ch == KEY_HOME)) {
        move_selection(ui, -(1 << 30));
    } else if ((!code && ch == 'G') || (code && ch == KEY_END)) {
        move_selection(ui, 1 << 30);
    } else if (!code && ch == '>') {
        ui->sort_col = (ui->sort_col + 1) % NCOLS;
        ui->table = true;
    } else if (!code && ch == '<') {
        ui->sort_col = (ui->sort_col + NCOLS - 1) % NCOLS;
        ui->table = true;
    } else if (!code && ch == 'I') {
        ui->sort_desc = !ui->sort_desc;
    } else if ((!code && ch == 'l') || (code && ch == KEY_RIGHT)) {
        return PL_KEY_FOCUS_NEXT; /* to the mailbox */
    } else if ((!code && ch == 'h') || (code && ch == KEY_LEFT)) {
        return PL_KEY_FOCUS_PREV; /* to the lesson */
    } else {
        return PL_KEY_IGNORED;
    }
    return PL_KEY_HANDLED;
}

static void click(pl_pane *pane, pl_ui *ui, int y, int x)
{
    (void)x;
    int first = ui->table ? 2 : 1;
    if (y < first) {
        return;
    }
    rows rs = { 0 };
    build(ui, &rs);
    size_t i = (size_t)(pane->scroll + y - first);
    if (i < rs.n) {
        ui->selected = rs.items[i].v->pid;
    }
    free(rs.items);
}

const pl_pane_class pl_procs_pane_class = {
    .name = "Processes",
    .draw = draw,
    .key = key,
    .click = click,
};
