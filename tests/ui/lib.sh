# Helpers for the UI tests: the real binary in tmux on a private socket, keys
# sent as a person would type them, the screen read back with capture-pane.
# Sourced by tests/ui/run.sh; every check adds to PASS/FAIL.

SOCK="proclab-test-$$"
PASS=0
FAIL=0
TMUX_CMD="tmux -L $SOCK -f /dev/null"

# start NAME COLS LINES COMMAND...: a session running COMMAND (then a shell
# prompt, so that what the terminal looks like afterwards can be checked).
start() {
    name=$1 cols=$2 lines=$3
    shift 3
    # TERM as a common terminal emulator sets it (tmux would say "screen")
    $TMUX_CMD new-session -d -s "$name" -x "$cols" -y "$lines" \
        "export TERM=xterm-256color; $*; stty -a > $WORK/$name.stty; echo DONE-$name; sleep 60"
}

keys() { name=$1; shift; $TMUX_CMD send-keys -t "$name" "$@"; }
# esc NAME: Esc, then a pause as a person makes one (Esc with a key right
# behind it is how terminals send Alt+key, and is read that way)
esc() { $TMUX_CMD send-keys -t "$1" Escape; sleep 0.2; }
# type NAME TEXT: literal text (no key names)
type_text() { $TMUX_CMD send-keys -t "$1" -l "$2"; }
screen() { $TMUX_CMD capture-pane -p -t "$1"; }
screen_esc() { $TMUX_CMD capture-pane -e -p -t "$1"; }
# click NAME COL ROW: a left click (1-based), as xterm reports it (SGR 1006,
# what xterm-256color's kmous announces).
click() {
    $TMUX_CMD send-keys -t "$1" -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' "$2" "$3" "$2" "$3")"
}
resize() { $TMUX_CMD resize-window -t "$1" -x "$2" -y "$3"; }
stop() { $TMUX_CMD kill-session -t "$1" 2>/dev/null || true; }

# wait_for NAME PATTERN [SECONDS]: until the screen shows PATTERN (grep -E).
wait_for() {
    name=$1 pat=$2 secs=${3:-5}
    i=0
    while [ "$i" -lt $((secs * 10)) ]; do
        if screen "$name" | grep -Eq -- "$pat"; then
            return 0
        fi
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
bad() {
    FAIL=$((FAIL + 1))
    echo "FAIL $1"
    if [ -n "${2:-}" ]; then
        echo "---- screen of $2 ----"
        screen "$2" | sed 's/^/    /'
        echo "----"
    fi
}

# check NAME DESCRIPTION PATTERN [SECONDS]: the screen comes to show PATTERN.
check() {
    if wait_for "$1" "$3" "${4:-5}"; then ok "$2"; else bad "$2" "$1"; fi
}

# check_not NAME DESCRIPTION PATTERN: the screen does not show PATTERN now.
check_not() {
    if screen "$1" | grep -Eq -- "$3"; then bad "$2" "$1"; else ok "$2"; fi
}

cleanup() { $TMUX_CMD kill-server 2>/dev/null || true; rm -rf "$WORK"; }
