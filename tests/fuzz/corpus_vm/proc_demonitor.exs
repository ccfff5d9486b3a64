defmodule ProcDemonitor do
  def run do
    pid = spawn(fn -> receive do :go -> exit(:bye) end end)
    ref = Process.monitor(pid)
    IO.inspect(Process.demonitor(ref))
    send(pid, :go)
    r =
      receive do
        {:DOWN, ^ref, _, _, _} -> :got_down
      after
        100 -> :no_down
      end
    IO.inspect(r)
    {pid2, ref2} = spawn_monitor(fn -> exit(:early) end)
    Process.sleep(50)
    IO.inspect(Process.alive?(pid2))
    IO.inspect(Process.demonitor(ref2))
    IO.inspect(Process.info(self(), :message_queue_len))
    receive do
      {:DOWN, ^ref2, _, _, reason} -> IO.inspect({:still_in_mailbox, reason})
    end
    {_pid3, ref3} = spawn_monitor(fn -> exit(:early) end)
    Process.sleep(50)
    IO.inspect(Process.demonitor(ref3, [:flush]))
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(Process.demonitor(make_ref()))
    IO.inspect(Process.demonitor(ref3, [:flush]))
  end
end

ProcDemonitor.run()
