defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:ordered_set])
    for i <- [5, 1, 4, 2, 3], do: :ets.insert(t, {i, i * i})
    walk = fn walk, k, acc -> if k == :"$end_of_table", do: Enum.reverse(acc), else: walk.(walk, :ets.next(t, k), [k | acc]) end
    IO.inspect(walk.(walk, :ets.first(t), []))
    back = fn back, k, acc -> if k == :"$end_of_table", do: Enum.reverse(acc), else: back.(back, :ets.prev(t, k), [k | acc]) end
    IO.inspect(back.(back, :ets.last(t), []))
    IO.inspect(:ets.next(t, 2.5))
    IO.inspect(:ets.next(t, 100))
    IO.inspect(:ets.prev(t, 1))
    IO.inspect(:ets.prev(t, 0))
    IO.inspect(:ets.next(t, 0))
    e = :ets.new(:e, [:ordered_set])
    IO.inspect({:ets.first(e), :ets.last(e)})
  end
end

X.run()
