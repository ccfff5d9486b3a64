/* Conversions between strings, charlists, atoms and integers: the :erlang
 * BIFs (binary_to_integer, atom_to_binary, list_to_atom, ...), their String,
 * Atom, List and Integer wrappers, and chardata flattening for List.to_string,
 * List.to_charlist and to_charlist/1. Errors carry the BEAM's error_info text. */
#include <stdio.h>
#include "bif_str.h"
#include "bif_etf.h"
#include "../float_fmt.h"
#include "../inspect.h"
#include "../map.h"

/* ---- Integers from text ---- */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* Number of sign-and-digit bytes of an integer at the start of s[0..n). */
static size_t int_prefix(const unsigned char *s, size_t n, int base)
{
    size_t i = n > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    size_t start = i;
    while (i < n && digit_value(s[i]) < base) {
        i++;
    }
    return i == start ? 0 : i;
}

bool pl_str_parse_int(pl_engine *e, const unsigned char *s, size_t n, int base, pl_term *out)
{
    if (n == 0 || int_prefix(s, n, base) != n) {
        return false;
    }
    bool neg = s[0] == '-';
    size_t i = s[0] == '+' || s[0] == '-' ? 1 : 0;
    if (n - i <= 12) {
        int64_t v = 0;
        for (; i < n; i++) {
            v = v * base + digit_value(s[i]);
        }
        *out = pl_int64(e, neg ? -v : v);
        return *out != PL_NONE;
    }
    char *buf = malloc(n - i + 1);
    if (!buf) {
        *out = PL_NONE;
        return true;
    }
    memcpy(buf, s + i, n - i);
    buf[n - i] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (neg) {
        mpz_neg(z, z);
    }
    *out = pl_big_from_mpz(e, z);
    mpz_clear(z);
    free(buf);
    return true;
}

static bool base_arg(pl_term t, int *base)
{
    int64_t b;
    if (!pl_get_int64(t, &b) || b < 2 || b > 36) {
        return false;
    }
    *base = (int)b;
    return true;
}

