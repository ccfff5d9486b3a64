defmodule Temp do
  def c_to_f(c), do: c * 9 / 5 + 32
  def f_to_c(f), do: (f - 32) * 5 / 9
  def fmt(x), do: :erlang.float_to_binary(x / 1, decimals: 1)
end
IO.puts("    C       F")
for c <- -40..100//20 do
  IO.puts(String.pad_leading(Integer.to_string(c), 5) <> String.pad_leading(Temp.fmt(Temp.c_to_f(c)), 8))
end
readings = [22.5, 19.0, 24.75, 18.25, 21.0, 23.5, 20.0]
avg = Enum.sum(readings) / length(readings)
IO.inspect(avg)
IO.puts("avg #{Float.round(avg, 2)}")
IO.puts("min #{Enum.min(readings)} max #{Enum.max(readings)}")
IO.inspect(Enum.map(readings, &Temp.c_to_f/1))
IO.inspect(Temp.f_to_c(98.6))
IO.inspect(Float.round(Temp.f_to_c(98.6), 1))
variance = Enum.sum(Enum.map(readings, &((&1 - avg) * (&1 - avg)))) / length(readings)
IO.inspect(Float.round(:math.sqrt(variance), 4))
