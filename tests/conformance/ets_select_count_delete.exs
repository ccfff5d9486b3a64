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
    :ets.insert(t, for(i <- 1..10, do: {i, rem(i, 3)}))
    IO.inspect(:ets.select_count(t, [{{:_, 0}, [], [true]}]))
    IO.inspect(:ets.select_count(t, [{{:"$1", :_}, [{:>, :"$1", 7}], [true]}]))
    IO.inspect(:ets.select_delete(t, [{{:_, 1}, [], [true]}]))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(:ets.select(t, [{{:"$1", 2}, [], [:"$1"]}]) |> Enum.sort())
  end
end

X.run()