static pl_term text_to_integer(pl_proc *p, const unsigned char *s, size_t n, int base)
{
    pl_term r;
    if (!pl_str_parse_int(p->e, s, n, base, &r)) {
        return pl_bif_badarg_at(p, 1, "not a textual representation of an integer");
    }
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

static pl_term binary_to_integer(pl_proc *p, pl_term s, pl_term base_t)
{
    int base = 10;
    if (!pl_is_bin(s)) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    if (base_t != PL_NONE && !base_arg(base_t, &base)) {
        return pl_bif_badarg_at(p, 2, "not an integer in the range 2 through 36");
    }
    return text_to_integer(p, pl_str_data(s), pl_str_len(s), base);
}

PL_BIF(erlang_binary_to_integer_1) { return binary_to_integer(p, args[0], PL_NONE); }
PL_BIF(erlang_binary_to_integer_2) { return binary_to_integer(p, args[0], args[1]); }

/* A flat list of bytes (0..255) as a malloc'd buffer; false if it is not one. */
static bool byte_list(pl_term l, unsigned char **out, size_t *n)
{
    int64_t len = pl_list_length(l);
    if (len < 0) {
        return false;
    }
    unsigned char *buf = malloc((size_t)len + 1);
    if (!buf) {
        return false;
    }
    size_t i = 0;
    for (; pl_is_cons(l); l = pl_tail(l)) {
        pl_term h = pl_head(l);
        if (!pl_is_small(h) || pl_small_value(h) < 0 || pl_small_value(h) > 255) {
            free(buf);
            return false;
        }
        buf[i++] = (unsigned char)pl_small_value(h);
    }
    *out = buf;
    *n = i;
    return true;
}

static pl_term list_to_integer(pl_proc *p, pl_term l, pl_term base_t)
{
    int base = 10;
    if (pl_list_length(l) < 0) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    if (base_t != PL_NONE && !base_arg(base_t, &base)) {
        return pl_bif_badarg_at(p, 2, "not an integer in the range 2 through 36");
    }
    unsigned char *buf;
    size_t n;
    if (!byte_list(l, &buf, &n)) {
        return pl_bif_badarg_at(p, 1, "not a textual representation of an integer");
    }
    pl_term r = text_to_integer(p, buf, n, base);
    free(buf);
    return r;
}

PL_BIF(erlang_list_to_integer_1) { return list_to_integer(p, args[0], PL_NONE); }
PL_BIF(erlang_list_to_integer_2) { return list_to_integer(p, args[0], args[1]); }

/* ---- Pids from text ---- */

/* Reads the decimal field of "<0.id.serial>" at *i that ends with `stop`; false if
 * it is empty, has a non-digit or does not fit in `bits` bits. */
static bool pid_field(const unsigned char *s, size_t n, size_t *i, char stop, int bits,
                      uint32_t *out)
{
    size_t start = *i;
    uint64_t v = 0;
    for (; *i < n && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
        v = v * 10 + (uint64_t)(s[*i] - '0');
        if (v >> bits) {
            return false;
        }
    }
    if (*i == start || *i >= n || s[*i] != stop) {
        return false;
    }
    (*i)++;
    *out = (uint32_t)v;
    return true;
}

/* list_to_pid/1 (what IEx's pid/1,3 call): "<0.id.serial>" names a pid of this
 * node, the inverse of the mapping bif_etf.h describes. As on a BEAM that is not
 * distributed, any node number but 0 is a bad argument. */
PL_BIF(erlang_list_to_pid_1)
{
    if (pl_list_length(args[0]) < 0) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    unsigned char *buf;
    size_t n, i = 1;
    if (!byte_list(args[0], &buf, &n)) {
        return pl_bif_badarg_at(p, 1, "not a textual representation of a pid");
    }
    uint32_t node, id, serial;
    bool ok = n > 0 && buf[0] == '<' && pid_field(buf, n, &i, '.', 32, &node) && node == 0 &&
              pid_field(buf, n, &i, '.', PL_ETF_PID_ID_BITS, &id) &&
              pid_field(buf, n, &i, '>', PL_ETF_PID_SERIAL_BITS, &serial) && i == n;
    free(buf);
    if (!ok) {
        return pl_bif_badarg_at(p, 1, "not a textual representation of a pid");
    }
    return pl_pid((uint64_t)serial << PL_ETF_PID_ID_BITS | id);
}

/* Integer.parse/1,2: {integer, rest} or :error. */
static pl_term integer_parse(pl_proc *p, pl_term s, pl_term base_t)
{
    int base = 10;
    if (base_t != PL_NONE && !base_arg(base_t, &base)) {
        return pl_str_argerr_term(p, "invalid base ", base_t);
    }
    if (!pl_is_bin(s)) {
        return pl_str_fclause(p);
    }
    const unsigned char *d = pl_str_data(s);
    size_t n = pl_str_len(s), k = int_prefix(d, n, base);
    if (k == 0) {
        return PL_A(error);
    }
    pl_term v, rest = pl_bin_new(p->e, d + k, n - k);
    if (!pl_str_parse_int(p->e, d, k, base, &v) || v == PL_NONE || rest == PL_NONE) {
        pl_release(p->e, rest);
        return pl_bif_nomem(p);
    }
    pl_term t = pl_tuple2(p->e, v, rest);
    return t == PL_NONE ? pl_bif_nomem(p) : t;
}

PL_BIF(integer_parse_1) { return integer_parse(p, args[0], PL_NONE); }
PL_BIF(integer_parse_2) { return integer_parse(p, args[0], args[1]); }

/* ---- Integers to text ---- */

/* [t] in [base] with upper-case digits, into a malloc'd C string. */
static char *integer_text(pl_term t, int base)
{
    if (pl_is_small(t) && base == 10) {
        char *buf = malloc(24);
        if (buf) {
            snprintf(buf, 24, "%lld", (long long)pl_small_value(t));
        }
        return buf;
    }
    mpz_t z;
    mpz_init(z);
    pl_to_mpz(z, t);
    char *buf = malloc(mpz_sizeinbase(z, base) + 2);
    if (buf) {
        mpz_get_str(buf, -base, z);
    }
    mpz_clear(z);
    return buf;
}

/* integer_to_binary / integer_to_list and their Integer wrappers. */
static pl_term integer_to(pl_proc *p, pl_term t, pl_term base_t, bool as_list)
{
    int base = 10;
    if (!pl_is_integer(t)) {
        return pl_bif_badarg_at(p, 1, "not an integer");
    }
    if (base_t != PL_NONE && !base_arg(base_t, &base)) {
        return pl_bif_badarg_at(p, 2, "not an integer in the range 2 through 36");
    }
    char *text = integer_text(t, base);
    if (!text) {
        return pl_bif_nomem(p);
    }
    pl_term r;
    if (as_list) {
        pl_tvec v = { 0 };
        for (const char *c = text; *c; c++) {
            pl_str_tvec_push(p->e, &v, pl_small((unsigned char)*c));
        }
        r = pl_str_tvec_list(p, &v, PL_NIL);
    } else {
        r = pl_str_bin(p, text, strlen(text));
    }
    free(text);
    return r;
}

PL_BIF(erlang_integer_to_binary_1) { return integer_to(p, args[0], PL_NONE, false); }
PL_BIF(erlang_integer_to_binary_2) { return integer_to(p, args[0], args[1], false); }
PL_BIF(erlang_integer_to_list_1) { return integer_to(p, args[0], PL_NONE, true); }
PL_BIF(erlang_integer_to_list_2) { return integer_to(p, args[0], args[1], true); }

/* ---- Atoms ---- */

static pl_term bytes_to_list(pl_proc *p, const unsigned char *d, size_t n, bool utf8)
{
    pl_tvec v = { 0 };
    for (size_t i = 0; i < n;) {
        int32_t cp = d[i];
        int k = utf8 ? pl_str_decode(d + i, n - i, &cp) : 1;
        pl_str_tvec_push(p->e, &v, pl_small(k < 0 ? d[i] : cp));
        i += (size_t)(k < 0 ? 1 : k);
    }
    return pl_str_tvec_list(p, &v, PL_NIL);
}

/* Interns UTF-8 [d], checking the 255-character limit; PL_NONE raised. */
static pl_term make_atom(pl_proc *p, const unsigned char *d, size_t n, bool existing)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; chars++) {
        int32_t cp;
        int k = pl_str_decode(d + i, n - i, &cp);
        if (k < 0) {
            return pl_bif_badarg_at(p, 1, "invalid UTF8 encoding");
        }
        i += (size_t)k;
    }
    if (chars > 255) {
        return pl_bif_error(p, PL_A(system_limit));
    }
    pl_term a = existing ? pl_atom_lookup(&p->e->atoms, (const char *)d, n)
                         : pl_atom_intern(&p->e->atoms, (const char *)d, n);
    if (a == PL_NONE) {
        return existing ? pl_bif_badarg_at(p, 1, "not an already existing atom")
                        : pl_bif_error(p, PL_A(system_limit));
    }
    return a;
}

