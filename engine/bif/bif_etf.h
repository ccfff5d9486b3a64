/* The external term format (version 131) shared by term_to_binary (bif_etf.c)
 * and binary_to_term (bif_etf_dec.c): tags, and what the two sides agree on
 * about proclab's pids and refs. Does not own the BIFs' option parsing. */
#ifndef PL_BIF_ETF_H
#define PL_BIF_ETF_H

#include "bif.h"

enum {
    PL_ETF_VERSION = 131,
    PL_ETF_NEW_FLOAT = 70,
    PL_ETF_BIT_BINARY = 77,
    PL_ETF_COMPRESSED = 80,
    PL_ETF_NEW_PID = 88,
    PL_ETF_NEWER_REF = 90,
    PL_ETF_SMALL_INT = 97,
    PL_ETF_INT = 98,
    PL_ETF_FLOAT = 99,
    PL_ETF_ATOM = 100,
    PL_ETF_REF = 101,
    PL_ETF_PID = 103,
    PL_ETF_SMALL_TUPLE = 104,
    PL_ETF_LARGE_TUPLE = 105,
    PL_ETF_NIL = 106,
    PL_ETF_STRING = 107,
    PL_ETF_LIST = 108,
    PL_ETF_BINARY = 109,
    PL_ETF_SMALL_BIG = 110,
    PL_ETF_LARGE_BIG = 111,
    PL_ETF_EXPORT = 113,
    PL_ETF_NEW_REF = 114,
    PL_ETF_SMALL_ATOM = 115,
    PL_ETF_MAP = 116,
    PL_ETF_ATOM_UTF8 = 118,
    PL_ETF_SMALL_ATOM_UTF8 = 119,
};

/* proclab's pid N is the BEAM's #PID<0.(N mod 2^15).(N div 2^15)> and its ref
 * N is #Reference<0.0.(N div 2^18).(N mod 2^18)>, on node nonode@nohost with
 * creation 0 (as phash.c and map_hash.c hash them). */
#define PL_ETF_PID_ID_BITS 15
#define PL_ETF_PID_SERIAL_BITS 13
#define PL_ETF_REF_W0_BITS 18
#define PL_ETF_NODE "nonode@nohost"

typedef enum pl_etf_dec_flags {
    PL_ETF_DEC_SAFE = 1,  /* refuse to create atoms */
    PL_ETF_DEC_USED = 2,  /* return {term, bytes used} */
} pl_etf_dec_flags;

/* @brief binary_to_term of [len] bytes at [data] (the caller keeps them alive).
 * Returns a new reference, or PL_NONE with badarg (or system_limit) raised. */
pl_term pl_etf_decode(pl_proc *p, const unsigned char *data, size_t len, pl_etf_dec_flags f);

#endif
