IO.inspect is_integer(System.monotonic_time())
IO.inspect is_integer(System.monotonic_time(:millisecond))
IO.inspect is_integer(System.system_time())
IO.inspect is_integer(System.system_time(:second))
IO.inspect is_integer(System.os_time(:millisecond))
IO.inspect System.convert_time_unit(1_000_000_000, :native, :millisecond)
IO.inspect System.convert_time_unit(5, :second, :millisecond)
IO.inspect is_integer(:os.system_time(:millisecond))
IO.inspect is_integer(:erlang.system_time(1000))
IO.inspect is_integer(:erlang.unique_integer([:positive]))
IO.inspect is_integer(System.unique_integer([:positive, :monotonic]))
IO.inspect System.convert_time_unit(1999, :millisecond, :second)
IO.inspect System.convert_time_unit(-1, :millisecond, :second)
IO.inspect System.convert_time_unit(3, :second, 1000)
IO.inspect :erlang.convert_time_unit(1, :seconds, :milli_seconds)
a = System.unique_integer([:positive, :monotonic])
b = System.unique_integer([:positive, :monotonic])
IO.inspect b > a
t0 = System.monotonic_time(:millisecond)
Process.sleep(20)
IO.inspect System.monotonic_time(:millisecond) - t0 >= 20
try do
  System.monotonic_time(:fortnight)
rescue
  e -> IO.inspect(e.__struct__)
end
