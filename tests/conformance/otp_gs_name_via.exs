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

defmodule Reg do
  def start do
    Agent.start(fn -> %{} end, name: Reg)
  end
  def register_name(name, pid) do
    Agent.get_and_update(Reg, fn m ->
      if Map.has_key?(m, name), do: {:no, m}, else: {:yes, Map.put(m, name, pid)}
    end)
  end
  def unregister_name(name), do: Agent.update(Reg, &Map.delete(&1, name))
  def whereis_name(name), do: Agent.get(Reg, &Map.get(&1, name, :undefined))
  def send(name, msg) do
    Kernel.send(whereis_name(name), msg)
  end
end

defmodule X do
  def run do
    {:ok, _} = Reg.start()
    {:ok, pid} = GenServer.start_link(Counter, 5, name: {:via, Reg, :my_counter})
    IO.inspect(GenServer.whereis({:via, Reg, :my_counter}) == pid)
    IO.inspect(GenServer.call({:via, Reg, :my_counter}, :get))
    GenServer.cast({:via, Reg, :my_counter}, {:add, 1})
    IO.inspect(GenServer.call({:via, Reg, :my_counter}, :get))
    IO.inspect(GenServer.start_link(Counter, 5, name: {:via, Reg, :my_counter}) |> elem(1) |> elem(0))
    IO.inspect(GenServer.whereis({:via, Reg, :other}))
    try do
      GenServer.call({:via, Reg, :other}, :get)
    catch
      :exit, r -> IO.inspect(r)
    end
  end
end

X.run()
