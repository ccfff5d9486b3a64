IO.puts("before")
x = 1
IO.inspect(x + y)
