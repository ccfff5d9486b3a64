m = Map.new([{:name, "x"}])
IO.puts(m.name)
IO.puts(m.age)
