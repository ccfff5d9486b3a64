defmodule Cont do
  use GenServer
  def init(parent) do
    send(parent, :in_init)
    {:ok, [:init], {:continue, :more}}
  end
  def handle_continue(:more, s) do
    {:noreply, [:continued | s]}
  end
  def handle_cast(:cast, s), do: {:noreply, [:cast | s], {:continue, :again}}
  def handle_continue(:again, s), do: {:noreply, [:again | s]}
  def handle_call(:state, {pid, _}, s) do
    send(pid, {:state_before_reply, Enum.reverse(s)})
    {:reply, Enum.reverse(s), s}
  end
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(Cont, self())
    GenServer.cast(pid, :cast)
    receive do
      m -> IO.inspect(m)
    end
    IO.inspect(GenServer.call(pid, :state))
    receive do
      m -> IO.inspect(m)
    end
  end
end

X.run()
