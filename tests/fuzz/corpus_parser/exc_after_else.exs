f = fn x ->
  try do
    IO.puts("body #{x}")
    if x == :raise, do: raise("err"), else: x
  rescue
    RuntimeError -> IO.puts("rescue"); :rescued
  else
    :special -> IO.puts("else special"); :was_special
    other -> IO.puts("else other"); {:other, other}
  after
    IO.puts("after #{x}")
  end
end
IO.inspect(f.(:raise))
IO.inspect(f.(:special))
IO.inspect(f.(:plain))
g = fn ->
  try do
    :value
  after
    :ignored_after_value
  end
end
IO.inspect(g.())
try do
  try do
    raise "inner"
  after
    IO.puts("inner after runs")
  end
rescue
  e -> IO.puts("outer rescued: " <> e.message)
end
defmodule A do
  def f do
    try do
      throw(:x)
    after
      IO.puts("after in def")
    end
  catch
    :x -> :caught_in_def_catch
  end
  def g(x) do
    Integer.parse(x)
  rescue
    ArgumentError -> :bad
  else
    {n, _} -> n
    :error -> :unparsable
  end
end
IO.inspect(A.f())
IO.inspect(A.g("12abc"))
IO.inspect(A.g("zz"))
