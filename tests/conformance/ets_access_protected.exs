defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:protected])
    :ets.insert(t, {:k, 1})
    parent = self()
    spawn(fn ->
      m(fn -> :ets.lookup(t, :k) end)
      m(fn -> :ets.insert(t, {:k, 2}) end)
      m(fn -> :ets.delete(t, :k) end)
      m(fn -> :ets.update_counter(t, :k, 1) end)
      m(fn -> :ets.delete(t) end)
      m(fn -> :ets.match_object(t, :_) end)
      send(parent, :done)
    end)
    receive do :done -> :ok end
    IO.inspect(:ets.lookup(t, :k))
  end
end

X.run()
