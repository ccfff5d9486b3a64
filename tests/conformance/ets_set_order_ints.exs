defmodule X do
  def walk(t), do: walk(t, :ets.first(t), [])
  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])

  def run do
    t = :ets.new(:t, [:set])
    for k <- [90, 3, 350, 75, 4, 200], do: :ets.insert(t, {k})
    IO.inspect(walk(t), label: "walk")
    IO.inspect(:ets.tab2list(t), label: "tab2list")
    IO.inspect(:ets.match_object(t, :_), label: "match_object")
    IO.inspect(:ets.select(t, [{:_, [], [:"$_"]}]), label: "select")
    IO.inspect(:ets.match(t, {:"$1"}), label: "match")
    IO.inspect(:ets.foldl(fn {k}, a -> [k | a] end, [], t), label: "foldl")
    IO.inspect(:ets.foldr(fn {k}, a -> [k | a] end, [], t), label: "foldr")
    u = :ets.new(:u, [])
    for i <- 1..10, do: :ets.insert(u, {i, i * i})
    IO.inspect(:ets.tab2list(u))
    IO.inspect({:ets.first(u), :ets.last(u)})
  end
end

X.run()
