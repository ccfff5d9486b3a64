defmodule NoTrap do
  use GenServer
  def init(parent), do: {:ok, parent}
  def terminate(reason, p), do: send(p, {:terminate, reason})
end

defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    {:ok, pid} = GenServer.start_link(NoTrap, self())
    Process.exit(pid, :shutdown)
    receive do
      {:terminate, r} -> IO.inspect({:terminate, r})
    after
      200 -> IO.puts("terminate not called")
    end
    receive do
      {:EXIT, ^pid, r} -> IO.inspect({:exit, r})
    end
  end
end

X.run()
