{a, b, c} = {1, 2, 3}
IO.inspect({c, b, a})
{:ok, v} = {:ok, "val"}
IO.inspect(v)
{x, {y, z}} = {1, {2, 3}}
IO.inspect(x + y + z)
{_, second, _} = {:a, :b, :c}
IO.inspect(second)
{} = {}
IO.puts("empty tuple matched")
t = {:point, 3, 4}
{:point, px, py} = t
IO.inspect(:math.sqrt(px * px + py * py))
result = case {1, 2} do
  {1, n} when n > 5 -> :big
  {1, n} -> {:small, n}
end
IO.inspect(result)
{a, a} = {5, 5}
IO.inspect(a)
outcome = case {1, 2} do
  {q, q} -> :same
  {_, _} -> :different
end
IO.inspect(outcome)
{:ok, {:nested, [deep]}} = {:ok, {:nested, [:value]}}
IO.inspect(deep)
