defmodule Nest do
  def level3(x), do: if(x > 2, do: raise(ArgumentError, "too big: #{x}"), else: x)
  def level2(x) do
    try do
      level3(x)
    rescue
      e in ArgumentError -> reraise_as(e)
    end
  end
  defp reraise_as(e), do: raise(RuntimeError, "wrapped(" <> Exception.message(e) <> ")")
  def level1(x) do
    try do
      {:ok, level2(x)}
    rescue
      e -> {:error, Exception.message(e)}
    after
      IO.puts("level1 after #{x}")
    end
  end
end
IO.inspect(Nest.level1(1))
IO.inspect(Nest.level1(5))
r = try do
  try do
    throw(:inner)
  catch
    :inner -> throw(:outer)
  end
catch
  v -> {:caught, v}
end
IO.inspect(r)
r2 = try do
  try do
    raise "a"
  rescue
    _ -> raise "b"
  after
    IO.puts("inner after")
  end
rescue
  e -> e.message
end
IO.inspect(r2)
IO.inspect(Enum.map([1, 0, 2], fn x -> try do 10 / x rescue ArithmeticError -> :inf end end))
