_ = 42
_ignored = 43
IO.puts("underscore vars ok")
{x, x} = {1, 1}
IO.inspect(x)
[y, y, y] = [:a, :a, :a]
IO.inspect(y)
r = case {1, 1.0} do
  {z, z} -> :same
  _ -> :differ
end
IO.inspect(r)
{a, _b} = {1, 2}
IO.inspect(a)
n = 1
{n, m} = {2, 3}
IO.inspect({n, m})
g = fn {k, k} -> :eq; {_, _} -> :ne end
IO.inspect({g.({1, 1}), g.({1, 2}), g.({[1], [1]})})
%{a: v, b: v} = %{a: 5, b: 5}
IO.inspect(v)
list = [1, 2, 3]
[_ | same_tail] = list
IO.inspect(same_tail)
