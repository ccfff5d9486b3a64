<<len::8, payload::binary-size(3), rest::binary>> = <<3, "abcdef">>
IO.inspect({len, payload, rest})
<<a::16, b::16>> = <<1, 2, 3, 4>>
IO.inspect({a, b})
<<x::little-16>> = <<1, 2>>
IO.inspect(x)
<<s::signed-8>> = <<255>>
IO.inspect(s)
<<u::unsigned-8>> = <<255>>
IO.inspect(u)
<<f::float>> = <<1.5::float>>
IO.inspect(f)
<<first::utf8, rest2::binary>> = "日本"
IO.inspect({first, rest2})
parse = fn
  <<"v", ver::binary-size(1), ":", body::binary>> -> {:versioned, ver, body}
  <<c, _::binary>> when c in ?0..?9 -> :numeric
  _ -> :other
end
IO.inspect(parse.("v2:data"))
IO.inspect(parse.("42"))
IO.inspect(parse.("x"))
defmodule BinCount do
  def ones(<<>>), do: 0
  def ones(<<1::1, rest::bitstring>>), do: 1 + ones(rest)
  def ones(<<0::1, rest::bitstring>>), do: ones(rest)
end
IO.inspect(BinCount.ones(<<255, 1, 3>>))
<<h::binary-size(2), _::binary>> = "hello"
IO.inspect(h)
<<bits::bitstring-size(4), _::bitstring>> = <<0xF0>>
IO.inspect(bits)
