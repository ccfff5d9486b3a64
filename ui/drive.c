/* Real-time driving of the engine for the front ends (see drive.h). */
#include "drive.h"
#include "host.h"

pl_drive_result pl_drive_run(pl_engine *e, uint64_t budget_ns)
{
    pl_drive_result r = { PL_STEP_NOTHING, -1 };
    uint64_t start = pl_host_clock(NULL);
    do {
        r.last = pl_step(e, PL_STEP_SLICE, 0);
    } while (r.last == PL_STEPPED && pl_host_clock(NULL) - start < budget_ns);
    if (r.last == PL_STEPPED) {
        r.wait_ms = 0;
        return r;
    }
    uint64_t deadline;
    if (pl_next_deadline(e, &deadline)) {
        /* engine time now is the clock's; the wait is scaled by the speed */
        uint64_t now = pl_engine_time(e);
        uint64_t ns = deadline > now ? pl_host_wait_ns(e, deadline - now) : 0;
        r.wait_ms = (int64_t)((ns + 999999) / 1000000);
    }
    return r;
}
