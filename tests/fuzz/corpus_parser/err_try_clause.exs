v = String.to_atom("unexpected")
try do
  v
rescue
  ArgumentError -> :never
else
  :expected -> :ok
end
