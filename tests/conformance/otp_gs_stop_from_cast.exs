defmodule Term do
  use GenServer
  def init(parent), do: {:ok, parent}
  def handle_cast({:stop, r}, p), do: {:stop, r, p}
  def terminate(reason, p), do: send(p, {:terminate, reason})
end

defmodule X do
  def run do
    for reason <- [:normal, :shutdown, {:shutdown, :done}, :custom] do
      {:ok, pid} = GenServer.start(Term, self())
      ref = Process.monitor(pid)
      GenServer.cast(pid, {:stop, reason})
      receive do
        {:terminate, r} -> IO.inspect({:terminate, r})
      end
      receive do
        {:DOWN, ^ref, :process, _, r} -> IO.inspect({:down, r})
      end
    end
  end
end

X.run()
