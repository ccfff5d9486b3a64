defmodule ProcDemonitorInfo do
  def run do
    pid = spawn(fn -> receive do :go -> :ok end end)
    ref = Process.monitor(pid)
    IO.inspect(Process.demonitor(ref, [:info]))
    IO.inspect(Process.demonitor(ref, [:info]))
    {_p, ref2} = spawn_monitor(fn -> :ok end)
    Process.sleep(50)
    IO.inspect(Process.demonitor(ref2, [:info]))
    receive do
      {:DOWN, ^ref2, _, _, r} -> IO.inspect(r)
    end
    {_p, ref3} = spawn_monitor(fn -> :ok end)
    Process.sleep(50)
    IO.inspect(Process.demonitor(ref3, [:flush, :info]))
    IO.inspect(Process.info(self(), :message_queue_len))
    send(pid, :go)
  end
end

ProcDemonitorInfo.run()
