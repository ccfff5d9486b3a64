inc = &(&1 + 1)
IO.inspect(inc.(1))
add = &(&1 + &2)
IO.inspect(add.(2, 3))
up = &String.upcase/1
IO.inspect(up.("abc"))
IO.inspect(Enum.map([1, 2], &Integer.to_string/1))
pair = &{&1, &2}
IO.inspect(pair.(:a, :b))
wrap = &[&1]
IO.inspect(wrap.(5))
mp = &%{key: &1}
IO.inspect(mp.(1))
sw = &{&2, &1}
IO.inspect(sw.(1, 2))
defmodule Cap do
  def double(x), do: x * 2
  def run do
    f = &double/1
    Enum.map([1, 2, 3], f)
  end
end
IO.inspect(Cap.run())
IO.inspect(Enum.map([1, 2], &Cap.double/1))
IO.inspect((&Kernel.+/2).(1, 2))
IO.inspect(Enum.reduce([1, 2, 3], &+/2))
IO.inspect(Enum.map(["a", "b"], &(&1 <> "!")))
IO.inspect(Function.identity(:same))
IO.inspect(Enum.map([1, 2], &Function.identity/1))
IO.inspect(is_function(&Cap.double/1, 1))
IO.inspect(Enum.map([{1, 2}, {3, 4}], &elem(&1, 1)))
str = &"value: #{&1}"
IO.inspect(str.(42))
