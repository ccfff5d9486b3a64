defmodule Q do
  def new, do: {[], []}
  def push({front, back}, x), do: {front, [x | back]}
  def pop({[], []}), do: {:empty, new()}
  def pop({[], back}), do: pop({Enum.reverse(back), []})
  def pop({[x | f], back}), do: {{:value, x}, {f, back}}
  def size({f, b}), do: length(f) + length(b)
  def to_list({f, b}), do: f ++ Enum.reverse(b)
end
q = Enum.reduce(1..5, Q.new(), &Q.push(&2, &1))
IO.inspect(q)
IO.inspect(Q.to_list(q))
{v, q} = Q.pop(q)
IO.inspect(v)
IO.inspect(q)
q = Q.push(q, 6)
IO.inspect(Q.size(q))
{items, q} = Enum.map_reduce(1..7, q, fn _, acc -> Q.pop(acc) end)
IO.inspect(items)
IO.inspect(q)
