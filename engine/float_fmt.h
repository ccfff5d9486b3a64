/* Shortest round-trip float printing, in the two flavours Elixir 1.14 / OTP 25 use.
 * Pure functions over a caller buffer: no engine, no allocation. Does not own
 * parsing (see the lexer) or :erlang.float_to_binary's fixed/scientific options. */
#ifndef PL_FLOAT_FMT_H
#define PL_FLOAT_FMT_H

#include <stddef.h>

/* Large enough for any double in either flavour, plus a NUL. */
#define PL_FLOAT_BUF 32

/* @brief Writes [d] as :erlang.float_to_binary(d, [:short]) does, which is also
 * what to_string/1, string interpolation and Float.to_string/1 print: the
 * shortest digits that read back as [d], in plain or exponent notation,
 * whichever OTP picks ("0.1", "1.0e10", "1.0e-4", "9.007199254740992e15").
 * Returns the length written to [buf] (NUL-terminated). */
size_t pl_float_format_short(double d, char buf[PL_FLOAT_BUF]);

/* @brief Writes [d] as Inspect.Float (inspect/1) does: the short form, except
 * that integral values with 1.0 <= |d| < 1.0e16 print all their digits
 * ("10000000000.0" for 1.0e10). Returns the length written (NUL-terminated). */
size_t pl_float_format_inspect(double d, char buf[PL_FLOAT_BUF]);

#endif
