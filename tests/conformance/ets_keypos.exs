defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [{:keypos, 2}, :ordered_set])
    :ets.insert(t, [{:user, 3, "c"}, {:user, 1, "a"}, {:admin, 2, "b"}])
    IO.inspect(:ets.lookup(t, 1))
    IO.inspect(:ets.tab2list(t))
    IO.inspect(:ets.first(t))
    m(fn -> :ets.update_counter(t, 3, {2, 1}) end)
m(fn -> :ets.insert(t, {:short}) end)
IO.inspect(:ets.update_element(t, 3, {1, :guest}))
IO.inspect(:ets.lookup(t, 3))
  end
end

X.run()
