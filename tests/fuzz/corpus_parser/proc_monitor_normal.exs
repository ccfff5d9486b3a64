defmodule ProcMonitorNormal do
  def run do
    pid = spawn(fn -> receive do :go -> :ok end end)
    ref = Process.monitor(pid)
    IO.inspect(is_reference(ref))
    send(pid, :go)
    receive do
      {:DOWN, ^ref, type, ^pid, reason} -> IO.inspect({type, reason})
    end
    msg = receive do
      m -> m
    after
      0 -> :none
    end
    IO.inspect(msg)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(ms)
    pid2 = spawn(fn -> receive do :go -> :ok end end)
    ref2 = Process.monitor(pid2)
    send(pid2, :go)
    receive do
      {:DOWN, r, :process, p, :normal} -> IO.inspect({r == ref2, p == pid2})
    end
  end
end

ProcMonitorNormal.run()
