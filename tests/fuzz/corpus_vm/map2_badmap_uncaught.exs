x = String.to_atom("x")
Map.get(x, :a)
