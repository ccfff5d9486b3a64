/* Engine lifetime: creating and freeing a pl_engine and everything it owns. */
#include <stdio.h>
#include <stdlib.h>
#include "engine.h"
#include "shell.h"
#include "lang/code.h"
#include "bif/bif.h"
#include "run.h"
#include "sched.h"
#include "signal.h"
#include "ets.h"

static void default_output(void *ud, int stream, const char *s, size_t len)
{
    (void)ud;
    if (stream == PL_OUT_STDERR) {
        fflush(stdout); /* what was printed before comes first, as on the BEAM */
    }
    fwrite(s, 1, len, stream == PL_OUT_STDERR ? stderr : stdout);
}

pl_engine *pl_engine_new(const pl_engine_config *cfg)
{
    pl_engine *e = calloc(1, sizeof *e);
    if (!e) {
        return NULL;
    }
    pl_alloc_init(&e->alloc);
    if (cfg) {
        e->alloc.bytes_limit = cfg->alloc_limit;
        e->seed = cfg->seed;
        e->output = cfg->output;
        e->output_ud = cfg->output_ud;
        e->clock = cfg->clock;
        e->max_reductions = cfg->max_reductions;
        e->clock_ud = cfg->clock_ud;
        e->sleep = cfg->sleep;
    }
    if (!e->output) {
        e->output = default_output;
    }
    e->next_ref = 1;
    e->speed = 1.0;
    e->base_host = e->clock ? e->clock(e->clock_ud) : 0;
    e->base_engine = e->base_host;
    pl_rand_seed(&e->rand, e->seed);
    e->start_ns = pl_engine_now(e);
    e->unix_ns = cfg ? cfg->unix_ns : 0;
    if (pl_sched_init(e) != PL_OK) {
        pl_engine_free(e);
        return NULL;
    }
    if (cfg && cfg->process_limit) {
        e->sched->limit = cfg->process_limit;
    }
    if (pl_atom_table_init(&e->atoms) != PL_OK || pl_code_init(e) != PL_OK ||
        pl_bif_init(e) != PL_OK ||
        (!(cfg && cfg->bare) && pl_run_load_lib(e) != PL_OK)) {
        pl_engine_free(e);
        return NULL;
    }
    return e;
}

void pl_engine_free(pl_engine *e)
{
    if (!e) {
        return;
    }
    pl_shell_destroy(e);
    pl_sched_destroy(e);
    pl_proc_spares_free(e);
    pl_ets_destroy(e);
    pl_names_destroy(e);
    pl_trace_destroy(e);
    pl_code_destroy(e);
    pl_bif_destroy(e);
    pl_atom_table_destroy(&e->atoms);
    free(e->dying);
    pl_alloc_destroy(&e->alloc);
    free(e);
}

void pl_engine_write(pl_engine *e, int stream, const char *s, size_t len)
{
    e->output(e->output_ud, stream, s, len);
}

void pl_engine_puts(pl_engine *e, int stream, const char *s)
{
    pl_engine_write(e, stream, s, strlen(s));
}

uint64_t pl_engine_now(const pl_engine *e)
{
    if (!e->clock) {
        return e->virtual_ns;
    }
    uint64_t host = e->clock(e->clock_ud);
    if (e->speed == 1.0) {
        return e->base_engine + (host - e->base_host);
    }
    return e->base_engine + (uint64_t)((double)(host - e->base_host) * e->speed);
}

void pl_set_speed(pl_engine *e, double speed)
{
    if (speed < 0.25) {
        speed = 0.25;
    } else if (speed > 16) {
        speed = 16;
    }
    /* Rebase so that time stays continuous across the change. */
    e->base_engine = pl_engine_now(e);
    e->base_host = e->clock ? e->clock(e->clock_ud) : 0;
    e->speed = speed;
}

uint64_t pl_engine_time(const pl_engine *e) { return pl_engine_now(e); }

uint64_t pl_engine_uptime(const pl_engine *e) { return pl_engine_now(e) - e->start_ns; }

uint64_t pl_host_wait_ns(const pl_engine *e, uint64_t engine_ns)
{
    return e->speed > 0 ? (uint64_t)((double)engine_ns / e->speed) : engine_ns;
}
