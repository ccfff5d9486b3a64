defmodule G do
  def t(x) when is_integer(x), do: "integer"
  def t(x) when is_float(x), do: "float"
  def t(x) when is_boolean(x), do: "boolean"
  def t(x) when is_nil(x), do: "nil"
  def t(x) when is_atom(x), do: "atom"
  def t(x) when is_binary(x), do: "binary"
  def t(x) when is_bitstring(x), do: "bitstring"
  def t(x) when is_list(x), do: "list"
  def t(x) when is_map(x), do: "map"
  def t(x) when is_tuple(x), do: "tuple"
  def t(x) when is_function(x, 0), do: "fun/0"
  def t(x) when is_function(x), do: "function"
end
for v <- [1, 2.0, true, nil, :a, "s", <<1::3>>, [1], %{}, {1}, fn -> 1 end, fn x -> x end] do
  IO.puts(G.t(v))
end
IO.inspect(is_number(1))
IO.inspect(is_number(:a))
IO.inspect(is_struct(%{}))
IO.inspect(is_map_key(%{a: 1}, :a))
IO.inspect(is_function(&is_atom/1, 1))
IO.inspect(is_function(&is_atom/1, 2))
