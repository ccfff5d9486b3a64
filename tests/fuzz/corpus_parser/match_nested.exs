data = {:user, %{name: "Bob", roles: [:admin, :dev], address: {:addr, "Main St", 12}}}
{:user, %{name: name, roles: [first_role | _], address: {:addr, street, num}}} = data
IO.puts("#{name} #{first_role} #{street} #{num}")
[{_, [_, {inner, _}]}] = [{:x, [1, {:got, 2}]}]
IO.inspect(inner)
defmodule Shape do
  def area({:rect, w, h}), do: w * h
  def area({:circle, r}), do: 3.14159 * r * r
  def area({:tri, b, h}), do: b * h / 2
  def area(_), do: :unknown
  def describe([]), do: "nothing"
  def describe([{kind, _} | rest]), do: "#{kind}+" <> describe(rest)
  def describe([shape | rest]), do: "#{elem(shape, 0)}," <> describe(rest)
end
IO.inspect(Shape.area({:rect, 3, 4}))
IO.inspect(Shape.area({:circle, 1}))
IO.inspect(Shape.area({:tri, 3, 5}))
IO.inspect(Shape.area(:hex))
IO.puts(Shape.describe([{:circle, 1}, {:rect, 1, 2}, {:tri, 1, 1}]))
fun = fn {:ok, %{items: [_ | _] = items}} -> length(items); _ -> 0 end
IO.inspect(fun.({:ok, %{items: [1, 2]}}))
IO.inspect(fun.({:ok, %{items: []}}))
whole = {:a, _inner = [1, 2]} = {:a, [1, 2]}
IO.inspect(whole)
