/* Shared fixtures for the Check suites: a fresh engine per test, and assertions
 * that compare terms by what a person would read. */
#ifndef PL_TEST_HELPERS_H
#define PL_TEST_HELPERS_H

#include <check.h>
#include "engine.h"

pl_engine *pl_test_engine(void);
/* Atom from a C string. */
pl_term pl_test_atom(pl_engine *e, const char *name);

Suite *term_suite(void);
Suite *map_suite(void);
Suite *phash_suite(void);
Suite *parser_suite(void);

#endif
