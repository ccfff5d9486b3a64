defmodule ProcSpawnMonitor do
  def run do
    {pid, ref} = spawn_monitor(fn -> exit(:bye) end)
    IO.inspect(is_pid(pid))
    IO.inspect(is_reference(ref))
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
    {pid2, ref2} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref2, :process, ^pid2, reason} -> IO.inspect(reason)
    end
    {pid3, ref3} = spawn_monitor(fn -> receive do :never -> :ok end end)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect({:process, pid3} in ms)
    {:links, ls} = Process.info(self(), :links)
    IO.inspect(pid3 in ls)
    Process.exit(pid3, :kill)
    receive do
      {:DOWN, ^ref3, :process, ^pid3, reason} -> IO.inspect(reason)
    end
    IO.puts("still here")
  end
end

ProcSpawnMonitor.run()
