IO.puts("start")
defmodule Boom do
  def go(n) when n > 2, do: raise("exploded at #{n}")
  def go(n), do: go(n + 1)
end
Boom.go(0)
