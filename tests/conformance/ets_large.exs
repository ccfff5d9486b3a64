defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    o = :ets.new(:o, [:ordered_set])
    s = :ets.new(:s, [:set])
    n = 20000
    Enum.each(1..n, fn i -> k = rem(i * 7919, n); :ets.insert(o, {k, i}); :ets.insert(s, {k, i}) end)
    IO.inspect({:ets.info(o, :size), :ets.info(s, :size)})
    IO.inspect(Enum.take(:ets.tab2list(o), 3))
    IO.inspect({:ets.first(o), :ets.last(o)})
    IO.inspect(Enum.all?(0..(n - 1), fn k -> :ets.lookup(o, k) == :ets.lookup(s, k) end))
    Enum.each(0..(n - 1), fn k -> if rem(k, 2) == 0, do: :ets.delete(s, k) end)
    IO.inspect(:ets.info(s, :size))
    IO.inspect(Enum.sort(:ets.tab2list(s)) |> Enum.take(3))
    IO.inspect(:ets.select_count(o, [{{:"$1", :_}, [{:<, :"$1", 100}], [true]}]))
  end
end

X.run()
