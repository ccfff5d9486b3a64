/* `proclab repl`: the shell as a line REPL, like iex without the full screen.
 * On a terminal, libedit edits the line (history kept across runs, Tab
 * completes names) and the engine keeps running while the user types: our
 * EL_GETCFN reader steps it between keys. Without a terminal (`< file`) it
 * reads lines and prints prompts as `iex < file` does. */
#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include "drive.h"
#include "host.h"
#include "repl.h"
#include "complete.h"

/* Set by SIGINT: Ctrl-C interrupts an evaluation (or drops a half-typed
 * input). The only state outside struct repl, as a signal handler needs. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

typedef struct repl {
    pl_engine *e;
    EditLine *el;
    History *hist;
    char prompt[32];
    char *input;            // the lines of the current input so far
    size_t len, cap;
    bool tty;
    bool editing;           // the prompt line is on screen (output must not mix in)
    bool scribbled;         // output went over it: redraw before the next key
} repl;

/* The engine's output. While the user is typing, the prompt line is cleared
 * first and redrawn after, so output and the line being edited never mix. */
static void out(void *ud, int stream, const char *s, size_t len)
{
    repl *r = ud;
    FILE *f = stream == PL_OUT_STDERR ? stderr : stdout;
    if (r->editing && !r->scribbled) {
        fputs("\r\033[K", stdout);
        fflush(stdout);
        r->scribbled = true;
    }
    fwrite(s, 1, len, f);
    fflush(f);
}

static void set_prompt(repl *r)
{
    snprintf(r->prompt, sizeof r->prompt, r->len ? "...(%d)> " : "iex(%d)> ",
             pl_shell_counter(r->e));
}

static void banner(void)
{
    printf("Interactive Elixir (1.14.0 subset, proclab %s) - press Ctrl+C to interrupt, "
           "Ctrl+D to exit\n", PL_VERSION);
}

/* Runs the engine until the evaluation ends; Ctrl-C kills the evaluator. */
static void await_result(repl *r)
{
    for (;;) {
        pl_drive_result d = pl_drive_run(r->e, 20000000);
        if (interrupted) {
            interrupted = 0;
            if (r->tty) {
                fputc('\n', stdout); /* after the ^C the terminal echoed */
            }
            pl_shell_interrupt(r->e);
        }
        pl_shell_state st = pl_shell_poll(r->e);
        if (st == PL_SHELL_RESTARTED) {
            banner(); /* iex greets its new shell */
        }
        if (st != PL_SHELL_RUNNING) {
            return;
        }
        if (d.wait_ms != 0) {
            /* waiting on a timer, or stuck in receive until Ctrl-C */
            poll(NULL, 0, d.wait_ms < 0 || d.wait_ms > 100 ? 100 : (int)d.wait_ms);
        }
    }
}

static bool append(repl *r, const char *line, size_t n)
{
    if (r->len + n + 2 > r->cap) {
        size_t cap = (r->len + n + 2) * 2;
        char *b = realloc(r->input, cap);
        if (!b) {
            return false;
        }
        r->input = b;
        r->cap = cap;
    }
    memcpy(r->input + r->len, line, n);
    r->len += n;
    if (n == 0 || line[n - 1] != '\n') {
        r->input[r->len++] = '\n';
    }
    r->input[r->len] = 0;
    return true;
}

/* One line typed: evaluate the input once it is complete. */
static void take_line(repl *r, const char *line, size_t n)
{
    if (!append(r, line, n)) {
        fputs("** (proclab) out of memory\n", stdout);
        r->len = 0;
        return;
    }
    pl_shell_result res = pl_shell_eval(r->e, r->input, r->len);
    if (res == PL_SHELL_INCOMPLETE) {
        return;
    }
    if (r->hist) {
        HistEvent ev;
        r->input[r->len - 1] = 0; /* history holds it without the last newline */
        history(r->hist, &ev, H_ENTER, r->input);
    }
    r->len = 0;
    if (res == PL_SHELL_SENT) {
        await_result(r);
    }
}

/* ---- Terminal mode: libedit ---- */

static char *prompt_fn(EditLine *el)
{
    repl *r;
    el_get(el, EL_CLIENTDATA, &r);
    return r->prompt;
}

/* libedit's character reader: the engine runs while no key is pressed, and
 * output it makes is printed above a redrawn prompt line. */
static int read_char(EditLine *el, wchar_t *wc)
{
    repl *r;
    el_get(el, EL_CLIENTDATA, &r);
    mbstate_t mb;
    memset(&mb, 0, sizeof mb);
    for (;;) {
        r->editing = true;
        pl_drive_result d = pl_drive_run(r->e, 10000000);
        if (pl_shell_poll(r->e) == PL_SHELL_RESTARTED) {
            out(r, PL_OUT_STDOUT, "", 0);
            banner();
        }
        r->editing = false;
        if (r->scribbled) {
            r->scribbled = false;
            el_set(el, EL_REFRESH);
        }
        struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
        int wait = d.wait_ms < 0 || d.wait_ms > 100 ? 100 : (int)d.wait_ms;
        int k = poll(&pfd, 1, wait);
        if (interrupted) {
            return -1;
        }
        if (k <= 0) {
            continue;
        }
        char c;
        ssize_t got = read(STDIN_FILENO, &c, 1);
        if (got <= 0) {
            return got < 0 && errno == EINTR ? -1 : 0;
        }
        size_t m = mbrtowc(wc, &c, 1, &mb);
        if (m == (size_t)-2) {
            continue; /* more bytes of this character */
        }
        if (m == (size_t)-1) {
            memset(&mb, 0, sizeof mb);
            continue;
        }
        return 1;
    }
}

