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
    keys = [3, "b", :a, {1, 2}, 1.5, [1], -7, 10, :b, "a", {0}, %{x: 1}]
    for k <- keys, do: :ets.insert(t, {k, :v})
    IO.inspect(Enum.map(:ets.tab2list(t), &elem(&1, 0)))
    IO.inspect(:ets.first(t))
    IO.inspect(:ets.last(t))
  end
end

X.run()
