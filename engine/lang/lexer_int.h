/* Internal to the lexer files, next to the shared section at the end of lexer.h:
 * what the main loop (lexer.c), operators (lexer_op.c), terminators (lexer_term.c),
 * strings (lexer_str.c), escapes (lexer_esc.c) and numbers (lexer_num.c) export
 * to each other. Nothing outside engine/lang/lexer*.c includes it. */
#ifndef PL_LEXER_INT_H
#define PL_LEXER_INT_H

#include "lexer.h"

/* ---- lexer.c: tokens and the main loop ---- */

/* Pushes a [kind] token at the current position, valued [atom] unless NULL,
 * and advances over its [len] bytes. */
bool pl_lex_push_simple(pl_lexer *lx, uint32_t stream, int kind, size_t len, const char *atom);
/* Skips a `#` comment up to the end of its line; fails on bidi control characters. */
bool pl_lex_skip_comment(pl_lexer *lx);

/* ---- lexer_op.c: operators, `:` atoms and `.` calls ---- */

/* Tokenizes the operator at the current position; [matched] is false (and the
 * input untouched) when none starts here, or for `<<` / `>>` (terminators). */
bool pl_lex_operator(pl_lexer *lx, uint32_t stream, bool *matched);
/* An atom after `:`: quoted, an operator, a special form or an identifier. */
bool pl_lex_colon(pl_lexer *lx, uint32_t stream);
/* A `.` and what follows it across newlines and comments: an operator or quoted
 * call name, `.(` or a plain dot. */
bool pl_lex_dot(pl_lexer *lx, uint32_t stream);

/* ---- lexer_term.c: terminators ---- */

bool pl_lex_open_term(pl_lexer *lx, uint32_t stream, int kind, size_t len);
/* [base]: where the terminators of this (interpolation) level begin. */
bool pl_lex_close_term(pl_lexer *lx, uint32_t stream, int kind, size_t len, size_t base);
/* Reports the innermost open terminator as missing at the end of the input. */
void pl_lex_missing_terminator(pl_lexer *lx);

/* ---- lexer_esc.c: escape sequences ---- */

bool pl_lex_unescape(pl_lexer *lx, char *s, size_t *len, int line, int column);
/* The character that `\[c]` stands for ([c] itself when it is no escape letter). */
char pl_lex_unescape_char(char c);

#endif
