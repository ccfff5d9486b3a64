defmodule ProcMonitorAlias do
  def server do
    receive do
      {:request, reply_to, n} ->
        send(reply_to, {:reply, n * 2})
        send(reply_to, {:reply, :duplicate})
        server()
    end
  end

  def drain(acc) do
    receive do
      {:DOWN, _, :process, _, r} -> drain([{:down, r} | acc])
      m -> drain([m | acc])
    after
      100 -> Enum.reverse(acc)
    end
  end

  def run do
    IO.inspect(function_exported?(Process, :monitor, 2))
    srv = spawn(&server/0)
    ref = :erlang.monitor(:process, srv, [{:alias, :reply_demonitor}])
    send(srv, {:request, ref, 21})
    IO.inspect(drain([]))
    IO.inspect(Process.info(self(), :monitors))
    ref2 = :erlang.monitor(:process, srv, [{:alias, :demonitor}])
    send(srv, {:request, ref2, 5})
    IO.inspect(drain([]))
    Process.demonitor(ref2)
    send(srv, {:request, ref2, 6})
    IO.inspect(drain([]))
    _ref3 = :erlang.monitor(:process, srv, [{:alias, :reply_demonitor}])
    Process.exit(srv, :kill)
    IO.inspect(drain([]))
    IO.inspect(Process.info(self(), :monitors))
  end
end

ProcMonitorAlias.run()
