IO.puts("calling undefined")
m = String.to_atom("Elixir.Nope")
m.missing(1, 2)
