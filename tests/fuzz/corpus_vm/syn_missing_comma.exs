IO.puts(1 2)