/* Latin-1 bytes re-encoded as UTF-8 when [enc] is :latin1. */
static pl_term binary_to_atom(pl_proc *p, pl_term s, pl_term enc, bool existing)
{
    if (!pl_is_bin(s)) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    pl_engine *e = p->e;
    if (enc == pl_bif_atom(e, "latin1")) {
        pl_sbuf b = { 0 };
        for (size_t i = 0; i < pl_str_len(s); i++) {
            pl_str_put_cp(&b, pl_str_data(s)[i]);
        }
        pl_term r = b.failed ? pl_bif_nomem(p) : make_atom(p, b.data, b.len, existing);
        pl_str_sbuf_free(&b);
        return r;
    }
    if (enc != PL_NONE && enc != pl_bif_atom(e, "utf8") && enc != pl_bif_atom(e, "unicode")) {
        return pl_bif_badarg_at(p, 2, "not a valid encoding");
    }
    return make_atom(p, pl_str_data(s), pl_str_len(s), existing);
}

PL_BIF(erlang_binary_to_atom_1) { return binary_to_atom(p, args[0], PL_NONE, false); }
PL_BIF(erlang_binary_to_atom_2) { return binary_to_atom(p, args[0], args[1], false); }
PL_BIF(erlang_binary_to_existing_atom_1) { return binary_to_atom(p, args[0], PL_NONE, true); }
PL_BIF(erlang_binary_to_existing_atom_2) { return binary_to_atom(p, args[0], args[1], true); }

