IO.puts("before")
Enum.reduce([], fn x, acc -> x + acc end)
IO.puts("after")
