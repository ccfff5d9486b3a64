defmodule Collatz do
  def steps(1), do: 0
  def steps(n) when rem(n, 2) == 0, do: 1 + steps(div(n, 2))
  def steps(n), do: 1 + steps(3 * n + 1)
  def sequence(1), do: [1]
  def sequence(n) when rem(n, 2) == 0, do: [n | sequence(div(n, 2))]
  def sequence(n), do: [n | sequence(3 * n + 1)]
end
IO.inspect(Collatz.sequence(6))
IO.inspect(Collatz.sequence(27) |> length())
IO.inspect(Collatz.sequence(27) |> Enum.max())
IO.inspect(Enum.map(1..15, &Collatz.steps/1))
{n, s} = Enum.max_by(1..10_000, &Collatz.steps/1) |> then(&{&1, Collatz.steps(&1)})
IO.puts("longest under 10000: #{n} with #{s} steps")
IO.inspect(Collatz.steps(Integer.pow(2, 100) + 1))
