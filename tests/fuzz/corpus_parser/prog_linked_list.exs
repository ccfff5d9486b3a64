defmodule LL do
  # list as nested tuples {head, tail} | :nil
  def from_list(l), do: List.foldr(l, :nil, fn x, acc -> {x, acc} end)
  def to_list(:nil), do: []
  def to_list({h, t}), do: [h | to_list(t)]
  def reverse(l), do: reverse(l, :nil)
  defp reverse(:nil, acc), do: acc
  defp reverse({h, t}, acc), do: reverse(t, {h, acc})
  def map(:nil, _), do: :nil
  def map({h, t}, f), do: {f.(h), map(t, f)}
  def length(:nil), do: 0
  def length({_, t}), do: 1 + __MODULE__.length(t)
  def nth({h, _}, 0), do: {:ok, h}
  def nth({_, t}, n), do: nth(t, n - 1)
  def nth(:nil, _), do: :error
end
l = LL.from_list([1, 2, 3, 4])
IO.inspect(l)
IO.inspect(LL.to_list(LL.reverse(l)))
IO.inspect(LL.map(l, &(&1 * &1)))
IO.inspect(LL.length(l))
IO.inspect(LL.nth(l, 2))
IO.inspect(LL.nth(l, 10))
IO.inspect(LL.from_list([]))
IO.inspect(LL.from_list(Enum.to_list(1..30)))
