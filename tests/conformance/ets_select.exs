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
    :ets.insert(t, for(i <- 1..10, do: {i, i * i}))
    IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 50}], [:"$1"]}]))
    IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:andalso, {:>=, :"$1", 3}, {:<, :"$1", 5}}], [{{:"$2", :"$1"}}]}]))
        IO.inspect(:ets.select(t, [{{2, :_}, [], [:"$_"]}]))
    IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:"=:=", :"$1", 4}], [:"$$"]}]))
    IO.inspect(:ets.select(t, [{{:"$1", :_}, [{:<, :"$1", 2}], [[:"$1", :const]]}, {{:"$1", :_}, [{:>, :"$1", 9}], [{:const, {:big, :"$1"}}]}]))
    m(fn -> :ets.select(t, :bad) end)
    m(fn -> :ets.select(t, [{:_, [], []}]) end)
  end
end

X.run()
