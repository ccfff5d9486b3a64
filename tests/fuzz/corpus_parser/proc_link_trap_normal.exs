defmodule ProcLinkTrapNormal do
  def run do
    Process.flag(:trap_exit, true)
    pids = for i <- 1..3, do: spawn_link(fn -> i end)
    reasons = for p <- pids do
      receive do
        {:EXIT, ^p, reason} -> reason
      end
    end
    IO.inspect(reasons)
    pid = spawn_link(fn -> receive do :go -> exit(:normal) end end)
    send(pid, :go)
    receive do
      {:EXIT, ^pid, r} -> IO.inspect({:explicit_normal, r})
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    Process.flag(:trap_exit, false)
    pid2 = spawn_link(fn -> :ok end)
    ref = Process.monitor(pid2)
    receive do
      {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r})
    end
    r =
      receive do
        {:EXIT, _, _} -> :exit_message
      after
        100 -> :no_exit_message
      end
    IO.inspect(r)
  end
end

ProcLinkTrapNormal.run()
