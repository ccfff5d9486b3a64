IO.puts("before")
x = Enum.sum([1, 1])
{:ok, _} = {:error, x}
IO.puts("never")
