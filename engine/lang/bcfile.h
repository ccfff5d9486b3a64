/* Compiled modules as bytes: the library image that tools/plc writes at build time
 * and pl_run_load_lib reads at start-up, so an engine starts without parsing.
 * Atoms travel by name (their indices differ from engine to engine); BIFs travel by
 * index, so an image records a fingerprint of the BIF table and of the instruction
 * set and is refused by an engine built from other sources. */
#ifndef PL_BCFILE_H
#define PL_BCFILE_H

#include "code.h"

typedef enum pl_bcfile_status {
    PL_BC_OK = 0,
    PL_BC_NOMEM,       // the host or the engine's term allocator refused
    PL_BC_CORRUPT,     // truncated, wrong checksum, or malformed
    PL_BC_STALE,       // made for another BIF table or instruction set: recompile
    PL_BC_UNSUPPORTED, // a value with no byte form (closure, pid, reference)
} pl_bcfile_status;

/* A printable name for [st] ("corrupt", ...). */
const char *pl_bcfile_status_name(pl_bcfile_status st);

/* @brief Encodes [t] (borrowed) into a new malloc'd buffer [*out] of [*len] bytes,
 * which the caller frees. Works without recursion, so any length or depth fits. */
pl_bcfile_status pl_bcfile_encode_term(pl_engine *e, pl_term t, uint8_t **out, size_t *len);
/* @brief Decodes what pl_bcfile_encode_term wrote; [*out] is a new reference.
 * On any error nothing stays allocated. */
pl_bcfile_status pl_bcfile_decode_term(pl_engine *e, const uint8_t *data, size_t len,
                                       pl_term *out);

/* @brief Writes every loaded module of [e] except the scripts that defined them:
 * functions, imports, the module body, attribute values and struct layouts as
 * the bodies left them, and the engine's pid/ref counters. [*out] is malloc'd. */
pl_bcfile_status pl_bcfile_save(pl_engine *e, uint8_t **out, size_t *len);
/* @brief Loads an image made by pl_bcfile_save into [e]: every module or, on
 * any error, none (and no memory kept). Module bodies do not run again. */
pl_bcfile_status pl_bcfile_load(pl_engine *e, const uint8_t *data, size_t len);

/* The checksum an image stores over its payload (exposed so tests can build
 * well-formed-looking damaged images). */
uint64_t pl_bcfile_checksum(const uint8_t *data, size_t len);

#endif
