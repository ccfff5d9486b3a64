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
    :ets.insert(t, {:hits, 0, 100})
    IO.inspect(:ets.update_counter(t, :hits, 1))
    IO.inspect(:ets.update_counter(t, :hits, 5))
    IO.inspect(:ets.update_counter(t, :hits, {3, -10}))
    IO.inspect(:ets.update_counter(t, :hits, [{2, 1}, {3, 1}, {2, 10}]))
    IO.inspect(:ets.update_counter(t, :hits, -100))
    IO.inspect(:ets.lookup(t, :hits))
    IO.inspect(:ets.update_counter(t, :hits, {2, 123456789012345678901234567890}))
    IO.inspect(:ets.update_counter(t, :hits, {2, -123456789012345678901234567890}))
  end
end

X.run()
