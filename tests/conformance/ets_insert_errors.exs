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
    m(fn -> :ets.insert(t, {}) end)
    m(fn -> :ets.insert(t, :atom) end)
    m(fn -> :ets.insert(t, [{:ok}, :bad]) end)
    m(fn -> :ets.insert(t, [{:ok} | :improper]) end)
    m(fn -> :ets.insert(:missing, {1}) end)
    m(fn -> :ets.insert(123, {1}) end)
    k = :ets.new(:k, [{:keypos, 3}])
    m(fn -> :ets.insert(k, {1, 2}) end)
    IO.inspect(:ets.tab2list(t))
  end
end

X.run()
