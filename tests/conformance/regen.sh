#!/bin/sh
# Regenerate expected outputs from real Elixir (1.14 / OTP 25).
# Usage: ./regen.sh [NAME.exs ...]   (default: all *.exs)
# Writes NAME.out (stdout); on non-zero exit also NAME.status and NAME.err
# (first line of stderr only).
cd "$(dirname "$0")" || exit 1
[ $# -eq 0 ] && set -- *.exs
for f in "$@"; do
  n=${f%.exs}
  rm -f "$n.out" "$n.status" "$n.err"
  elixir "$f" >"$n.out" 2>/tmp/regen_err.$$
  s=$?
  if [ $s -ne 0 ]; then
    echo $s >"$n.status"
    head -1 /tmp/regen_err.$$ >"$n.err"
  fi
done
rm -f /tmp/regen_err.$$
