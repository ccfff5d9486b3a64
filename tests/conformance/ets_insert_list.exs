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
    IO.inspect(:ets.insert(t, [{1, :one}, {2, :two}, {3, :three}]))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(:ets.lookup(t, 2))
    IO.inspect(:ets.insert(t, []))
    IO.inspect(:ets.insert(t, [{1, :uno}, {1, :eins}]))
    IO.inspect(:ets.tab2list(t))
  end
end

X.run()
