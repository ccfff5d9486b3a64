/* The full-screen UI: pl_ui owns the engine, the panes, focus and mode, and
 * runs the loop (keys -> engine slices -> redraw). Panes draw from engine
 * snapshots (proclab.h) and from what pl_ui keeps of the trace stream. */
#ifndef PL_UI_TUI_H
#define PL_UI_TUI_H

#include <stdbool.h>
#include <stdint.h>
#include <wchar.h>
#include "proclab.h"
#include "layout.h"

typedef struct pl_ui pl_ui;
typedef struct pl_pane pl_pane;

/* What a key did; the loop acts on the flags (a pane never refreshes the
 * screen or moves focus itself). */
enum {
    PL_KEY_IGNORED = 0,
    PL_KEY_HANDLED = 1,
    PL_KEY_FOCUS_NEXT = 2,
    PL_KEY_FOCUS_PREV = 4,
    PL_KEY_QUIT = 8,
    PL_KEY_NORMAL_MODE = 16,   /* the prompt gives the keys back to the panes */
};

typedef struct pl_pane_class {
    const char *name;
    void (*draw)(pl_pane *pane, pl_ui *ui);
    int (*key)(pl_pane *pane, pl_ui *ui, wint_t ch, bool is_key_code);
    /* a click at ([y], [x]) inside the pane, relative to its top left */
    void (*click)(pl_pane *pane, pl_ui *ui, int y, int x);
} pl_pane_class;

struct pl_pane {
    const pl_pane_class *cls;
    pl_rect rect;              /* where it is on screen, border included */
    int scroll;                /* lines scrolled back from the newest (lists, logs) */
};

enum { PL_PANE_LESSON, PL_PANE_PROCS, PL_PANE_MAILBOX, PL_PANE_SEQ, PL_PANE_PROMPT, PL_NPANES };

/* A process that just exited: shown for a moment where it was, with its reason. */
typedef struct pl_ghost {
    pl_proc_view view;
    char reason[48];
    uint64_t died_ns;          /* host time */
} pl_ghost;

/* Where a supervisor's child is drawn: a restarted child (a new pid) takes the
 * place of the one it replaces. */
typedef struct pl_slot {
    uint64_t pid, place;       /* [pid] sorts as if it were pid [place] */
    uint32_t restarts;
    uint64_t restarted_ns;     /* host time of the last restart, for a moment's mark */
    uint64_t sup;              /* the supervisor that started it, and its child id */
    char id[40];
} pl_slot;

/* The prompt's scrollback: output of the engine and the echo of inputs. */
typedef struct pl_line {
    char *text;                /* UTF-8 */
    int style;                 /* PL_STYLE_* */
} pl_line;

typedef struct pl_prompt {
    wchar_t buf[4096];         /* the line being typed */
    int len, cur;
    char *input;               /* complete lines of a multi-line input so far */
    size_t input_len;
    void *hist;                /* libedit History * */
    bool browsing;             /* Up/Down moved into the history */
    char *ahead[32];           /* lines typed while an input was evaluating */
    int nahead;
    char partial[4096];        /* an unfinished output line (no newline yet) */
    size_t partial_len;
    int partial_style;
} pl_prompt;

typedef enum pl_overlay { PL_OVERLAY_NONE, PL_OVERLAY_HELP, PL_OVERLAY_INFO, PL_OVERLAY_EXIT,
                          PL_OVERLAY_QUIT, PL_OVERLAY_FILTER, PL_OVERLAY_REASON } pl_overlay;

struct pl_ui {
    pl_engine *e;
    pl_pane panes[PL_NPANES];
    int focus;                 /* PL_PANE_* */
    bool insert;               /* keys go to the prompt */
    bool running;              /* the engine runs (space pauses) */
    bool quit;
    bool color, ascii;
    bool too_small;
    double speed;
    pl_overlay overlay;
    char overlay_text[8192];   /* Process.info, or the text being typed */
    int overlay_len;

