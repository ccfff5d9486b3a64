defmodule C do
  def classify(x) when is_integer(x) and x > 0, do: :positive
  def classify(x) when is_integer(x) and x < 0, do: :negative
  def classify(0), do: :zero
  def classify(x) when is_atom(x) or is_binary(x), do: :name
  def classify(_), do: :other

  def multi(x) when x == 1 when x == 2, do: :one_or_two
  def multi(_), do: :neither

  def range(x) when x in 1..10, do: :in_range
  def range(x) when x in [:a, :b], do: :in_list
  def range(_), do: :out

  def not_guard(x) when not is_nil(x), do: :present
  def not_guard(_), do: :absent
end
IO.inspect(Enum.map([5, -3, 0, :foo, "bar", 1.5], &C.classify/1))
IO.inspect(Enum.map([1, 2, 3], &C.multi/1))
IO.inspect(Enum.map([5, 11, :a, :c, 3.0], &C.range/1))
IO.inspect({C.not_guard(1), C.not_guard(nil)})
f = fn
  x when x > 10 and x < 20 -> :teen
  x when rem(x, 2) == 0 -> :even
  _ -> :odd
end
IO.inspect(Enum.map([15, 4, 7], f))
