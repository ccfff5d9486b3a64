defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Workers)
    parent = self()
    pid = spawn(fn ->
      Registry.register(Workers, :worker, :busy)
      send(parent, :registered)
      receive do :stop -> :ok end
    end)
    receive do :registered -> :ok end
    IO.inspect(Registry.lookup(Workers, :worker) == [{pid, :busy}])
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(50)
    IO.inspect(Registry.lookup(Workers, :worker))
    IO.inspect(Registry.count(Workers))
    IO.inspect(Registry.keys(Workers, pid))
    IO.inspect(Registry.register(Workers, :worker, :mine) |> elem(0))
    IO.inspect(Registry.lookup(Workers, :worker) == [{self(), :mine}])
  end
end

X.run()
