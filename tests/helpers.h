/* Shared fixtures for the Check suites: a fresh engine per test, and assertions
 * that compare terms by what a person would read. */
#ifndef PL_TEST_HELPERS_H
#define PL_TEST_HELPERS_H

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "proclab.h"
#include "lang/code.h"

/* A bare engine: no embedded library (terms, parser, ... tests). */
pl_engine *pl_test_engine(void);

/* What a script printed. */
typedef struct pl_test_output {
    char out[65536], err[65536];
    size_t out_len, err_len;
} pl_test_output;

/* An engine with the library loaded, printing into [out]. */
pl_engine *pl_test_engine_lib(pl_test_output *out);
/* Runs [src] as a script; returns its exit status, output in [out]. */
int pl_test_run(pl_engine *e, pl_test_output *out, const char *src);
/* Atom from a C string. */
pl_term pl_test_atom(pl_engine *e, const char *name);

Suite *term_suite(void);
Suite *map_suite(void);
Suite *hamt_suite(void);
Suite *phash_suite(void);
Suite *parser_suite(void);
Suite *vm_suite(void);
Suite *mailbox_suite(void);
Suite *sched_suite(void);
Suite *timer_suite(void);
Suite *compile_suite(void);
Suite *bcfile_suite(void);
Suite *inspect_suite(void);
Suite *string_suite(void);
Suite *enum_suite(void);
Suite *etf_suite(void);
Suite *ets_suite(void);
Suite *iex_suite(void);
Suite *shell_suite(void);
Suite *layout_suite(void);
Suite *panes_suite(void);

#endif
