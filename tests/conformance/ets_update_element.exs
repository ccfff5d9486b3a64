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
    :ets.insert(t, {:a, 1, 2, 3})
    IO.inspect(:ets.update_element(t, :a, {2, :x}))
    IO.inspect(:ets.update_element(t, :a, [{3, :y}, {4, :z}]))
    IO.inspect(:ets.lookup(t, :a))
    IO.inspect(:ets.update_element(t, :nope, {2, :x}))
    m(fn -> :ets.update_element(t, :a, {1, :k}) end)
    m(fn -> :ets.update_element(t, :a, {5, :k}) end)
    d = :ets.new(:d, [:duplicate_bag])
    m(fn -> :ets.update_element(d, :a, {2, 1}) end)
  end
end

X.run()
