defmodule Bowling do
  def score(rolls), do: frame(rolls, 1, 0)
  defp frame(_, 11, acc), do: acc
  defp frame([10 | rest], f, acc), do: frame(rest, f + 1, acc + 10 + Enum.sum(Enum.take(rest, 2)))
  defp frame([a, b | rest], f, acc) when a + b == 10, do: frame(rest, f + 1, acc + 10 + hd(rest))
  defp frame([a, b | rest], f, acc), do: frame(rest, f + 1, acc + a + b)
  defp frame(_, _, acc), do: acc
end
IO.inspect(Bowling.score(List.duplicate(0, 20)))
IO.inspect(Bowling.score(List.duplicate(1, 20)))
IO.inspect(Bowling.score([5, 5, 3 | List.duplicate(0, 17)]))
IO.inspect(Bowling.score([10, 3, 4 | List.duplicate(0, 16)]))
IO.inspect(Bowling.score(List.duplicate(10, 12)))
IO.inspect(Bowling.score(List.duplicate(5, 21)))
IO.inspect(Bowling.score([10, 9, 1, 5, 5, 7, 2, 10, 10, 10, 9, 0, 8, 2, 9, 1, 10]))
