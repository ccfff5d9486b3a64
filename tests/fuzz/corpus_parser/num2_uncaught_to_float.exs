IO.puts(String.to_float("1.5"))
s = Enum.join(["1", "0"])
IO.puts(String.to_float(s))
