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
    IO.inspect(:ets.update_counter(t, :x, 1, {:x, 0}))
    IO.inspect(:ets.update_counter(t, :x, 1, {:x, 0}))
    IO.inspect(:ets.update_counter(t, :y, {2, 5}, {:ignored, 10}))
    IO.inspect(:ets.update_counter(t, :z, [{2, 1}, {3, 2}], {:z, 0, 0}))
    IO.inspect(:ets.tab2list(t))
    m(fn -> :ets.update_counter(t, :w, 1, :nope) end)
    m(fn -> :ets.update_counter(t, :w, 1, {:w}) end)
  end
end

X.run()
