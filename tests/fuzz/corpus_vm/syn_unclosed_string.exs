IO.puts("hello)
