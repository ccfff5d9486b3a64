defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:scores, [:named_table, :ordered_set])
    :ets.insert(:scores, [{:alice, 10}, {:bob, 7}])
    parent = self()
    spawn(fn ->
      send(parent, {:read, :ets.tab2list(:scores), :ets.lookup_element(:scores, :bob, 2)})
    end)
    receive do {:read, l, b} -> IO.inspect({l, b}) end
    IO.inspect(t)
  end
end

X.run()
