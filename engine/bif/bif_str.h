/* Shared helpers of the string, number and conversion BIFs (bif_unicode.c,
 * bif_string.c, bif_strsplit.c, bif_conv.c, bif_num.c): a growable byte buffer,
 * a list builder, UTF-8 and grapheme stepping (utf8proc) and the error shapes
 * Elixir's String/Integer/Float functions raise. Not a public engine header. */
#ifndef PL_BIF_STR_H
#define PL_BIF_STR_H

#include "bif.h"

/* ---- Byte buffer: malloc'd scratch that becomes one binary ---- */

typedef struct pl_sbuf {
    unsigned char *data;
    size_t len, cap;
    bool failed;   // an allocation failed; later writes are dropped
} pl_sbuf;

bool pl_str_sbuf_grow(pl_sbuf *b, size_t extra);
static inline void pl_str_put(pl_sbuf *b, const void *s, size_t n)
{
    if (n && pl_str_sbuf_grow(b, n)) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}
static inline void pl_str_putc(pl_sbuf *b, unsigned char c) { pl_str_put(b, &c, 1); }
/* Appends [cp] as UTF-8 (the caller checked it is a valid code point). */
void pl_str_put_cp(pl_sbuf *b, int32_t cp);
/* @brief The buffer as a new binary; frees the buffer. PL_NONE (system_limit
 * raised on [p]) when any allocation failed. */
pl_term pl_str_sbuf_finish(pl_proc *p, pl_sbuf *b);
static inline void pl_str_sbuf_free(pl_sbuf *b) { free(b->data); }

/* ---- List builder: owned terms in order, consed up at the end ---- */

typedef struct pl_tvec {
    pl_term *items;
    size_t len, cap;
    bool failed;
} pl_tvec;

/* Appends [owned] (taken); PL_NONE marks the vector failed. */
void pl_str_tvec_push(pl_engine *e, pl_tvec *v, pl_term owned);
/* @brief The items as a proper list ending in [tail] (taken); frees [v]. PL_NONE
 * (system_limit raised) when anything failed. */
pl_term pl_str_tvec_list(pl_proc *p, pl_tvec *v, pl_term tail);
void pl_str_tvec_free(pl_engine *e, pl_tvec *v);

/* ---- UTF-8 and graphemes ---- */

/* Decodes one code point at [s] (n > 0 bytes). Returns its length, or -1 when
 * the bytes there are not valid UTF-8 (the caller then steps one byte). */
int pl_str_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Byte offset where the grapheme cluster starting at [pos] ends. An invalid
 * byte is a cluster of its own, as String.graphemes treats it. */
size_t pl_str_grapheme_end(const unsigned char *s, size_t n, size_t pos);
/* Number of grapheme clusters in s[0..n). */
size_t pl_str_grapheme_count(const unsigned char *s, size_t n);
/* Byte offset after skipping [count] graphemes from [pos] (capped at [n]). */
size_t pl_str_skip_graphemes(const unsigned char *s, size_t n, size_t pos, size_t count);
/* Offset of the first occurrence of x[0..m) in s[0..n) (m > 0), or (size_t)-1.
 * Linear time (glibc's two-way memmem). */
size_t pl_str_find(const unsigned char *s, size_t n, const unsigned char *x, size_t m);
/* Unicode White_Space, as String.trim and String.split/1 use it. */
bool pl_str_is_space(int32_t cp);

/* ---- Arguments and errors ---- */

static inline const unsigned char *pl_str_data(pl_term bin) { return pl_bin_of(bin)->data; }
static inline size_t pl_str_len(pl_term bin) { return pl_bin_of(bin)->len; }
/* A new binary holding s[0..n), or PL_NONE with system_limit raised. */
pl_term pl_str_bin(pl_proc *p, const void *s, size_t n);
/* FunctionClauseError for the BIF being called (its guard did not match). */
static inline pl_term pl_str_fclause(pl_proc *p) { return pl_proc_error(p, PL_A(function_clause)); }
/* Raises ArgumentError with a printf-style message. */
pl_term pl_str_argerr(pl_proc *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* inspect(t) with default options: a new binary, or PL_NONE (raised). */
pl_term pl_str_inspect(pl_proc *p, pl_term t);
/* Raises ArgumentError "[prefix]inspect(term)". */
pl_term pl_str_argerr_term(pl_proc *p, const char *prefix, pl_term term);
/* The value of a keyword option [key] in [opts] (borrowed), or [dflt]. */
pl_term pl_str_opt(pl_term opts, pl_term key, pl_term dflt);
/* Parses a whole integer text in [base] (optional sign, digits only);
 * false when it is not one. [out] is a new reference. */
bool pl_str_parse_int(pl_engine *e, const unsigned char *s, size_t n, int base, pl_term *out);

#endif
