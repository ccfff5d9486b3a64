defmodule X do
  def walk(t), do: walk(t, :ets.first(t), [])
  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])

  def run do
    for n <- [256, 257, 300, 600, 1000] do
      t = :ets.new(:big, [:set])
      for k <- 1..n, do: :ets.insert(t, {k})
      w = walk(t)
      IO.puts("#{n} #{length(w)} " <> Enum.join(Enum.take(w, 40), ","))
      IO.puts(Enum.join(Enum.take(Enum.map(:ets.tab2list(t), &elem(&1, 0)), 20), ","))
    end
  end
end

X.run()
