#!/bin/sh
# The UI as a person drives it: tests/ui/run.sh [path/to/proclab]. Prints one
# line per check and ends with "N passed, N failed" (exit 1 on a failure).
cd "$(dirname "$0")/../.." || exit 2
BIN=$(cd "$(dirname "${1:-build/proclab}")" && pwd)/$(basename "${1:-build/proclab}")
WORK=$(mktemp -d)
. tests/ui/lib.sh
trap cleanup EXIT
if ! command -v tmux >/dev/null 2>&1; then
    echo "tmux is missing (apt-get install tmux)"
    echo "0 passed, 1 failed"
    exit 1
fi
export PROCLAB_HISTORY="$WORK/history" TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8
P="$BIN"
# A session that outlives the others: the server must not exit (and race the
# next new-session) each time a test's session ends.
$TMUX_CMD new-session -d -s keep "sleep 100000"

# ---- Start-up: every pane, the prompt ready ----
start a 100 30 "$P"
check a "start-up shows the playground pane" "Playground"
check a "start-up shows the processes pane" "Processes 1"
check a "start-up shows the mailbox pane" "Mailbox <0.80.0>"
check a "start-up shows the messages pane" "Messages"
check a "start-up shows the prompt" "iex\(1\)>"
check a "the status bar says which mode is on" "INSERT"
check a "the iex shell is a process in the tree" "<0.80.0> iex shell"

# ---- A process appears, gets a message, exits ----
type_text a 'pid = spawn(fn -> receive do m -> m end end)'; keys a Enter
check a "spawn prints the pid" "#PID<0.81.0>"
check a "the new process is in the tree, waiting" "└─. <0.81.0> fn"
check a "the mailbox follows the new process" "Mailbox <0.81.0>"
check a "its receive waits, and says for what" "receive waits for: m +│"
esc a
check a "Esc gives the keys to the panes" "NORMAL"
keys a Space
check a "space pauses" "paused"
keys a i
type_text a 'send(pid, :hi)'; keys a Enter
check a "the send is evaluated while paused" "^│:hi +│"
check a ":hi waits in the mailbox" "1 :hi"
check a "an arrow with :hi in the diagram" "─+:hi─+▶"
esc a
keys a s
sleep 0.3
keys a s
check a "stepping shows the exit in the diagram" "✖ exit :normal"
check a "the exited process stays in the tree with its reason" "<0.81.0> fn +exited :normal"
keys a Space
check a "space runs again" "run x1"

# ---- Help overlay ----
keys a '?'
check a "? shows the keys" "run / pause the engine"
check a "the help lists the exit-signal key" "send the selected process an exit signal"
esc a
sleep 0.3
check_not a "Esc closes the help" "run / pause the engine"

# ---- Resize: the size message, then a redraw ----
resize a 60 20
check a "60x20 asks for a bigger terminal" "make the terminal at least 80x24"
check_not a "no pane is drawn at 60x20" "Playground"
resize a 100 30
check a "100x30 redraws every pane" "Playground"
check a "the prompt is back after the resize" "iex <0.80.0>"

# ---- Quit restores the terminal ----
keys a q
check a "q quits and the shell's terminal comes back" "DONE-a"
if grep -q -- "-icanon\|-echo " "$WORK/a.stty"; then bad "the terminal is restored after q"; else ok "the terminal is restored after q"; fi
stop a

# ---- A supervisor with three children; x restarts one ----
start b 100 30 "$P"
check b "second session starts" "iex\(1\)>"
type_text b 'children = for i <- 1..3, do: Supervisor.child_spec({Agent, fn -> i end}, id: i)'; keys b Enter
type_text b 'Supervisor.start_link(children, strategy: :one_for_one, name: :sup)'; keys b Enter
check b "the supervisor is in the tree" "└─◌ <0.81.0> sup supervisor"
check b "its first child" "  ├─◌ <0.82.0>"
check b "its second child" "  ├─◌ <0.83.0>"
check b "its last child" "  └─◌ <0.84.0>"
click b 56 4
check b "a click on a row selects that process" "Mailbox <0.82.0>"
check b "a click gives the keys to the panes" "NORMAL"
keys b j
check b "j selects the next child" "Mailbox <0.83.0>"
keys b x
check b "x offers the exit reasons" "k  :kill"
keys b k
check b "the killed child shows its reason" "<0.83.0> Agent +exited :killed"
check b "its replacement takes its place, marked as a restart" "├─◌ <0.85.0> ↻1"
check b "the diagram shows the restart" "restarted #PID<0.83.0>"
keys b j Enter
check b "Enter shows Process.info of the replacement" "Process.info\(<0.85.0>\)"
check b "Process.info lists the links" "links:"
esc b
keys b t
check b "t switches to the table" "PID. +NAME +STATUS +CURRENT"
keys b o
check b "o switches the diagram to the OTP level" "OTP\|raw"
keys b C-c
check b "Ctrl-C quits when nothing is evaluating" "DONE-b"
if grep -q -- "-icanon\|-echo " "$WORK/b.stty"; then bad "the terminal is restored after Ctrl-C"; else ok "the terminal is restored after Ctrl-C"; fi
stop b

