defmodule ProcMonitorStacked do
  def run do
    pid = spawn(fn -> receive do :go -> exit(:done) end end)
    r1 = Process.monitor(pid)
    r2 = Process.monitor(pid)
    IO.inspect(r1 == r2)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(length(ms))
    send(pid, :go)
    receive do
      {:DOWN, ^r2, :process, ^pid, reason} -> IO.inspect({:second, reason})
    end
    receive do
      {:DOWN, ^r1, :process, ^pid, reason} -> IO.inspect({:first, reason})
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    p2 = spawn(fn -> receive do :go -> :ok end end)
    a = Process.monitor(p2)
    b = Process.monitor(p2)
    Process.demonitor(a)
    send(p2, :go)
    receive do
      {:DOWN, ref, _, _, _} -> IO.inspect({ref == b, ref == a})
    end
    r = receive do
      {:DOWN, _, _, _, _} -> :another
    after
      100 -> :only_one
    end
    IO.inspect(r)
  end
end

ProcMonitorStacked.run()
