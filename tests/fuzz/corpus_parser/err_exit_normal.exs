IO.puts("exiting normally")
exit(:normal)
IO.puts("not reached")
