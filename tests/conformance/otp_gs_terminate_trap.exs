defmodule Trap do
  use GenServer
  def init(parent) do
    Process.flag(:trap_exit, true)
    {:ok, parent}
  end
  def terminate(reason, p), do: send(p, {:terminate, reason})
end

defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    {:ok, pid} = GenServer.start_link(Trap, self())
    Process.exit(pid, :shutdown)
    receive do
      {:terminate, r} -> IO.inspect({:terminate, r})
    after
      500 -> IO.puts("no terminate")
    end
    receive do
      {:EXIT, ^pid, r} -> IO.inspect({:exit, r})
    end
  end
end

X.run()
