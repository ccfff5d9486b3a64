defmodule ProcMonitorNoproc do
  def run do
    {dead, r0} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^r0, _, _, _} -> :ok
    end
    ref = Process.monitor(dead)
    IO.inspect(is_reference(ref))
    receive do
      {:DOWN, ^ref, :process, ^dead, reason} -> IO.inspect(reason)
    after
      500 -> IO.puts("no DOWN")
    end
    ref2 = Process.monitor(:no_such_registered_name)
    receive do
      {:DOWN, ^ref2, :process, obj, reason} -> IO.inspect({obj, reason})
    after
      500 -> IO.puts("no DOWN")
    end
    IO.inspect(Process.info(self(), :monitors))
  end
end

ProcMonitorNoproc.run()
