defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def walk_bag(b), do: walk_bag(b, :ets.first(b), [])
  def walk_bag(_b, :"$end_of_table", acc), do: acc
  def walk_bag(b, k, acc), do: walk_bag(b, :ets.next(b, k), [k | acc])

  def run do
    t = :ets.new(:t, [:set])
    IO.inspect(:ets.first(t))
    for i <- 1..20, do: :ets.insert(t, {i})
    walk = fn walk, k, acc -> if k == :"$end_of_table", do: acc, else: walk.(walk, :ets.next(t, k), [k | acc]) end
    keys = walk.(walk, :ets.first(t), [])
    IO.inspect(length(keys))
    IO.inspect(Enum.sort(keys) == Enum.to_list(1..20))
    m(fn -> :ets.next(t, 99) end)
    b = :ets.new(:b, [:bag])
    :ets.insert(b, [{1, :a}, {2, :b}, {1, :c}])
    keys2 = walk_bag(b)
    IO.inspect(Enum.sort(keys2))
  end
end

X.run()
