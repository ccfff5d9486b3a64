s = Enum.join(["1", " ", "2"])
IO.puts(String.to_integer("12"))
IO.puts(String.to_integer(s))
