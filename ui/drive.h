/* Running the engine in real time from a front end that also waits for keys:
 * run for a bounded while, then say how long the host may wait before the
 * engine has work again. */
#ifndef PL_UI_DRIVE_H
#define PL_UI_DRIVE_H

#include <stdbool.h>
#include <stdint.h>
#include "proclab.h"

typedef struct pl_drive_result {
    pl_step_status last;  /* the last step's outcome */
    /* how long to wait for input now: 0 = more to run, -1 = nothing pending */
    int64_t wait_ms;
} pl_drive_result;

/* Steps [e] slice by slice for at most [budget_ns] of host time or until no
 * process can run; then computes how long the host may sleep. */
pl_drive_result pl_drive_run(pl_engine *e, uint64_t budget_ns);

#endif
