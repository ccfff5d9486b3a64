defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [])
    :ets.insert(t, {:a, 1, :b})
    m(fn -> :ets.update_counter(t, :missing, 1) end)
    m(fn -> :ets.update_counter(t, :a, {1, 1}) end)
    m(fn -> :ets.update_counter(t, :a, {9, 1}) end)
    m(fn -> :ets.update_counter(t, :a, {3, 1}) end)
    m(fn -> :ets.update_counter(t, :a, :x) end)
    m(fn -> :ets.update_counter(t, :a, [{2, 1}, {3, 1}]) end)
    IO.inspect(:ets.lookup(t, :a))
    b = :ets.new(:b, [:bag])
    m(fn -> :ets.update_counter(b, :a, 1) end)
  end
end

X.run()
