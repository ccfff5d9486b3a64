defmodule X do
  def walk(t), do: walk(t, :ets.first(t), [])
  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])

  def run do
    b = :ets.new(:b, [:bag])
    for k <- [{90, 1}, {3, 1}, {90, 2}, {350, 1}, {3, 2}], do: :ets.insert(b, k)
    IO.inspect(walk(b), label: "walk")
    IO.inspect(:ets.tab2list(b), label: "tab2list")
    IO.inspect(:ets.lookup(b, 90), label: "lookup")
    d = :ets.new(:d, [:duplicate_bag])
    for k <- [{90, 1}, {3, 1}, {90, 2}, {350, 1}, {3, 2}, {90, 1}], do: :ets.insert(d, k)
    IO.inspect(:ets.tab2list(d), label: "dbag")
    e = :ets.new(:e, [:duplicate_bag])
    for k <- 1..600, do: :ets.insert(e, {rem(k, 300), k})
    IO.inspect(Enum.take(:ets.tab2list(e), 10))
    for k <- 1..200, do: :ets.match_delete(e, {k, :_})
    IO.puts(Enum.join(walk(e), ","))
  end
end

X.run()
