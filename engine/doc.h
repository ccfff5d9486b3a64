/* Document algebra as Elixir's Inspect.Algebra (Lindig's "Strictly Pretty" with
 * Elixir's flex breaks): build a document, then lay it out for a width.
 * Owns only documents and their layout; turning terms into documents is
 * inspect.c's job. Not provided (inspect never needs them): colors, force_unfit,
 * next_break_fits, collapse_lines, nest(:cursor | :reset) and string/1's
 * grapheme counting — every text is measured in bytes, as inspect does.
 *
 * Documents live in a builder: nodes are indices into one array, so a document
 * of a million nodes costs 16 bytes a node and frees at once. Layout walks the
 * document with explicit stacks, so no document depth can exhaust the C stack. */
#ifndef PL_DOC_H
#define PL_DOC_H

#include "types.h"

typedef uint32_t pl_doc;
#define PL_DOC_NIL ((pl_doc)0)

// How a break renders: strict breaks follow their group's mode; flex breaks
// are re-measured one by one (container_doc's "as many per line as fit").
typedef enum pl_doc_break_kind { PL_DOC_STRICT, PL_DOC_FLEX } pl_doc_break_kind;
// nest/3's mode: :always, or :break (only inside a group that broke).
typedef enum pl_doc_nest_kind { PL_DOC_NEST_ALWAYS, PL_DOC_NEST_BREAK } pl_doc_nest_kind;
// group/2's mode: :self decides for itself, :inherit breaks with its parent.
typedef enum pl_doc_group_kind { PL_DOC_GROUP_SELF, PL_DOC_GROUP_INHERIT } pl_doc_group_kind;

struct pl_doc_node;

typedef struct pl_doc_builder {
    pl_engine *e;
    struct pl_doc_node *nodes;
    uint32_t len, cap;
    // Every text's bytes, back to back; a text node is a slice of it.
    char *text;
    size_t text_len, text_cap;
    // Set by the first refused allocation; builders then return PL_DOC_NIL and
    // pl_doc_format reports the failure, so callers check once at the end.
    bool oom;
    // The breaks container_doc makes by the thousand, built once: [flex][" "?].
    pl_doc breaks[2][2];
} pl_doc_builder;

/* Memory comes from [e]'s allocator (so it counts against the engine's limit). */
void pl_doc_init(pl_doc_builder *b, pl_engine *e);
void pl_doc_destroy(pl_doc_builder *b);

/* ---- Constructors. Documents are immutable and may be shared. ---- */
pl_doc pl_doc_text(pl_doc_builder *b, const char *s, size_t len);    // copies [s]
pl_doc pl_doc_cstr(pl_doc_builder *b, const char *s);
pl_doc pl_doc_concat(pl_doc_builder *b, pl_doc left, pl_doc right);
pl_doc pl_doc_nest(pl_doc_builder *b, pl_doc d, int32_t indent, pl_doc_nest_kind k);
pl_doc pl_doc_break(pl_doc_builder *b, const char *s, pl_doc_break_kind k);
pl_doc pl_doc_group(pl_doc_builder *b, pl_doc d, pl_doc_group_kind k);
pl_doc pl_doc_line(pl_doc_builder *b);
/* glue/3 and flex_glue/3: [left] [sep as a break] [right]. */
pl_doc pl_doc_glue(pl_doc_builder *b, pl_doc left, const char *sep, pl_doc right);
pl_doc pl_doc_flex_glue(pl_doc_builder *b, pl_doc left, const char *sep, pl_doc right);

/* Building a text in place (escaping a long string without a second copy):
 * note pl_doc_mark, append the bytes, then take pl_doc_text_since(mark). */
size_t pl_doc_mark(const pl_doc_builder *b);
bool pl_doc_append(pl_doc_builder *b, const void *s, size_t len);
pl_doc pl_doc_text_since(pl_doc_builder *b, size_t mark);

/* Inspect.Algebra's simple?/1: made only of texts (container_doc then uses flex
 * breaks). O(1): computed when the node is built. */
bool pl_doc_is_simple(const pl_doc_builder *b, pl_doc d);

/* container_doc's join/4: [left][sep] then a flex (or strict) break, then
 * [right]; an empty side drops the separator. */
pl_doc pl_doc_join(pl_doc_builder *b, pl_doc left, pl_doc right, bool flex, const char *sep);

/* The end of container_doc/6 once the element docs are known: joins
 * [docs][0..n) with [sep] (flex breaks when [flex], else strict) and wraps them
 * in [left]/[right] the way Elixir does for that choice. */
pl_doc pl_doc_container(pl_doc_builder *b, pl_doc left, const pl_doc *docs, size_t n,
                        pl_doc right, const char *sep, bool flex);

/* format/2: lays [d] out for [width] columns (-1 = :infinity), starting flat.
 * Writes the bytes to [out] when it is not NULL and returns how many there are
 * (call once with NULL to size the buffer). Returns -1 when memory ran out. */
int64_t pl_doc_format(pl_doc_builder *b, pl_doc d, int64_t width, char *out);

#endif
