defmodule Term do
  use GenServer
  def init(parent), do: {:ok, parent}
  def terminate(reason, p), do: send(p, {:terminate, reason})
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Term, self())
    IO.inspect(GenServer.stop(pid))
    receive do
      {:terminate, r} -> IO.inspect({:terminate, r})
    end
    IO.inspect(Process.alive?(pid))
    {:ok, pid2} = GenServer.start(Term, self(), name: :t2)
    IO.inspect(GenServer.stop(:t2, :shutdown))
    receive do
      {:terminate, r} -> IO.inspect({:terminate, r})
    end
    IO.inspect(Process.whereis(:t2))
    try do
      GenServer.stop(pid2)
    catch
      :exit, {r, {GenServer, :stop, [_, :normal, :infinity]}} -> IO.inspect({:stop_dead, r})
    end
    try do
      GenServer.stop(:t2)
    catch
      :exit, r -> IO.inspect(r)
    end
  end
end

X.run()
