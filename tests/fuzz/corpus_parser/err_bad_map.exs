s = Enum.join(["a", "b"])
IO.inspect(Map.put(s, :k, 1))
