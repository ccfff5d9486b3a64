/* Tab completion for the prompts: module names (Elixir aliases and :erlang
 * modules), then Mod.function names, from the loaded code and the BIF table.
 * Sorted, duplicates dropped (a function with several arities is one name). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "bif/bif.h"
#include "lang/code.h"

typedef struct names {
    pl_completion *c;
    size_t cap;
    bool failed;
} names;

static void add(names *n, const char *s, size_t len)
{
    pl_completion *c = n->c;
    if (n->failed) {
        return;
    }
    if (c->count == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 32;
        char **items = realloc(c->items, cap * sizeof *items);
        if (!items) {
            n->failed = true;
            return;
        }
        c->items = items;
        n->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        n->failed = true;
        return;
    }
    memcpy(copy, s, len);
    copy[len] = 0;
    c->items[c->count++] = copy;
}

/* How the user writes module [name]: "Enum" for Elixir.Enum, ":ets" for ets. */
static void module_text(const char *name, char *buf, size_t cap)
{
    if (strncmp(name, "Elixir.", 7) == 0) {
        snprintf(buf, cap, "%s", name + 7);
    } else {
        snprintf(buf, cap, ":%s", name);
    }
}

static bool hidden(const char *fname)
{
    /* __spawned__ and friends are the library's internals */
    return fname[0] == '_' || fname[0] == '-' || strchr(fname, '/') != NULL;
}

static void each_module(pl_engine *e, names *n, const char *word, size_t len)
{
    char text[256];
    for (pl_module *m = e->modules->first; m; m = m->next) {
        if (m->loaded && m->name != PL_NONE) {
            module_text(pl_atom_name(&e->atoms, m->name), text, sizeof text);
            if (strncmp(text, word, len) == 0) {
                add(n, text, strlen(text));
            }
        }
    }
    for (uint32_t i = 0; i < e->bifs->count; i++) {
        module_text(pl_atom_name(&e->atoms, e->bifs->entries[i].mod), text, sizeof text);
        if (strncmp(text, word, len) == 0) {
            add(n, text, strlen(text));
        }
    }
}

/* "Enum.ma": Enum's public functions that start with "ma". */
static void each_function(pl_engine *e, names *n, const char *word, const char *dot)
{
    char mod[256], full[512];
    size_t mlen = (size_t)(dot - word);
    if (mlen >= sizeof mod) {
        return;
    }
    if (word[0] == ':') {
        snprintf(mod, sizeof mod, "%.*s", (int)mlen - 1, word + 1);
    } else {
        snprintf(mod, sizeof mod, "Elixir.%.*s", (int)mlen, word);
    }
    /* a lookup, not an intern: typing must not make atoms */
    pl_term atom = pl_atom_lookup(&e->atoms, mod, strlen(mod));
    if (atom == PL_NONE) {
        return;
    }
    const char *prefix = dot + 1;
    size_t plen = strlen(prefix);
    pl_module *m = pl_code_module(e, atom);
    for (uint32_t i = 0; m && i < m->nfuncs; i++) {
        const char *f = pl_atom_name(&e->atoms, m->funcs[i]->name);
        if (!m->funcs[i]->is_private && !m->funcs[i]->is_anon && !hidden(f) &&
            strncmp(f, prefix, plen) == 0) {
            int k = snprintf(full, sizeof full, "%.*s.%s", (int)mlen, word, f);
            add(n, full, (size_t)k);
        }
    }
    for (uint32_t i = 0; i < e->bifs->count; i++) {
        const char *f = pl_atom_name(&e->atoms, e->bifs->entries[i].name);
        if (e->bifs->entries[i].mod == atom && !hidden(f) && strncmp(f, prefix, plen) == 0) {
            int k = snprintf(full, sizeof full, "%.*s.%s", (int)mlen, word, f);
            add(n, full, (size_t)k);
        }
    }
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void pl_complete(pl_engine *e, const char *word, pl_completion *c)
{
    memset(c, 0, sizeof *c);
    names n = { .c = c };
    const char *dot = strrchr(word, '.');
    if (dot) {
        each_function(e, &n, word, dot);
    } else if (*word) {
        each_module(e, &n, word, strlen(word));
    }
    if (n.failed) {
        pl_completion_free(c);
        return;
    }
    if (c->count > 1) {
        qsort(c->items, c->count, sizeof *c->items, by_text);
    }
    size_t kept = 0;
    for (size_t i = 0; i < c->count; i++) {
        if (kept && strcmp(c->items[kept - 1], c->items[i]) == 0) {
            free(c->items[i]);
        } else {
            c->items[kept++] = c->items[i];
        }
    }
    c->count = kept;
    if (kept) {
        size_t common = strlen(c->items[0]);
        for (size_t i = 1; i < kept; i++) {
            size_t j = 0;
            while (j < common && c->items[i][j] == c->items[0][j]) {
                j++;
            }
            common = j;
        }
        c->common = c->items[0];
        c->common_len = common;
    }
}

void pl_completion_free(pl_completion *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->items[i]);
    }
    free(c->items);
    memset(c, 0, sizeof *c);
}
