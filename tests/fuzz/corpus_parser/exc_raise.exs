try do
  raise "plain message"
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  raise ArgumentError
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  raise ArgumentError, message: "custom arg"
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  raise ArgumentError, "short form"
rescue
  e in ArgumentError -> IO.puts("caught ArgumentError: " <> e.message)
end
try do
  raise RuntimeError
rescue
  e -> IO.inspect(e)
end
r = try do
  raise "x"
rescue
  _ -> :rescued_value
end
IO.inspect(r)
e = RuntimeError.exception("built")
IO.inspect(e)
IO.inspect(is_exception(e))
IO.inspect(is_exception(%{}))
try do
  raise e
rescue
  x -> IO.inspect(x.message)
end
