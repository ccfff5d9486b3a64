defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:bag])
    :ets.insert(t, {:x, 1})
    :ets.insert(t, {:y, 1})
    :ets.insert(t, {:x, 2})
    IO.inspect(:ets.lookup(t, :x))
    IO.inspect(:ets.member(t, :y))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(Enum.sort(:ets.match(t, {:"$1", 1})))
    :ets.delete_object(t, {:x, 1})
    IO.inspect(:ets.lookup(t, :x))
    :ets.delete_object(t, {:x, 2})
    IO.inspect(:ets.member(t, :x))
  end
end

X.run()
