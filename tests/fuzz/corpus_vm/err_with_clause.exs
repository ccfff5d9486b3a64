r = with {:ok, v} <- {:error, :nope}, do: v, else: (:other -> :x)
IO.inspect(r)
