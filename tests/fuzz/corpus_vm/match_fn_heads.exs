defmodule M do
  def kind(x) when is_integer(x), do: :int
  def kind(x) when is_float(x), do: :float
  def kind(x) when is_binary(x), do: :string
  def kind([]), do: :empty_list
  def kind([_ | _]), do: :list
  def kind(%{}), do: :map
  def kind({}), do: :empty_tuple
  def kind(_), do: :other

  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]
end
for v <- [1, 1.5, "s", [], [1], %{}, {}, :atom, {1}] do
  IO.inspect(M.kind(v))
end
IO.inspect(M.len([1, 2, 3, 4]))
IO.inspect(M.zip([1, 2, 3], [:a, :b]))
