defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    parent = self()
    pid = spawn(fn ->
      t = :ets.new(:t, [:public])
      :ets.insert(t, {:k, :v})
      send(parent, {:table, t})
      receive do :stop -> :ok end
    end)
    t = receive do {:table, t} -> t end
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.info(t, :owner) == pid)
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason) end
    IO.inspect(:ets.info(t))
    m(fn -> :ets.lookup(t, :k) end)
  end
end

X.run()
