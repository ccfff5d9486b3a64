/* What the front ends need from the host: its clock and sleep for the engine
 * (which never reads a clock itself), whole-file reads, the history file. */
#ifndef PL_UI_HOST_H
#define PL_UI_HOST_H

#include <stddef.h>
#include <stdint.h>

uint64_t pl_host_clock(void *ud);
/* The wall clock (CLOCK_REALTIME) in ns since 1970, for System.system_time. */
uint64_t pl_host_unix_ns(void);
void pl_host_sleep(void *ud, uint64_t ns);
/* The whole file, NUL-terminated, length in [*len]; NULL (errno set) on failure. */
char *pl_host_read_file(const char *path, size_t *len);
/* Where the prompt's history lives across runs: $PROCLAB_HISTORY, else
 * ~/.proclab_history; NULL when there is no home to keep it in. */
const char *pl_host_history_path(char *buf, size_t cap);

#endif
