defmodule Cls do
  def char(c) when c in ?a..?z, do: :lower
  def char(c) when c in ?A..?Z, do: :upper
  def char(c) when c in ?0..?9, do: :digit
  def char(c) when c in [?\s, ?\t, ?\n], do: :space
  def char(_), do: :other
  def step(x) when x in 0..100//10, do: :tens
  def step(_), do: :not_tens
  def neg(x) when x not in [1, 2, 3], do: :outside
  def neg(_), do: :inside
end
IO.inspect(Enum.map('aZ5 \t!', &Cls.char/1))
IO.inspect(Enum.map([0, 10, 15, 100, 110], &Cls.step/1))
IO.inspect(Enum.map([1, 4], &Cls.neg/1))
IO.inspect(Cls.char(2.5))
f = fn x when x in [:a, :b] -> :ab; _ -> :no end
IO.inspect({f.(:a), f.(:c)})
