show = fn f ->
  try do
    f.()
  rescue
    e -> IO.inspect(e); IO.puts(Exception.message(e))
  end
end
v = 2
show.(fn -> {:ok, _} = {:error, v} end)
show.(fn -> [_] = [v, v] end)
show.(fn -> 1 = v end)
show.(fn ->
  case v do
    1 -> :one
  end
end)
show.(fn ->
  cond do
    v == 1 -> :one
  end
end)
show.(fn -> with {:ok, x} <- {:err, v}, do: x, else: (:nope -> :nope) end)
show.(fn -> "abc" <> _ = "xyz#{v}" end)
show.(fn -> %{a: _} = %{b: v} end)
