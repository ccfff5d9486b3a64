/* Signals between processes: messages, links, monitors, exit signals with the
 * BEAM's full table (trap_exit, :normal, :kill/:killed), registered names and
 * process aliases. Single-threaded, so a signal is handled when it is sent, which
 * keeps the order of signals between any two processes. */
#ifndef PL_SIGNAL_H
#define PL_SIGNAL_H

#include "proc.h"

/* Delivers [msg] (taken) from [from] to [dest]: a pid, a registered name or an
 * alias reference. Returns false when [dest] is a name nobody has (the message
 * is released). Messages to dead pids and inactive aliases vanish. */
bool pl_signal_send(pl_engine *e, uint64_t from, pl_term dest, pl_term msg);

/* link/1. Returns false when [target] is dead and [p] does not trap exits (the
 * caller raises :noproc); when trapping, {:EXIT, target, :noproc} arrives. */
bool pl_signal_link(pl_engine *e, pl_proc *p, pl_term target);
void pl_signal_unlink(pl_engine *e, pl_proc *p, pl_term target);
/* monitor(:process, target): [target] is a pid or a registered name. Returns the
 * reference; a dead target sends :DOWN with :noproc at once. */
pl_term pl_signal_monitor(pl_engine *e, pl_proc *p, pl_term target);
/* demonitor/2; [flush] removes a :DOWN already queued. False if no such monitor. */
bool pl_signal_demonitor(pl_engine *e, pl_proc *p, pl_term ref, bool flush);
/* Process.exit(target, reason) sent by [from] (taken [reason]). Returns true when
 * the sender itself must now die (it signalled itself fatally). */
bool pl_signal_exit(pl_engine *e, pl_proc *from, pl_term target, pl_term reason);
/* An exit signal from outside every process (the UI's `x` key), [reason]
 * taken; a dead or unknown [target] is ignored. */
void pl_signal_exit_host(pl_engine *e, uint64_t target, pl_term reason);
/* After [p] ended with [reason]: links get exit signals, monitors :DOWN. */
void pl_signal_died(pl_engine *e, pl_proc *p, pl_term reason);
/* Prints the error report of a crashed process (kind, reason, stacktrace). */
void pl_signal_report_crash(pl_engine *e, pl_proc *p, pl_term how);

/* How long an alias lives: until unalias/1, until the first message through
 * it (:reply), or with a monitor (:demonitor, :reply_demonitor). */
enum { PL_ALIAS_EXPLICIT, PL_ALIAS_REPLY, PL_ALIAS_DEMONITOR, PL_ALIAS_REPLY_DEMONITOR };
/* :erlang.alias/0,1: a new reference that delivers to [p]. */
pl_term pl_signal_alias(pl_engine *e, pl_proc *p, int mode);
bool pl_signal_unalias(pl_engine *e, pl_proc *p, pl_term ref);
/* Makes an existing reference (a monitor's) an alias of [p] too. */
void pl_signal_alias_ref(pl_engine *e, pl_proc *p, pl_term ref, int mode);

/* ---- Registered names ---- */
typedef enum pl_reg_result { PL_REG_OK, PL_REG_TAKEN, PL_REG_HAS_NAME, PL_REG_DEAD } pl_reg_result;
pl_reg_result pl_names_register(pl_engine *e, pl_term name, pl_proc *p);
bool pl_names_unregister(pl_engine *e, pl_term name);
/* The serial registered under [name], or 0. */
uint64_t pl_names_whereis(const pl_engine *e, pl_term name);
/* Every registered name, as a new list. */
pl_term pl_names_list(pl_engine *e);
void pl_names_destroy(pl_engine *e);

#endif
