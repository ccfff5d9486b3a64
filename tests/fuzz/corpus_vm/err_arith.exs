a = 10
b = Enum.count([])
IO.puts("dividing")
IO.inspect(a / b)
