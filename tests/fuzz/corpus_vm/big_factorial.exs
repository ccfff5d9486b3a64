defmodule F do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)
end
IO.inspect(F.fact(20))
IO.inspect(F.fact(21))
IO.inspect(F.fact(25))
IO.inspect(F.fact(50))
IO.inspect(F.fact(100))
IO.inspect(Enum.reduce(1..30, &*/2))
IO.puts(F.fact(30))
IO.inspect(F.fact(30) == Enum.reduce(1..30, &*/2))
IO.inspect(String.length(Integer.to_string(F.fact(200))))
