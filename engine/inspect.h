/* Kernel.inspect/2, IO.inspect and String.Chars (to_string/1) exactly as Elixir
 * 1.14 prints them. Terms become Inspect.Algebra documents (doc.h) that are then
 * laid out for the width. Does not own: the inspect option parsing of a BIF
 * (the caller fills pl_inspect_opts), output devices, or Erlang (~p) syntax. */
#ifndef PL_INSPECT_H
#define PL_INSPECT_H

#include "term.h"

enum { PL_INSPECT_INFER = 0 };
enum { PL_INSPECT_AS_LISTS = 1, PL_INSPECT_AS_CHARLISTS = 2 };    // charlists:
enum { PL_INSPECT_AS_BINARIES = 1, PL_INSPECT_AS_STRINGS = 2 };   // binaries:

typedef struct pl_inspect_opts {
    int64_t limit;            /* default 50; -1 = :infinity */
    int64_t printable_limit;  /* default 4096; -1 = :infinity */
    int width;                /* default 80; -1 = :infinity */
    bool pretty;              /* false for inspect/2, true for IO.inspect */
    int charlists;            /* 0 :infer (default), 1 :as_lists, 2 :as_charlists */
    int binaries;             /* 0 :infer, 1 :as_binaries, 2 :as_strings */
    int base;                 /* integers: 10 (or 0) :decimal, 2 :binary, 8 :octal, 16 :hex */
    bool no_structs;          /* structs: false (print structs as maps) */
} pl_inspect_opts;

/* Kernel.inspect/1's options: limit 50, printable_limit 4096, width 80, not
 * pretty, base 10, structs shown as structs. */
void pl_inspect_opts_default(pl_inspect_opts *o);

/* @brief inspect(term, opts) as Elixir 1.14. Laid out for [o]->width when
 * [o]->pretty (IO.inspect always is), on one line otherwise. Borrows [t];
 * returns a new binary, or PL_NONE when the engine's allocator refused. */
pl_term pl_inspect(pl_engine *e, pl_term t, const pl_inspect_opts *o);

/* @brief String.Chars.to_string/1 for atoms, numbers, binaries and chardata
 * lists. Borrows [t]; returns a new binary, or PL_NONE when String.Chars is
 * not implemented for [t] (tuples, maps, pids, invalid chardata ...) or
 * memory ran out; the caller raises Protocol.UndefinedError / ArgumentError. */
pl_term pl_to_string(pl_engine *e, pl_term t);

/* @brief Macro.inspect_atom(:literal, a): how inspect prints an atom (:foo,
 * :"foo bar", Foo, nil, :"::"). Returns a new binary, or PL_NONE on OOM. */
pl_term pl_inspect_atom(pl_engine *e, pl_term a);

#endif
