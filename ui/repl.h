/* `proclab repl`: the shell as a line REPL without the full screen, like iex. */
#ifndef PL_UI_REPL_H
#define PL_UI_REPL_H

int pl_repl_main(int argc, char **argv);

#endif
