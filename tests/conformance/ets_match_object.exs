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
    :ets.insert(t, [{1, :red, 10}, {2, :blue, 20}, {3, :red, 30}, {4, :green, {:nested, 1}}])
    IO.inspect(:ets.match_object(t, {:_, :red, :_}))
    IO.inspect(:ets.match_object(t, {:_, :_, {:nested, :_}}))
    IO.inspect(:ets.match_object(t, {2, :_, :_}))
    IO.inspect(:ets.match_object(t, {:_, :purple, :_}))
    IO.inspect(:ets.match_object(t, :_) == :ets.tab2list(t))
    IO.inspect(:ets.match_object(t, {:_, :_}))
  end
end

X.run()