static pl_term atom_to_binary(pl_proc *p, pl_term a, pl_term enc)
{
    if (!pl_is_atom(a)) {
        return pl_bif_badarg_at(p, 1, "not an atom");
    }
    pl_engine *e = p->e;
    const unsigned char *d = (const unsigned char *)pl_atom_name(&e->atoms, a);
    size_t n = pl_atom_len(&e->atoms, a);
    if (enc == pl_bif_atom(e, "latin1")) {
        pl_sbuf b = { 0 };
        for (size_t i = 0; i < n;) {
            int32_t cp;
            int k = pl_str_decode(d + i, n - i, &cp);
            if (k < 0 || cp > 255) {
                pl_str_sbuf_free(&b);
                return pl_bif_badarg_at(p, 1, "contains a character not expressible in latin1");
            }
            pl_str_putc(&b, (unsigned char)cp);
            i += (size_t)k;
        }
        return pl_str_sbuf_finish(p, &b);
    }
    if (enc != PL_NONE && enc != pl_bif_atom(e, "utf8") && enc != pl_bif_atom(e, "unicode")) {
        return pl_bif_badarg_at(p, 2, "not a valid encoding");
    }
    return pl_str_bin(p, d, n);
}

PL_BIF(erlang_atom_to_binary_1) { return atom_to_binary(p, args[0], PL_NONE); }
PL_BIF(erlang_atom_to_binary_2) { return atom_to_binary(p, args[0], args[1]); }

PL_BIF(erlang_atom_to_list_1)
{
    if (!pl_is_atom(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an atom");
    }
    const pl_atom_table *t = &p->e->atoms;
    return bytes_to_list(p, (const unsigned char *)pl_atom_name(t, args[0]),
                         pl_atom_len(t, args[0]), true);
}

static pl_term list_to_atom(pl_proc *p, pl_term l, bool existing)
{
    if (!pl_is_list(l)) {
        return pl_bif_badarg_at(p, 1, "not a list");
    }
    if (pl_list_length(l) < 0) {
        return pl_bif_badarg_at(p, 1, "not a proper list");
    }
    pl_sbuf b = { 0 };
    for (; pl_is_cons(l); l = pl_tail(l)) {
        int64_t cp;
        if (!pl_get_int64(pl_head(l), &cp) || cp < 0 || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            pl_str_sbuf_free(&b);
            return pl_bif_badarg_at(p, 1, "not a list of characters");
        }
        pl_str_put_cp(&b, (int32_t)cp);
    }
    pl_term r = b.failed ? pl_bif_nomem(p) : make_atom(p, b.data, b.len, existing);
    pl_str_sbuf_free(&b);
    return r;
}

PL_BIF(erlang_list_to_atom_1) { return list_to_atom(p, args[0], false); }
PL_BIF(erlang_list_to_existing_atom_1) { return list_to_atom(p, args[0], true); }

/* ---- Bytes and lists ---- */

PL_BIF(erlang_binary_to_list_1)
{
    if (!pl_is_bin(args[0])) {
        return pl_bif_badarg_at(p, 1, "not a binary");
    }
    return bytes_to_list(p, pl_str_data(args[0]), pl_str_len(args[0]), false);
}

PL_BIF(erlang_list_to_binary_1)
{
    if (!pl_is_list(args[0])) {
        return pl_bif_badarg_at(p, 1, "not an iolist term");
    }
    pl_term r = pl_bif_iodata(p, args[0]);
    if (r == PL_NONE && p->exc_reason == PL_A(badarg)) {
        return pl_bif_badarg_at(p, 1, "not an iolist term");
    }
    return r;
}

PL_BIF(io_iodata_length_1)
{
    pl_term b = pl_bif_iodata(p, args[0]);
    if (b == PL_NONE) {
        return PL_NONE;
    }
    size_t n = pl_str_len(b);
    pl_release(p->e, b);
    return pl_int64(p->e, (int64_t)n);
}

/* ---- Chardata ---- */

typedef enum { CD_OK, CD_BAD_CP, CD_BAD_UTF8, CD_BAD_TERM, CD_NOMEM } cd_status;

/* Flattens chardata [t] into UTF-8 in [out], with an explicit stack so deep
 * nesting never recurses in C. On failure [bad] is the offending code point,
 * or the binary rest starting at the bad byte (borrowed view: [bad_off]). */
static cd_status flatten(pl_term t, pl_sbuf *out, pl_term *bad, size_t *bad_off)
{
    pl_term *stack = NULL;
    size_t sp = 0, cap = 0;
    cd_status status = CD_OK;
    for (pl_term x = t;;) {
        if (pl_is_cons(x)) {
            if (sp == cap) {
                cap = cap ? cap * 2 : 16;
                pl_term *s2 = realloc(stack, cap * sizeof *s2);
                if (!s2) {
                    status = CD_NOMEM;
                    break;
                }
                stack = s2;
            }
            stack[sp++] = pl_tail(x);
            x = pl_head(x);
            continue;
        }
        if (pl_is_small(x)) {
            int64_t cp = pl_small_value(x);
            if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                *bad = x;
                status = CD_BAD_CP;
                break;
            }
            pl_str_put_cp(out, (int32_t)cp);
        } else if (pl_is_bin(x)) {
            const unsigned char *d = pl_str_data(x);
            size_t n = pl_str_len(x), i = 0;
            while (i < n) {
                int32_t cp;
                int k = pl_str_decode(d + i, n - i, &cp);
                if (k < 0) {
                    break;
                }
                i += (size_t)k;
            }
            pl_str_put(out, d, i);
            if (i < n) {
                *bad = x;
                *bad_off = i;
                status = CD_BAD_UTF8;
                break;
            }
        } else if (x != PL_NIL) {
            *bad = x;
            status = CD_BAD_TERM;
            break;
        }
        if (sp == 0) {
            break;
        }
        x = stack[--sp];
    }
    free(stack);
    return out->failed && status == CD_OK ? CD_NOMEM : status;
}

