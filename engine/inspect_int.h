/* Internal to the inspect files: the conversion context, and what inspect.c
 * (containers, entry points), inspect_scalar.c (non-container terms),
 * inspect_atom.c (atom quoting) and inspect_text.c (UTF-8, escaping, chardata)
 * share. Everyone else uses inspect.h. */
#ifndef PL_INSPECT_INT_H
#define PL_INSPECT_INT_H

#include "doc.h"
#include "engine.h"
#include "inspect.h"

/* ---- The conversion context ---- */

/* A container whose children are being inspected (defined in inspect.c). */
typedef struct frame frame;

/* One inspect call: its document builder, the value stack of finished child
 * docs and the frame stack of open containers. [oom] records an allocation
 * that failed outside the builder (which keeps its own flag). */
typedef struct ctx {
    pl_engine *e;
    const pl_inspect_opts *o; // NULL for to_string/1: plain decimal integers
    pl_doc_builder b;
    pl_doc *vals;
    uint32_t nvals, vcap;
    frame *frames;
    uint32_t nframes, fcap;
    bool oom;
} ctx;

static inline pl_doc text(ctx *c, const char *s) { return pl_doc_cstr(&c->b, s); }

/* ---- inspect_text.c: UTF-8, String.printable?/2, Code.Identifier.escape/4 ---- */

int pl_inspect_utf8_next(const unsigned char *s, size_t n, uint32_t *cp);
bool pl_inspect_printable(const unsigned char *s, size_t n, int64_t limit);
size_t pl_inspect_escape(pl_doc_builder *b, const unsigned char *s, size_t n, unsigned char quote,
                         int64_t limit);
pl_doc pl_inspect_quoted(pl_doc_builder *b, const unsigned char *s, size_t n, char quote,
                         int64_t limit, const char *more);
bool pl_inspect_chardata(pl_doc_builder *b, pl_term t);

/* ---- inspect_atom.c: Macro.inspect_atom/2 ---- */

/* inspect_atom(:literal, a) appended to the builder. */
void pl_inspect_append_atom(pl_doc_builder *b, const pl_engine *e, pl_term a);
pl_doc pl_inspect_atom_key(pl_doc_builder *b, const pl_engine *e, pl_term a);
void pl_inspect_append_remote(pl_doc_builder *b, const char *name, size_t n);
/* Is [a] an alias (its name starts with "Elixir.")? */
bool pl_inspect_elixir_prefix(const pl_engine *e, pl_term a);

/* ---- inspect_scalar.c: terms that are not containers ---- */

pl_doc pl_inspect_integer(ctx *c, pl_term t);
/* An atom, number, bitstring, fun, pid or reference ([] for anything else);
 * [limit] bounds the bytes of a <<...>>. */
pl_doc pl_inspect_scalar(ctx *c, pl_term t, int64_t limit);

#endif
