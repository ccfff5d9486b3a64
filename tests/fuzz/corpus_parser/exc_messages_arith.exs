show = fn f ->
  try do
    f.()
  rescue
    e -> IO.inspect(e); IO.puts(Exception.message(e))
  end
end
zero = 0
one = 1
show.(fn -> one / zero end)
show.(fn -> div(one, zero) end)
show.(fn -> rem(one, zero) end)
show.(fn -> :erlang.div(10, zero) end)
a = String.to_atom("a")
show.(fn -> one + a end)
show.(fn -> -a end)
show.(fn -> 1.0e308 * (one * 10.0) end)
show.(fn -> :math.log(zero) end)
show.(fn -> :math.sqrt(-one) end)
show.(fn -> Integer.pow(2, -one) end)
