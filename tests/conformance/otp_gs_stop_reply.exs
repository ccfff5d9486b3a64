defmodule Term do
  use GenServer
  def init(parent), do: {:ok, parent}
  def handle_call(:stop, _from, p), do: {:stop, :normal, :bye, p}
  def terminate(reason, p), do: send(p, {:terminate, reason, :state})
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start(Term, self())
    ref = Process.monitor(pid)
    IO.inspect(GenServer.call(pid, :stop))
    receive do
      {:terminate, r, s} -> IO.inspect({:terminate, r, s})
    end
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect({:down, r})
    end
  end
end

X.run()
