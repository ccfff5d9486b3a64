"foo" <> rest = "foobar"
IO.inspect(rest)
"" <> all = "everything"
IO.inspect(all)
f = fn
  "GET " <> path -> {:get, path}
  "POST " <> path -> {:post, path}
  other -> {:unknown, other}
end
IO.inspect(f.("GET /index"))
IO.inspect(f.("POST /form"))
IO.inspect(f.("DELETE /x"))
<<a, b, rest2::binary>> = "hello"
IO.inspect({a, b, rest2})
<<x::8, y::16>> = <<1, 2, 3>>
IO.inspect({x, y})
"é" <> r = "été"
IO.inspect(r)
<<c::utf8, _::binary>> = "ñu"
IO.inspect(c)
case "key=value" do
  "key=" <> value -> IO.puts("value is #{value}")
end
<<n::size(4), m::size(4)>> = <<0xAB>>
IO.inspect({n, m})
