/* Binary segments (<<x::little-signed-16, rest::binary>>), shared by the
 * compiler (which packs a segment's type into one word) and the VM/BIFs that
 * build and match them. Byte-aligned only: proclab has no bitstrings. */
#ifndef PL_BINSEG_H
#define PL_BINSEG_H

#include <stdint.h>

enum { PL_SEG_INTEGER = 0, PL_SEG_FLOAT = 1, PL_SEG_BINARY = 2, PL_SEG_UTF8 = 3 };

/* A packed segment spec: type in bits 0-3, signed bit 4, little-endian bit 5,
 * "has a size" bit 6, and the size in units (bits for numbers, bytes for
 * binaries) from bit 8 when it is a constant. */
#define PL_SEG_SIGNED 0x10u
#define PL_SEG_LITTLE 0x20u
#define PL_SEG_SIZED 0x40u

static inline uint32_t pl_seg_type(uint32_t spec) { return spec & 0xFu; }
static inline uint32_t pl_seg_size(uint32_t spec) { return spec >> 8; }

#endif
