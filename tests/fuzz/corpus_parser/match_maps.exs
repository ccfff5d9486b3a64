%{a: a} = %{a: 1, b: 2}
IO.inspect(a)
%{} = %{x: 1}
IO.puts("empty map pattern matches any map")
%{"name" => name, "age" => age} = %{"name" => "Ann", "age" => 30, "extra" => true}
IO.puts("#{name} is #{age}")
%{a: %{b: deep}} = %{a: %{b: :found}}
IO.inspect(deep)
f = fn
  %{type: :circle, r: r} -> 3 * r * r
  %{type: :square, side: s} -> s * s
  %{} -> :unknown
end
IO.inspect(f.(%{type: :circle, r: 2}))
IO.inspect(f.(%{type: :square, side: 3}))
IO.inspect(f.(%{type: :tri}))
k = "key"
%{^k => v} = %{"key" => :pinned}
IO.inspect(v)
case %{status: 404} do
  %{status: 200} -> IO.puts("ok")
  %{status: code} when code >= 400 -> IO.puts("error #{code}")
end
%{1 => one, {2} => two} = %{1 => :a, {2} => :b}
IO.inspect({one, two})
m = %{list: [1, 2, 3]}
%{list: [lh | _]} = m
IO.inspect(lh)