/* Tab: completes a module or function name before the cursor. */
static unsigned char complete_fn(EditLine *el, int ch)
{
    (void)ch;
    repl *r;
    el_get(el, EL_CLIENTDATA, &r);
    const LineInfo *li = el_line(el);
    const char *start = li->cursor;
    while (start > li->buffer && pl_complete_is_word(start[-1])) {
        start--;
    }
    char word[256];
    size_t n = (size_t)(li->cursor - start);
    if (n >= sizeof word) {
        return CC_ERROR;
    }
    memcpy(word, start, n);
    word[n] = 0;
    pl_completion c;
    pl_complete(r->e, word, &c);
    if (c.count == 0) {
        return CC_REFRESH_BEEP;
    }
    if (c.common_len > n) {
        char add[256];
        snprintf(add, sizeof add, "%.*s", (int)(c.common_len - n), c.common + n);
        el_insertstr(el, add);
        pl_completion_free(&c);
        return CC_REFRESH;
    }
    if (c.count > 1) {
        fputc('\n', stdout);
        for (size_t i = 0; i < c.count; i++) {
            printf("%s%s", c.items[i], i + 1 < c.count ? "    " : "\n");
        }
    }
    pl_completion_free(&c);
    return CC_REDISPLAY;
}

static void setup_editline(repl *r, const char *argv0)
{
    r->el = el_init(argv0, stdin, stdout, stderr);
    r->hist = history_init();
    HistEvent ev;
    history(r->hist, &ev, H_SETSIZE, 1000);
    history(r->hist, &ev, H_SETUNIQUE, 1);
    char path[4096];
    const char *hp = pl_host_history_path(path, sizeof path);
    if (hp) {
        history(r->hist, &ev, H_LOAD, hp);
    }
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_PROMPT, prompt_fn);
    el_set(r->el, EL_HIST, history, r->hist);
    el_set(r->el, EL_GETCFN, read_char);
    el_set(r->el, EL_ADDFN, "pl-complete", "complete a name", complete_fn);
    el_set(r->el, EL_BIND, "^I", "pl-complete", NULL);
    el_source(r->el, NULL); /* the user's ~/.editrc, as every libedit program */
}

static void run_tty(repl *r)
{
    for (;;) {
        set_prompt(r);
        int n = 0;
        const char *line = el_gets(r->el, &n);
        if (!line) {
            if (interrupted) { /* Ctrl-C at the prompt drops what was typed */
                interrupted = 0;
                r->len = 0;
                fputc('\n', stdout);
                continue;
            }
            fputc('\n', stdout);
            return; /* Ctrl-D */
        }
        take_line(r, line, (size_t)n);
    }
}

/* ---- Without a terminal: lines from stdin, prompts as `iex < file` prints ---- */

static void run_pipe(repl *r)
{
    char *line = NULL;
    size_t cap = 0;
    for (;;) {
        pl_drive_run(r->e, 1000000);
        set_prompt(r);
        fputs(r->prompt, stdout);
        fflush(stdout);
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            break;
        }
        take_line(r, line, (size_t)n);
    }
    free(line);
}

int pl_repl_main(int argc, char **argv)
{
    (void)argc;
    setlocale(LC_ALL, "");
    repl r = { .tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) };
    pl_engine_config cfg = { .clock = pl_host_clock, .sleep = pl_host_sleep,
                             .alloc_limit = (size_t)8 << 30, .output = out,
                             .output_ud = &r, .unix_ns = pl_host_unix_ns() };
    r.e = pl_engine_new(&cfg);
    if (!r.e || pl_shell_start(r.e) != PL_OK) {
        fputs("proclab: could not start the engine\n", stderr);
        pl_engine_free(r.e);
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint; /* no SA_RESTART: a wait ends at once */
    sigaction(SIGINT, &sa, NULL);
    banner();
    if (r.tty) {
        struct winsize ws;
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
            pl_shell_set_width(r.e, ws.ws_col); /* iex lays results out for the terminal */
        }
        setup_editline(&r, argv[0]);
        run_tty(&r);
        char path[4096];
        const char *hp = pl_host_history_path(path, sizeof path);
        HistEvent ev;
        if (hp) {
            history(r.hist, &ev, H_SAVE, hp);
        }
        el_end(r.el);
        history_end(r.hist);
    } else {
        run_pipe(&r);
    }
    fflush(stdout);
    free(r.input);
    pl_engine_free(r.e);
    return 0;
}
