defmodule Term do
  use GenServer
  def init(parent), do: {:ok, parent}
  def terminate(reason, p), do: send(p, {:terminate, reason})
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Term, self())
    ref = Process.monitor(pid)
    IO.inspect(:sys.terminate(pid, :shutdown))
    receive do
      {:terminate, r} -> IO.inspect({:terminate, r})
    end
    receive do
      {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r})
    end
  end
end

X.run()
