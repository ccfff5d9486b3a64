/* The shell (iex) behind the prompt: compiles inputs against the bindings so
 * far and hands them to the evaluator process. Its public API is in proclab.h
 * (pl_shell_*); this header only lets the engine free it. */
#ifndef PL_SHELL_H
#define PL_SHELL_H

#include "engine.h"

void pl_shell_destroy(pl_engine *e);

#endif