    /* processes pane */
    bool table;                /* table (else tree) */
    uint64_t selected;         /* pid */
    bool follow_spawn;         /* select the first process the next input spawns */
    int sort_col;
    bool sort_desc;
    char filter[64];
    pl_proc_view *views;       /* this frame's snapshot */
    size_t nviews, views_cap, total_procs;

    /* what the UI keeps of the trace stream */
    pl_ghost ghosts[64];
    int nghosts;
    pl_slot *slots;            /* sorted by pid */
    uint64_t restarting_sup, restarting_pid; /* the last sup_restart, until its start */
    size_t nslots, slots_cap;
    bool otp_level;            /* messages pane: calls as one exchange */
    uint64_t seq_base;         /* events before this are cleared from the diagram */

    /* the prompt */
    pl_prompt prompt;
    pl_line *lines;            /* scrollback ring */
    size_t nlines, lines_cap, lines_head;

    /* clock: paused time is taken out of the host clock the engine sees */
    uint64_t paused_at, paused_total;
    uint64_t last_draw;
    bool stale;                /* the engine changed things since the last frame */
    pl_shell_state shell;      /* as the loop last polled it */
    uint64_t seq_anchor;       /* messages pane scrolled back: the newest event shown */
};

enum { PL_STYLE_TEXT, PL_STYLE_INPUT, PL_STYLE_ERROR, PL_STYLE_RESULT, PL_STYLE_NOTE };

/* The full-screen tutor (`proclab`). */
int pl_tui_main(int argc, char **argv);
/* `proclab --bench-ui`: draws frames of a busy engine on a pseudo screen and
 * prints the time per frame. */
int pl_tui_bench(int argc, char **argv);

/* The parts of the loop the benchmark drives too (tui.c). */
bool pl_ui_init(pl_ui *ui, bool ascii);   /* engine, shell, panes; no screen yet */
void pl_ui_free(pl_ui *ui);
void pl_ui_layout(pl_ui *ui);             /* pane rectangles for COLS x LINES */
void pl_ui_snapshot(pl_ui *ui);           /* this frame's process views */
void pl_ui_draw(pl_ui *ui);               /* one whole frame, refreshed at once */
void pl_ui_turn(pl_ui *ui);               /* one turn of the loop (see tui.c) */

/* Shared by the panes (tui.c). */
uint64_t pl_ui_host_ns(void);
void pl_ui_print(pl_ui *ui, const char *s, size_t len, int style);
/* Evaluates [src] at the prompt as if typed (echoed in the scrollback). */
void pl_ui_eval(pl_ui *ui, const char *src);
const pl_proc_view *pl_ui_find(const pl_ui *ui, uint64_t pid);
/* Where [pid] sorts among its siblings (its slot's place). */
uint64_t pl_ui_place(const pl_ui *ui, uint64_t pid, uint32_t *restarts, bool *fresh);
void pl_ui_pid_text(uint64_t pid, char *buf, size_t cap);
/* j/k, the arrows and g/G on a scrolled pane. [from_bottom]: the newest is at
 * the bottom and [pane->scroll] counts rows back from it (k goes back);
 * otherwise it is the first row shown. [far] is the scroll that shows the
 * other end (the pane clamps it when it draws). PL_KEY_IGNORED for other keys. */
int pl_pane_scroll_key(pl_pane *pane, wint_t ch, bool code, bool from_bottom, int far);

/* The prompt (pane_prompt.c): libedit history, kept across runs. */
bool pl_prompt_init(pl_ui *ui);
void pl_prompt_free(pl_ui *ui);
void pl_prompt_place_cursor(pl_ui *ui);
/* Alt+[ch] at the prompt: word moves and deletes, as libedit has them. */
void pl_prompt_meta(pl_ui *ui, wint_t ch, bool code);
/* Evaluates the next line typed ahead, once the evaluator is idle. */
void pl_prompt_type_ahead(pl_ui *ui);

extern const pl_pane_class pl_lesson_pane_class;
extern const pl_pane_class pl_procs_pane_class;
extern const pl_pane_class pl_mailbox_pane_class;
extern const pl_pane_class pl_seq_pane_class;
extern const pl_pane_class pl_prompt_pane_class;

#endif
