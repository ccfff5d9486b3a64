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
    IO.inspect(:ets.insert_new(t, {:a, 1}))
    IO.inspect(:ets.insert_new(t, {:a, 2}))
    IO.inspect(:ets.lookup(t, :a))
    IO.inspect(:ets.insert_new(t, [{:b, 1}, {:a, 3}]))
    IO.inspect(:ets.lookup(t, :b))
    IO.inspect(:ets.insert_new(t, [{:b, 1}, {:c, 3}]))
    IO.inspect(:ets.lookup(t, :c))
    m(fn -> :ets.insert_new(t, :oops) end)
  end
end

X.run()
