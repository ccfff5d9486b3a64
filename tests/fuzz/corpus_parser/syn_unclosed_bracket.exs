IO.puts("a")
x = [1, 2