static const char CHARLIST_HELP[] =
    "cannot convert the given list to a charlist.\n\nTo be converted to a charlist, a list must "
    "contain only:\n\n  * strings\n  * integers representing Unicode code points\n  * or a list "
    "containing one of these three elements\n\nPlease check the given list or call inspect/1 to "
    "get the list representation, got:\n\n";
static const char STRING_HELP[] =
    "cannot convert the given list to a string.\n\nTo be converted to a string, a list must either "
    "be empty or only\ncontain the following elements:\n\n  * strings\n  * integers representing "
    "Unicode code points\n  * a list containing one of these three elements\n\nPlease check the "
    "given list or call inspect/1 to get the list representation, got:\n\n";

/* Raises UnicodeConversionError with [encoded] (taken) and a message. */
static pl_term unicode_error(pl_proc *p, pl_term encoded, const char *msg, pl_term shown)
{
    pl_engine *e = p->e;
    char buf[256];
    size_t k = (size_t)snprintf(buf, sizeof buf, "%s", msg);
    pl_sbuf b = { 0 };
    pl_str_put(&b, buf, k);
    if (shown != PL_NONE) {
        pl_str_put(&b, pl_str_data(shown), pl_str_len(shown));
        pl_release(e, shown);
    }
    pl_term text = b.failed ? PL_NONE : pl_bin_new(e, b.data, b.len);
    pl_str_sbuf_free(&b);
    pl_term exc = pl_bif_make_struct(e, pl_bif_atom(e, "Elixir.UnicodeConversionError"));
    pl_term m1 = exc == PL_NONE ? PL_NONE : pl_map_put(e, exc, PL_A(message), text);
    pl_term m2 = m1 == PL_NONE ? PL_NONE : pl_map_put(e, m1, pl_bif_atom(e, "encoded"), encoded);
    pl_release(e, exc);
    pl_release(e, m1);
    return m2 == PL_NONE ? pl_bif_nomem(p) : pl_proc_error(p, m2);
}

/* Chardata to UTF-8 (as_list false) or to a code point list, with Elixir's
 * errors for List.to_string / List.to_charlist / String.to_charlist. */
