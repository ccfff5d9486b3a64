show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
  end
end
v = :val
show.(fn ->
  try do
    v
  else
    :other -> :other
  end
end)
show.(fn -> :erlang.error(:my_reason) end)
show.(fn -> :erlang.error({:tuple, 1}) end)
show.(fn -> :erlang.error(:badarg) end)
show.(fn -> :erlang.list_to_atom(v) end)
show.(fn -> :erlang.binary_to_integer("nope") end)
show.(fn -> raise(%{v: 1}) end)
show.(fn -> :erlang.element(3, {v}) end)
show.(fn -> Enum.fetch!([1, 2], 5) end)
show.(fn -> Enum.reduce([], &+/2) end)
show.(fn -> Enum.max([]) end)
show.(fn -> List.first(v) end)
show.(fn -> tuple_size(v) end)
show.(fn -> String.length(v) end)
