x = 1
try do
  x.foo
rescue
  e -> IO.inspect(e)
end
s = "str"
try do
  s.bar
rescue
  e -> IO.puts(Exception.message(e))
end
m = %{a: 1}
try do
  m.b
rescue
  e -> IO.puts(Exception.message(e))
end
IO.warn("careful")
IO.puts("after warn")
defmodule S do
  use GenServer
  def init(_), do: {:stop, :nope}
end
IO.inspect(GenServer.start(S, []))
