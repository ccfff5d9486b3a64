defmodule X do
  def walk(t), do: walk(t, :ets.first(t), [])
  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])

  def run do
    a = :ets.new(:a, [:set])
    for k <- [:apple, :banana, :cherry, :foo, :bar, :ok, :error, :hello, :b, :a], do: :ets.insert(a, {k, 1})
    IO.inspect(walk(a), label: "walk")
    IO.inspect(:ets.tab2list(a), label: "tab2list")
    :ets.delete(a, :ok)
    :ets.insert(a, {:ok, 2})
    IO.inspect(walk(a), label: "after reinsert")
    n = :ets.new(:names, [:named_table, :public])
    for {k, v} <- [alice: 30, bob: 25, carol: 35, dave: 40, eve: 22], do: :ets.insert(:names, {k, v})
    IO.inspect(:ets.tab2list(:names))
    IO.inspect(n)
  end
end

X.run()
