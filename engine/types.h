/* Forward declarations shared by every engine module, and the status codes host
 * functions return. Nothing here allocates or knows about processes. */
#ifndef PL_TYPES_H
#define PL_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef uint64_t pl_term;
typedef struct pl_engine pl_engine;
typedef struct pl_proc pl_proc;
typedef struct pl_box pl_box;
typedef struct pl_module pl_module;
typedef struct pl_func pl_func;

typedef enum pl_status {
    PL_OK = 0,
    PL_ENOMEM,       /* the host ran out of memory */
    PL_ESYNTAX,      /* the source did not parse */
    PL_ECOMPILE,     /* the source parsed but could not be compiled */
    PL_ERAISED,      /* Elixir code raised and nobody rescued it */
    PL_EIO,          /* a file could not be read */
} pl_status;

#endif