static pl_term chardata_to(pl_proc *p, pl_term t, bool as_list)
{
    pl_engine *e = p->e;
    pl_sbuf b = { 0 };
    pl_term bad = PL_NONE;
    size_t off = 0;
    cd_status st = flatten(t, &b, &bad, &off);
    if (st == CD_NOMEM) {
        pl_str_sbuf_free(&b);
        return pl_bif_nomem(p);
    }
    if (st == CD_OK) {
        if (!as_list) {
            return pl_str_sbuf_finish(p, &b);
        }
        pl_term r = bytes_to_list(p, b.data, b.len, true);
        pl_str_sbuf_free(&b);
        return r;
    }
    pl_term enc = as_list ? bytes_to_list(p, b.data, b.len, true) : pl_bin_new(e, b.data, b.len);
    pl_str_sbuf_free(&b);
    if (enc == PL_NONE) {
        return pl_bif_nomem(p);
    }
    if (st == CD_BAD_CP) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid code point %lld", (long long)pl_small_value(bad));
        return unicode_error(p, enc, msg, PL_NONE);
    }
    if (st == CD_BAD_UTF8) {
        pl_term rest = pl_bin_new(e, pl_str_data(bad) + off, pl_str_len(bad) - off);
        pl_term shown = rest == PL_NONE ? PL_NONE : pl_str_inspect(p, rest);
        pl_release(e, rest);
        return unicode_error(p, enc, "invalid encoding starting at ", shown);
    }
    pl_release(e, enc);
    return pl_str_argerr_term(p, as_list ? CHARLIST_HELP : STRING_HELP, t);
}

PL_BIF(list_to_string_1)
{
    return pl_is_list(args[0]) ? chardata_to(p, args[0], false) : pl_str_fclause(p);
}

PL_BIF(list_to_charlist_1)
{
    return pl_is_list(args[0]) ? chardata_to(p, args[0], true) : pl_str_fclause(p);
}

PL_BIF(string_to_charlist_1)
{
    return pl_is_bin(args[0]) ? chardata_to(p, args[0], true) : pl_str_fclause(p);
}

PL_BIF(io_chardata_to_string_1)
{
    if (pl_is_bin(args[0])) {
        return pl_retain(args[0]);
    }
    return pl_is_list(args[0]) ? chardata_to(p, args[0], false) : pl_str_fclause(p);
}

/* List.Chars.to_charlist/1, which Kernel.to_charlist/1 calls. */
PL_BIF(kernel_to_charlist_1)
{
    pl_term t = args[0];
    if (pl_is_list(t)) {
        return pl_retain(t);
    }
    if (pl_is_bin(t)) {
        return chardata_to(p, t, true);
    }
    if (pl_is_atom(t)) {
        return pl_bif_erlang_atom_to_list_1(p, args);
    }
    if (pl_is_integer(t)) {
        return integer_to(p, t, PL_NONE, true);
    }
    if (pl_is_float(t)) {
        char buf[PL_FLOAT_BUF];
        size_t n = pl_float_format_short(pl_float_value(t), buf);
        return bytes_to_list(p, (const unsigned char *)buf, n, false);
    }
    pl_engine *e = p->e;
    pl_term exc = pl_bif_make_struct(e, PL_A(E_Protocol_UndefinedError));
    pl_term m1 = exc == PL_NONE ? PL_NONE
                                : pl_map_put(e, exc, pl_bif_atom(e, "protocol"),
                                             pl_bif_atom(e, "Elixir.List.Chars"));
    pl_term m2 = m1 == PL_NONE ? PL_NONE : pl_map_put(e, m1, PL_A(value), pl_retain(t));
    pl_release(e, exc);
    pl_release(e, m1);
    return m2 == PL_NONE ? pl_bif_nomem(p) : pl_proc_error(p, m2);
}

/* ---- Inspect helpers for messages ---- */

pl_term pl_str_inspect(pl_proc *p, pl_term t)
{
    pl_inspect_opts o;
    pl_inspect_opts_default(&o);
    pl_term r = pl_inspect(p->e, t, &o);
    return r == PL_NONE ? pl_bif_nomem(p) : r;
}

pl_term pl_str_argerr_term(pl_proc *p, const char *prefix, pl_term term)
{
    pl_engine *e = p->e;
    pl_term shown = pl_str_inspect(p, term);
    if (shown == PL_NONE) {
        return PL_NONE;
    }
    pl_sbuf b = { 0 };
    pl_str_put(&b, prefix, strlen(prefix));
    pl_str_put(&b, pl_str_data(shown), pl_str_len(shown));
    if (prefix == CHARLIST_HELP || prefix == STRING_HELP) {
        pl_str_putc(&b, '\n');
    }
    pl_release(e, shown);
    pl_str_putc(&b, 0);
    pl_term r = b.failed ? pl_bif_nomem(p)
                         : pl_bif_raise_msg(p, PL_A(E_ArgumentError), (const char *)b.data);
    pl_str_sbuf_free(&b);
    return r;
}
