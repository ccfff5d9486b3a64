defmodule Trap do
  use GenServer
  def init(parent) do
    Process.flag(:trap_exit, true)
    {:ok, parent}
  end
  def handle_call({:link, p}, _from, s) do
    Process.link(p)
    {:reply, :ok, s}
  end
  def handle_info(msg, p) do
    send(p, {:info, msg})
    {:noreply, p}
  end
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(Trap, self())
    other = spawn(fn -> Process.sleep(50) end)
    GenServer.call(pid, {:link, other})
    receive do
      {:info, {:EXIT, p, r}} -> IO.inspect({:info_exit, p == other, r})
    after
      1000 -> IO.puts("nothing")
    end
    IO.inspect(Process.alive?(pid))
  end
end

X.run()
