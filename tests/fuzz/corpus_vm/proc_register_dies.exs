defmodule ProcRegisterDies do
  def run do
    pid = spawn(fn -> receive do :stop -> :ok end end)
    Process.register(pid, :short_lived)
    IO.inspect(Process.whereis(:short_lived) == pid)
    ref = Process.monitor(pid)
    send(:short_lived, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> IO.puts("down")
    end
    IO.inspect(Process.whereis(:short_lived))
    IO.inspect(:short_lived in Process.registered())
    try do
      send(:short_lived, :again)
    rescue
      ArgumentError -> IO.puts("name is gone")
    end
    new = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.register(new, :short_lived))
    IO.inspect(Process.whereis(:short_lived) == new)
    IO.inspect(Process.whereis(:short_lived) == pid)
    {p2, r2} = spawn_monitor(fn -> Process.register(self(), :crasher); exit(:boom) end)
    receive do
      {:DOWN, ^r2, :process, ^p2, reason} -> IO.inspect(reason)
    end
    IO.inspect(Process.whereis(:crasher))
  end
end

ProcRegisterDies.run()
