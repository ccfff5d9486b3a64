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
    :ets.insert(t, [{1, :a}, {2, :b}])
    IO.inspect(:ets.delete(t, 1))
    IO.inspect(:ets.delete(t, 42))
    IO.inspect(:ets.lookup(t, 1))
    IO.inspect(:ets.tab2list(t))
    IO.inspect(:ets.delete(t))
    IO.inspect(:ets.info(t))
    IO.inspect(:ets.info(t, :size))
    m(fn -> :ets.lookup(t, 2) end)
    m(fn -> :ets.insert(t, {3}) end)
    m(fn -> :ets.delete(t) end)
  end
end

X.run()
