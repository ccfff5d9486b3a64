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
    :ets.insert(t, {:a, 1, 2})
    IO.inspect(:ets.lookup_element(t, :a, 1))
    IO.inspect(:ets.lookup_element(t, :a, 3))
    m(fn -> :ets.lookup_element(t, :a, 4) end)
    m(fn -> :ets.lookup_element(t, :b, 2) end)
    m(fn -> :ets.lookup_element(t, :a, 0) end)
    b = :ets.new(:b, [:bag])
    :ets.insert(b, [{:k, 1}, {:k, 2}])
    IO.inspect(:ets.lookup_element(b, :k, 2))
  end
end

X.run()
