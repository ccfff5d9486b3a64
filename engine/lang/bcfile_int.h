/* Internals shared by bcfile.c (images, modules) and bcfile_term.c (bytes, atoms,
 * terms). Integers are LEB128 varints; atoms are written by name the first time
 * and by a per-stream number afterwards, so each name is interned once per load. */
#ifndef PL_BCFILE_INT_H
#define PL_BCFILE_INT_H

#include "bcfile.h"

typedef struct bc_writer {
    pl_engine *e;
    uint8_t *buf;
    size_t len, cap;
    // engine atom index -> stream atom number + 1 (0: not written yet)
    uint32_t *atom_ids;
    uint32_t atom_ids_cap;
    uint32_t next_atom;
    pl_bcfile_status st;   // the first error; later writes do nothing
} bc_writer;

typedef struct bc_reader {
    pl_engine *e;
    const uint8_t *p, *end;
    pl_term *atoms;        // stream atom number -> atom in this engine
    uint32_t natoms, atoms_cap;
    pl_bcfile_status st;   // the first error; later reads return zeros
} bc_reader;

void bc_writer_init(bc_writer *w, pl_engine *e);
void bc_writer_free(bc_writer *w);
void bc_put_byte(bc_writer *w, uint8_t b);
void bc_put_bytes(bc_writer *w, const void *data, size_t n);
void bc_put_uvar(bc_writer *w, uint64_t v);
void bc_put_svar(bc_writer *w, int64_t v);
void bc_put_u64(bc_writer *w, uint64_t v);
void bc_put_atom(bc_writer *w, pl_term atom);
/* Writes [t]; a closure, pid or reference makes the writer fail (unsupported). */
void bc_put_term(bc_writer *w, pl_term t);

void bc_reader_init(bc_reader *r, pl_engine *e, const uint8_t *data, size_t len);
void bc_reader_free(bc_reader *r);
/* Marks the stream bad (first error wins) and returns false, for `return bc_fail(r)`. */
bool bc_fail(bc_reader *r, pl_bcfile_status st);
uint8_t bc_get_byte(bc_reader *r);
uint64_t bc_get_uvar_slow(bc_reader *r);
/* Most varints (opcodes, slots, small counts) are one byte: that case is inline. */
static inline uint64_t bc_get_uvar(bc_reader *r)
{
    if (r->p < r->end && *r->p < 0x80) {
        return *r->p++;
    }
    return bc_get_uvar_slow(r);
}
/* A varint that must be at most [max] (a count or index); larger marks the stream bad. */
uint32_t bc_get_count(bc_reader *r, uint64_t max);
int64_t bc_get_svar(bc_reader *r);
uint64_t bc_get_u64(bc_reader *r);
pl_term bc_get_atom(bc_reader *r);
/* Bytes left: an upper bound for any count of items still to read. */
static inline size_t bc_left(const bc_reader *r) { return (size_t)(r->end - r->p); }
/* A new reference, or PL_NONE with r->st set. */
pl_term bc_get_term(bc_reader *r);

#endif
