/* Parser: Elixir source -> Elixir's quoted form, exactly as Elixir 1.14's
 * Code.string_to_quoted!(src, columns: true) returns it for the proclab subset.
 * The AST is made of ordinary terms (tuples, lists, atoms, binaries), so the
 * compiler walks what a macro author would see. Lexing lives in lexer.c. */
#ifndef PL_PARSER_H
#define PL_PARSER_H

#include "../term.h"

typedef struct pl_parse_error {
    int line, column;
    char kind[32];      /* "SyntaxError" or "TokenMissingError" (Elixir 1.14's names);
                           "SystemLimitError" when memory or the atom table ran out */
    char message[256];  /* Elixir's own wording, e.g. "syntax error before: ')'" */
} pl_parse_error;

/* Nesting deeper than this is a SyntaxError instead of a C stack overflow. */
#define PL_PARSE_MAX_DEPTH 1000

/* @brief Parses [src] (the file [file], used for nothing but messages today) into
 * Elixir's quoted form. Returns a new reference, or PL_NONE with [err] filled.
 * Never prints; everything allocated is released on failure. */
pl_term pl_parse(pl_engine *e, const char *file, const char *src, size_t len, pl_parse_error *err);

#endif
