defmodule X do
  def walk(t), do: walk(t, :ets.first(t), [])
  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])

  def run do
    t = :ets.new(:t, [:set])
    for k <- 1..2000, do: :ets.insert(t, {k})
    for k <- 1..1900, do: :ets.delete(t, k)
    IO.puts(Enum.join(walk(t), ","))
    for k <- 1..100, do: :ets.insert(t, {k})
    IO.puts(Enum.join(Enum.take(walk(t), 60), ","))
    :ets.delete_all_objects(t)
    for k <- 1..5, do: :ets.insert(t, {k * 1000})
    IO.inspect(walk(t))
  end
end

X.run()
