for x <- [0.0, -0.0, 1.0, 0.1, 100.0, 1000.0, 12345.0, 1.0e15, 1.0e16, 123.456, 1.0e-4, 1.0e-5, 5.0e-324, 1.7976931348623157e308, -2.5e-7] do
  IO.puts("#{x} | #{Float.to_string(x)} | #{inspect(x)} | #{Float.to_charlist(x)}")
end
IO.inspect(:erlang.float_to_binary(3.14159))
IO.inspect(:erlang.float_to_binary(3.14159, [:short]))
IO.inspect(:erlang.float_to_binary(3.14159, decimals: 3))
IO.inspect(:erlang.float_to_binary(0.125, decimals: 2))
IO.inspect(:erlang.float_to_binary(2.5, decimals: 0))
IO.inspect(:erlang.float_to_binary(-0.0, decimals: 1))
IO.inspect(:erlang.float_to_binary(1.0e20, decimals: 2))
IO.inspect(:erlang.float_to_binary(3.0, [{:decimals, 4}, :compact]))
IO.inspect(:erlang.float_to_binary(3.25, [:compact, {:decimals, 4}]))
IO.inspect(:erlang.float_to_binary(0.1, scientific: 3))
IO.inspect(:erlang.float_to_binary(-123.456, scientific: 0))
IO.inspect(:erlang.float_to_list(2.5))
IO.inspect(:erlang.float_to_list(2.5, decimals: 1))
IO.inspect(:erlang.binary_to_float("1.5e2"))
IO.inspect(:erlang.binary_to_float("-0.0"))
IO.inspect(:erlang.list_to_float('2.75'))
for s <- ["3.14", "3.14abc", "10", "1e3", "1E-2x", "abc", ".5", "-0.5", "+1.5", "1.5e", "1.5e+", "007.5", "1.", "1e500", "-", "2.5.5"] do
  IO.inspect({s, Float.parse(s)})
end
