/* Boxes drawn over the panes: the key help, Process.info, the exit-signal
 * menu, the quit question and the one-line inputs (filter, exit reason). */
#ifndef PL_UI_OVERLAY_H
#define PL_UI_OVERLAY_H

#include "tui.h"

void pl_overlay_draw(pl_ui *ui);
void pl_overlay_key(pl_ui *ui, wint_t ch, bool code);

#endif