# ---- A runaway loop at the prompt: the UI answers, Ctrl-C stops it ----
start c 100 30 "$P"
check c "third session starts" "iex\(1\)>"
type_text c 'IO.write("same line")'; keys c Enter
check c "IO.write's text and the result share a line, as in iex" "^│same line:ok +│"
type_text c 'spawn(fn -> IO.write("no newline") end)'; keys c Enter
check c "a process's output without a newline shows" "^│no newline +│"
type_text c '1 + 1'; keys c Enter
check c "the next input's echo is not glued to it" "^│iex\(3\)> 1 \+ 1 +│"
type_text c 'half typed'; keys c C-c
sleep 0.3
check_not c "Ctrl-C drops a half-typed line" "half typed"
check c "... and does not quit" "iex\(4\)>"
type_text c 'defmodule L do def loop(n), do: loop(n + 1) end'; keys c Enter
type_text c 'L.loop(0)'; keys c Enter
check c "the prompt says it is evaluating" "evaluating \(Ctrl-C stops\)"
esc c
keys c t
check c "the UI still answers keys during the loop" "PID. +NAME"
keys c C-c
check c "Ctrl-C stops the evaluation" "shell process exited with reason: killed"
check c "a fresh shell takes over" "iex\(1\)>"
stop c

# ---- A crash signal still restores the terminal ----
start d 100 30 "$P"
check d "fourth session starts" "iex\(1\)>"
pkill -SEGV -f "^$P\$" 2>/dev/null || kill -SEGV "$(pgrep -f "^$P\$" | head -1)" 2>/dev/null
check d "after SIGSEGV the shell comes back" "DONE-d"
if grep -q -- "-icanon\|-echo " "$WORK/d.stty"; then bad "the terminal is restored after a crash"; else ok "the terminal is restored after a crash"; fi
stop d

# ---- NO_COLOR and --ascii ----
start e 100 30 "NO_COLOR=1 $P --ascii"
check e "--ascii draws with ASCII lines" "^\+ Playground -+"
# 39/49 are "default colour", which tmux writes for plain cells too
if screen_esc e | grep -q "$(printf '\033')\[[34][0-7]m\|$(printf '\033')\[[34]8;"; then
    bad "NO_COLOR: no colours on screen" e
else
    ok "NO_COLOR: no colours on screen"
fi
stop e
start f 100 30 "$P"
check f "colour session starts" "Playground"
if screen_esc f | grep -q "$(printf '\033')\[[34][0-7]m\|$(printf '\033')\[[34]8;"; then
    ok "without NO_COLOR there is colour"
else
    bad "without NO_COLOR there is colour" f
fi
stop f

# ---- proclab repl: a line REPL, with and without a terminal ----
start g 100 20 "$P repl"
check g "proclab repl shows the iex prompt" "iex\(1\)>"
type_text g '1 + 1'; keys g Enter
check g "1 + 1 evaluates to 2" "^2$"
type_text g 'send(self(), :hello)'; keys g Enter
type_text g 'flush()'; keys g Enter
check g "flush() prints the message sent, then :ok" "^:ok$"
keys g C-d
check g "Ctrl-D leaves the repl" "DONE-g"
stop g
out=$(printf '1 + 1\nsend(self(), :hi)\nflush()\n' | "$P" repl 2>&1)
case "$out" in
*"iex(1)> 2"*"iex(3)> :hi"*) ok "proclab repl < file works without a terminal" ;;
*) bad "proclab repl < file works without a terminal"; echo "$out" ;;
esac

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
