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
    {:ok, pid} = GenServer.start_link(Counter, 10)
    IO.inspect(GenServer.call(pid, :get))
    IO.inspect(GenServer.call(pid, {:add, 5}))
    IO.inspect(GenServer.cast(pid, {:add, 1}))
    send(pid, {:add, 100})
    IO.inspect(GenServer.call(pid, :get))
    IO.inspect(is_pid(pid) and Process.alive?(pid))
  end
end

X.run()
