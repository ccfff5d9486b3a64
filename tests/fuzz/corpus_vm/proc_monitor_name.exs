defmodule ProcMonitorName do
  def run do
    pid = spawn(fn -> receive do :go -> exit(:named_exit) end end)
    Process.register(pid, :watched)
    ref = Process.monitor(:watched)
    send(:watched, :go)
    receive do
      {:DOWN, ^ref, :process, obj, reason} ->
        IO.inspect(obj)
        IO.inspect(obj == {:watched, node()})
        IO.inspect(is_pid(obj))
        IO.inspect(reason)
    end
    IO.inspect(node())
    pid2 = spawn(fn -> receive do :go -> :ok end end)
    Process.register(pid2, :watched2)
    ref2 = Process.monitor({:watched2, node()})
    send(pid2, :go)
    receive do
      {:DOWN, ^ref2, :process, obj, reason} -> IO.inspect({obj, reason})
    end
  end
end

ProcMonitorName.run()
