/* Time as :erlang and System tell it: monotonic and system time in any unit
 * (atoms or parts per second), unit conversion, unique integers. The engine
 * reads no clock itself: monotonic time is engine time, and system time is
 * the wall clock the host gave at creation plus the engine time since. */
#include <string.h>
#include "bif.h"
#include "../engine.h"

/* Parts per second of a time unit; 0 if [unit] is none. */
static int64_t per_second(const pl_engine *e, pl_term unit)
{
    int64_t n;
    if (pl_get_int64(unit, &n)) {
        return n > 0 ? n : 0;
    }
    if (!pl_is_atom(unit)) {
        return 0;
    }
    static const struct {
        const char *name;
        int64_t per;
    } UNITS[] = {
        { "second", 1 }, { "millisecond", 1000 }, { "microsecond", 1000000 },
        { "nanosecond", 1000000000 }, { "native", 1000000000 }, { "perf_counter", 1000000000 },
        /* the deprecated spellings, still accepted */
        { "seconds", 1 }, { "milli_seconds", 1000 }, { "micro_seconds", 1000000 },
        { "nano_seconds", 1000000000 },
    };
    const char *s = pl_atom_name(&e->atoms, unit);
    for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
        if (strcmp(UNITS[i].name, s) == 0) {
            return UNITS[i].per;
        }
    }
    return 0;
}

/* [t] in parts-per-second [from] as [to], rounded down as the BEAM does. */
static int64_t convert(int64_t t, int64_t from, int64_t to)
{
    __int128 x = (__int128)t * to;
    __int128 q = x / from;
    if (x % from != 0 && x < 0) {
        q--;
    }
    return (int64_t)q;
}

static pl_term time_in(pl_proc *p, uint64_t ns, pl_term unit)
{
    int64_t per = per_second(p->e, unit);
    if (!per) {
        return pl_bif_badarg(p);
    }
    return pl_int64(p->e, convert((int64_t)ns, 1000000000, per));
}

PL_BIF(erlang_monotonic_time_1) { return time_in(p, pl_engine_now(p->e), args[0]); }

static uint64_t system_ns(const pl_engine *e) { return e->unix_ns + (pl_engine_now(e) - e->start_ns); }

PL_BIF(erlang_system_time_0) { return pl_int64(p->e, (int64_t)system_ns(p->e)); }
PL_BIF(erlang_system_time_1) { return time_in(p, system_ns(p->e), args[0]); }

PL_BIF(erlang_convert_time_unit_3)
{
    int64_t t, from = per_second(p->e, args[1]), to = per_second(p->e, args[2]);
    if (!pl_get_int64(args[0], &t) || !from || !to) {
        return pl_bif_badarg(p);
    }
    return pl_int64(p->e, convert(t, from, to));
}

/* Unique in this engine, positive and increasing whatever the modifiers ask
 * (every combination of :positive and :monotonic allows that). */
PL_BIF(erlang_unique_integer_0) { return pl_int64(p->e, (int64_t)++p->e->next_unique); }

PL_BIF(erlang_unique_integer_1)
{
    for (pl_term l = args[0]; pl_is_cons(l); l = pl_tail(l)) {
        pl_term m = pl_head(l);
        if (m != pl_bif_atom(p->e, "positive") && m != pl_bif_atom(p->e, "monotonic")) {
            return pl_bif_badarg(p);
        }
    }
    if (!pl_is_list(args[0]) || pl_list_length(args[0]) < 0) {
        return pl_bif_badarg(p);
    }
    return pl_int64(p->e, (int64_t)++p->e->next_unique);
}
