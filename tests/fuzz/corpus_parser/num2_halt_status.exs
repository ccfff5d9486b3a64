IO.puts("about to halt")
if String.length("abc") == 3, do: System.halt(7)
IO.puts("not reached")
