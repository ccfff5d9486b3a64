defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:add, k}, _from, n), do: {:reply, n + k, n + k}
  def handle_call(:slow, _from, n) do
    Process.sleep(200)
    {:reply, :late, n}
  end
  def handle_call(:boom, _from, _n), do: raise("boom in call")
  def handle_call(:bad, _from, _n), do: :oops
  def handle_call(:stop, _from, n), do: {:stop, :normal, :stopping, n}
  def handle_call(:throw, _from, n), do: throw({:reply, {:thrown, n}, n})

  def handle_cast({:add, k}, n), do: {:noreply, n + k}
  def handle_cast(:stop, n), do: {:stop, :normal, n}
  def handle_cast({:stop, r}, n), do: {:stop, r, n}

  def handle_info({:add, k}, n), do: {:noreply, n + k}
  def handle_info(_msg, n), do: {:noreply, n}
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(Counter, 1)
    spawn(fn -> GenServer.call(pid, :slow) end)
    Process.sleep(10)
    try do
      :sys.get_state(pid, 50)
    catch
      :exit, {:timeout, {:sys, :get_state, [p, 50]}} -> IO.inspect({:timeout, p == pid})
    end
  end
end

X.run()
