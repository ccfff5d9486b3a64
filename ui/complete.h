/* Shared by the prompts: what counts as part of a name to complete. */
#ifndef PL_UI_COMPLETE_H
#define PL_UI_COMPLETE_H

#include <ctype.h>
#include <stdbool.h>
#include "proclab.h"

/* Letters, digits and `_ . : ? !` belong to `Enum.map`, `:ets.new`, `alive?`. */
static inline bool pl_complete_is_word(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || c == ':' || c == '?' || c == '!';
}

#endif
