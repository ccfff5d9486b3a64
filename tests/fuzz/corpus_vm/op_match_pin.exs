x = 1
IO.inspect(x)
x = 2
IO.inspect(x)
^x = 2
IO.inspect(:pinned_ok)
{a, b} = {1, 2}
IO.inspect(a + b)
[h | t] = [1, 2, 3]
IO.inspect({h, t})
y = 5
case 5 do
  ^y -> IO.puts("matched pin")
  _ -> IO.puts("no")
end
case 6 do
  ^y -> IO.puts("matched pin")
  other -> IO.puts("other #{other}")
end
z = (w = 3) + 1
IO.inspect({w, z})
v = u = 7
IO.inspect({u, v})
key = :k
%{^key => val} = %{k: 42}
IO.inspect(val)
{^x, q} = {2, :q}
IO.inspect(q)
r = 10
f = fn ^r -> :ten; _ -> :not_ten end
IO.inspect({f.(10), f.(11)})
