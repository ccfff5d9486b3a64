defmodule HO do
  def twice(f), do: fn x -> f.(f.(x)) end
  def apply_n(_f, 0, x), do: x
  def apply_n(f, n, x), do: apply_n(f, n - 1, f.(x))
  def adder(n), do: &(&1 + n)
  def pipeline(fs), do: fn x -> Enum.reduce(fs, x, fn f, acc -> f.(acc) end) end
end
IO.inspect(HO.twice(&(&1 * 3)).(2))
IO.inspect(HO.apply_n(&(&1 * 2), 10, 1))
add5 = HO.adder(5)
IO.inspect(add5.(10))
p = HO.pipeline([&(&1 + 1), &(&1 * 10), &Integer.to_string/1])
IO.inspect(p.(4))
IO.inspect(apply(HO, :apply_n, [&(&1 + 1), 3, 0]))
IO.inspect(apply(fn a, b -> a - b end, [10, 3]))
IO.inspect(apply(Enum, :sum, [[1, 2, 3]]))
IO.inspect(5 |> then(&(&1 + 1)))
IO.inspect([1, 2, 3] |> tap(&IO.inspect(length(&1), label: "len")) |> Enum.sum())
IO.inspect(Enum.map([1, 2, 3], HO.twice(fn x -> x + 10 end)))
fns = %{double: &(&1 * 2), square: &(&1 * &1)}
IO.inspect(fns.double.(7))
IO.inspect(fns[:square].(7))
IO.inspect(Enum.map(fns, fn {name, f} -> {name, f.(3)} end))
IO.inspect(:erlang.fun_info(&HO.adder/1, :arity))
IO.inspect(Function.info(&HO.adder/1, :name))
