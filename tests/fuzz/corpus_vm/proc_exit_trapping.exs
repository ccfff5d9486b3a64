defmodule ProcExitTrapping do
  def target(parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, {:ready, self()})
      receive do
        {:EXIT, from, why} ->
          send(parent, {:trapped, from == parent, why})
      end
    end)
  end

  def try_reason(reason) do
    pid = target(self())
    receive do
      {:ready, ^pid} -> :ok
    end
    ref = Process.monitor(pid)
    Process.exit(pid, reason)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} ->
        {reason, :died, r}
      {:trapped, from_parent, why} ->
        receive do
          {:DOWN, ^ref, :process, ^pid, r} -> {reason, :message, from_parent, why, :then, r}
        end
    end
  end

  def run do
    for reason <- [:normal, :kill, :shutdown, :boom, {:shutdown, :x}] do
      IO.inspect(try_reason(reason))
    end
  end
end

ProcExitTrapping.run()
