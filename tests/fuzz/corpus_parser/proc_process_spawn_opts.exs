defmodule ProcProcessSpawnOpts do
  def run do
    pid = Process.spawn(fn -> receive do :stop -> :ok end end, [])
    IO.inspect(is_pid(pid))
    {pid2, ref} = Process.spawn(fn -> exit(:with_monitor) end, [:monitor])
    receive do
      {:DOWN, ^ref, :process, ^pid2, r} -> IO.inspect(r)
    end
    pid3 = Process.spawn(fn -> receive do :stop -> :ok end end, [:link])
    {:links, ls} = Process.info(self(), :links)
    IO.inspect(pid3 in ls)
    {pid4, ref4} = Process.spawn(fn -> receive do :stop -> :ok end end, [:link, :monitor])
    IO.inspect(Process.info(pid4, :links) == {:links, [self()]})
    send(pid4, :stop)
    receive do
      {:DOWN, ^ref4, :process, ^pid4, r} -> IO.inspect({:both, r})
    end
    {pid5, ref5} = Process.spawn(ProcProcessSpawnOpts, :child, [:arg], [:monitor])
    receive do
      {:DOWN, ^ref5, :process, ^pid5, r} -> IO.inspect(r)
    end
    {pid6, ref6} = spawn_monitor(ProcProcessSpawnOpts, :child, [:mfa])
    receive do
      {:DOWN, ^ref6, :process, ^pid6, r} -> IO.inspect(r)
    end
    send(pid, :stop)
    send(pid3, :stop)
  end

  def child(arg), do: exit({:child_exit, arg})
end

ProcProcessSpawnOpts.run()
