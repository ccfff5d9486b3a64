# :erlang.term_to_binary/1,2 byte for byte as OTP 25 writes the external format.
show = fn t, opts -> IO.inspect(:erlang.term_to_binary(t, opts), limit: :infinity) end
terms = [
  0, 255, 256, -1, 2147483647, -2147483648, 2147483648, -2147483649,
  1152921504606846976, Integer.pow(2, 64), -Integer.pow(2, 64), Integer.pow(2, 2048),
  0.0, -0.0, 1.5, 0.1, 1.0e300, 5.0e-324,
  :a, true, nil, :"héllo", :"日本", :"",
  {}, {1, 2, 3}, {:ok, {:nested, [1, 2]}},
  [], [1, 2, 3], ~c"hello", [256], [1 | 2], [1, 2 | :tail], [[]], [-1], [1.0],
  <<>>, "hello", <<0, 255, 1>>,
  %{}, %{a: 1}, %{b: 1, a: 2, c: 3}, %{1 => :a, 1.0 => :b}, %{"k" => [1], {1} => %{}},
  Map.new(1..33, fn i -> {i, i} end),
  &Enum.map/2, &:lists.reverse/1,
  {[1, 2], %{x: [3.5 | "t"]}, <<1>>, -7}
]
for t <- terms, do: show.(t, [])
for t <- [:abc, :"héllo", 1.5, {:a, 2.5}], do: show.(t, minor_version: 2)
for t <- [:abc, :"héllo", :"日本", 1.5, 0.1, -2.5e-10], do: show.(t, minor_version: 0)
show.(Map.new(1..40, fn i -> {i * 3, i} end), [])
show.(Map.new(1..40, fn i -> {i * 3, i} end), [:deterministic])
# :compressed on small terms: OTP keeps the plain encoding when zlib gains nothing.
for t <- [1, :hello, {1, 2}, "abc", [1, 2, 3], 1.5], do: show.(t, [:compressed])
show.({:a, "xyz"}, [{:compressed, 9}])
show.({:a, "xyz"}, [{:compressed, 0}])
show.(String.duplicate("a", 100), [{:compressed, 0}])
length = byte_size(:erlang.term_to_binary(Enum.to_list(1..65535)))
IO.inspect(length)
IO.inspect(byte_size(:erlang.term_to_binary(Enum.to_list(1..65536))))
IO.inspect(byte_size(:erlang.term_to_binary(List.to_tuple(Enum.to_list(1..300)))))
try do
  :erlang.term_to_binary(1, [:bogus])
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :erlang.term_to_binary(1, [{:minor_version, 3}])
rescue
  e -> IO.puts(Exception.message(e))
end
