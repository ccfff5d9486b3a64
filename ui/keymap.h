/* The key table: every key of normal mode, its help text and its action. The
 * `?` overlay and the status bar's hints are drawn from it, so they cannot
 * drift from what the keys do. */
#ifndef PL_UI_KEYMAP_H
#define PL_UI_KEYMAP_H

#include "tui.h"

typedef struct pl_keybinding {
    int key;                   /* a character or KEY_* code; 0: documented only */
    const char *label;         /* how the help writes it: "space", "j/k ↑/↓" */
    const char *help;
    const char *hint;          /* short status-bar hint, or NULL */
    void (*act)(pl_ui *ui);    /* NULL: the focused pane handles it */
} pl_keybinding;

extern const pl_keybinding pl_keymap_keys[];
extern const int pl_keymap_count;

/* Runs the global binding for [ch] ([code]: a KEY_* code, not a character);
 * false if there is none. */
bool pl_keymap_run(pl_ui *ui, int ch, bool code);

#endif
