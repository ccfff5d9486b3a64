/* Prints pl_parse's AST of each file given, in the canonical text form that
 * dump.exs prints for Code.string_to_quoted!/2, so the two can be diffed.
 * Built by tests/parser/run.sh, not by the Makefile. */
#include <stdio.h>
#include <stdlib.h>
#include "engine.h"
#include "lang/parser.h"

static void dump(pl_engine *e, pl_term t, FILE *out)
{
    if (pl_is_small(t)) {
        fprintf(out, "%lld", (long long)pl_small_value(t));
    } else if (pl_is_big(t)) {
        mpz_out_str(out, 10, pl_big_value(t));
    } else if (pl_is_float(t)) {
        double d = pl_float_value(t);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        fprintf(out, "f%llx", (unsigned long long)bits);
    } else if (pl_is_atom(t)) {
        fprintf(out, ":\"");
        const char *s = pl_atom_name(&e->atoms, t);
        for (uint32_t i = 0; i < pl_atom_len(&e->atoms, t); i++) {
            unsigned char c = (unsigned char)s[i];
            fprintf(out, c >= 32 && c < 127 && c != '"' && c != '\\' ? "%c" : "\\x%02X", c);
        }
        fprintf(out, "\"");
    } else if (pl_is_bin(t)) {
        fprintf(out, "\"");
        for (size_t i = 0; i < pl_bin_of(t)->len; i++) {
            unsigned char c = pl_bin_of(t)->data[i];
            fprintf(out, c >= 32 && c < 127 && c != '"' && c != '\\' ? "%c" : "\\x%02X", c);
        }
        fprintf(out, "\"");
    } else if (pl_is_tuple(t)) {
        fprintf(out, "{");
        for (uint64_t i = 0; i < pl_tuple_arity(t); i++) {
            fprintf(out, i ? ", " : "");
            dump(e, pl_tuple_get(t, i), out);
        }
        fprintf(out, "}");
    } else if (pl_is_list(t)) {
        fprintf(out, "[");
        bool first = true;
        while (pl_is_cons(t)) {
            fprintf(out, first ? "" : ", ");
            first = false;
            dump(e, pl_head(t), out);
            t = pl_tail(t);
        }
        if (!pl_is_nil(t)) {
            fprintf(out, " | ");
            dump(e, t, out);
        }
        fprintf(out, "]");
    } else {
        fprintf(out, "?");
    }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    pl_engine *e = calloc(1, sizeof *e);
    pl_alloc_init(&e->alloc);
    pl_atom_table_init(&e->atoms);
    if (argc > 2 && strcmp(argv[1], "--failloop") == 0) {
        /* Fails the n-th allocation for every n and reports leaks. */
        size_t len;
        char *src = slurp(argv[2], &len);
        for (long n = 0; src && n < 1000000; n++) {
            pl_parse_error err;
            e->alloc.fail_after = n;
            pl_term ast = pl_parse(e, argv[2], src, len, &err);
            e->alloc.fail_after = -1;
            pl_release(e, ast);
            if (e->alloc.bytes_in_use != 0) {
                printf("fail_after=%ld leaks %zu bytes (%s)\n", n, e->alloc.bytes_in_use, err.message);
                e->alloc.bytes_in_use = 0;
            }
            if (ast != PL_NONE) {
                printf("parsed after %ld allocations\n", n);
                break;
            }
        }
        free(src);
        free(e->dying);
        pl_atom_table_destroy(&e->atoms);
        pl_alloc_destroy(&e->alloc);
        free(e);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *src = slurp(argv[i], &len);
        if (!src) {
            continue;
        }
        printf("== %s\n", argv[i]);
        pl_parse_error err;
        pl_term ast = pl_parse(e, argv[i], src, len, &err);
        if (ast == PL_NONE) {
            printf("ERR %s %d:%d %s\n", err.kind, err.line, err.column, err.message);
        } else {
            dump(e, ast, stdout);
            printf("\n");
            pl_release(e, ast);
        }
        free(src);
        if (e->alloc.bytes_in_use != 0) {
            printf("LEAK %zu bytes\n", e->alloc.bytes_in_use);
        }
    }
    free(e->dying);
    pl_atom_table_destroy(&e->atoms);
    pl_alloc_destroy(&e->alloc);
    free(e);
    return 0;
}
