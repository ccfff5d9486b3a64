defmodule Def do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:wait, from, _) do
    Process.send_after(self(), :answer, 20)
    {:noreply, from}
  end
  def handle_call(:via_proc, from, s) do
    spawn(fn -> GenServer.reply(from, :from_helper) end)
    {:noreply, s}
  end
  def handle_info(:answer, from) do
    :ok = GenServer.reply(from, :deferred)
    {:noreply, nil}
  end
end

defmodule X do
  def run do
    {:ok, pid} = GenServer.start_link(Def, nil)
    IO.inspect(GenServer.call(pid, :wait))
    IO.inspect(GenServer.call(pid, :via_proc))
  end
end

X.run()
