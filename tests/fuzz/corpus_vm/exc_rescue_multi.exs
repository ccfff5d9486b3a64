defmodule T do
  def risky(:arg), do: raise(ArgumentError, "bad arg")
  def risky(:rt), do: raise("runtime")
  def risky(:arith), do: 1 + String.to_atom("a")
  def risky(:key), do: Map.fetch!(%{}, :k)
  def risky(:ok), do: :fine
  def run(kind) do
    try do
      risky(kind)
    rescue
      e in [ArgumentError, ArithmeticError] -> {:arg_or_arith, e.__struct__}
      e in KeyError -> {:key, e.key}
      e in RuntimeError -> {:runtime, e.message}
    else
      v -> {:no_error, v}
    after
      IO.puts("after #{kind}")
    end
  end
end
for k <- [:arg, :rt, :arith, :key, :ok] do
  IO.inspect(T.run(k))
end
