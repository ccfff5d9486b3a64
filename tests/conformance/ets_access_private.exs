defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:private])
    :ets.insert(t, {:secret, 42})
    parent = self()
    spawn(fn ->
      m(fn -> :ets.lookup(t, :secret) end)
      m(fn -> :ets.insert(t, {:x, 1}) end)
      m(fn -> :ets.member(t, :secret) end)
      m(fn -> :ets.tab2list(t) end)
      m(fn -> :ets.info(t, :size) end)
      send(parent, :done)
    end)
    receive do :done -> :ok end
    IO.inspect(:ets.lookup(t, :secret))
  end
end

X.run()
