IO.inspect(&Enum.map/2)
IO.inspect(&String.upcase/1)
IO.inspect(&:lists.reverse/1)
IO.inspect(&Kernel.+/2)
IO.inspect(&is_atom/1)
IO.inspect(inspect(&List.first/1))
IO.inspect([&Enum.sum/1, &Enum.count/1])
IO.inspect(is_function(fn -> 1 end))
defmodule Fm do
  def f(x), do: x
end
IO.inspect(&Fm.f/1)
