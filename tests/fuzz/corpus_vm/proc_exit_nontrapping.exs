defmodule ProcExitNontrapping do
  def target(parent) do
    spawn(fn ->
      send(parent, {:ready, self()})
      receive do
        :report -> send(parent, {:alive_and_well, Process.info(self(), :message_queue_len)})
      end
    end)
  end

  def try_reason(reason) do
    pid = target(self())
    receive do
      {:ready, ^pid} -> :ok
    end
    ref = Process.monitor(pid)
    IO.inspect(Process.exit(pid, reason))
    send(pid, :report)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> {reason, :died, r}
      {:alive_and_well, q} ->
        Process.demonitor(ref, [:flush])
        {reason, :survived, q}
    end
  end

  def run do
    for reason <- [:normal, :kill, :shutdown, :boom, {:shutdown, :x}, {:custom, 1}] do
      IO.inspect(try_reason(reason))
    end
  end
end

ProcExitNontrapping.run()
