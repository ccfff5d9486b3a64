# :erlang.binary_to_term/1,2: round trips, options and malformed input.
round = fn t -> IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(t)) === t) end
for t <- [0, -1, 2147483648, Integer.pow(7, 200), -0.0, 1.5, :ok, :"日本", {}, {1, [2]},
          [], [1 | 2], ~c"abc", "bin", %{a: [1]}, Map.new(1..50, fn i -> {i, -i} end),
          &Enum.map/2, {self(), make_ref()}, [[[[[[]]]]]]] do
  round.(t)
end
dec = fn b, opts ->
  try do
    IO.inspect(:erlang.binary_to_term(b, opts))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
dec.(<<131, 97, 1, 5>>, [:used])
dec.(<<131, 100, 0, 3, "abc", 9, 9>>, [])
dec.(<<131, 115, 3, "abc">>, [])
dec.(<<131, 118, 0, 2, "ok">>, [])
dec.("\x83c1.5" <> String.duplicate(<<0>>, 28), [])
dec.(<<131, 110, 2, 1, 5, 0>>, [])
dec.(<<131, 110, 0, 0>>, [])
dec.(<<131, 111, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>>, [])
dec.(<<131, 108, 0, 0, 0, 0, 97, 1>>, [])
dec.(<<131, 77, 0, 0, 0, 1, 8, 5>>, [])
dec.(<<131, 113, 100, 0, 4, "lists", 100, 0, 7, "reverse", 97, 1>>, [])
dec.(<<131, 113, 100, 0, 5, "lists", 100, 0, 7, "reverse", 98, 0, 0, 0, 1>>, [])
dec.(<<131, 100, 0, 3, "abc">>, [:safe])
dec.(<<131, 100, 0, 9, "zq_nope_1">>, [:safe])
dec.(<<131, 97, 1>>, [:safe, :used])
# malformed
dec.(<<>>, [])
dec.(<<131>>, [])
dec.(<<130, 97, 1>>, [])
dec.(<<131, 97>>, [])
dec.(<<131, 104, 2, 97, 1>>, [])
dec.(<<131, 108, 255, 255, 255, 255, 97, 1>>, [])
dec.(<<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>, [])
dec.(<<131, 70, 127, 240, 0, 0, 0, 0, 0, 0>>, [])
dec.(<<131, 119, 2, 0xc0, 0x80>>, [])
dec.(<<131, 100, 1, 0, 97>>, [])
dec.("\x83c 1.5" <> String.duplicate(<<0>>, 27), [])
dec.(<<131, 77, 0, 0, 0, 0, 8>>, [])
dec.(<<131, 88, 100, 0, 13, "nonode@nohost", 0, 0, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0>>, [])
dec.(<<131, 200>>, [])
dec.(<<131, 97, 1>>, [:bogus])
dec.(:not_a_binary, [])
