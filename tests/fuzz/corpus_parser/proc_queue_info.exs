defmodule ProcQueueInfo do
  def run do
    IO.inspect(Process.info(self(), :message_queue_len))
    send(self(), :a)
    send(self(), {:b, 1})
    send(self(), "c")
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(Process.info(self(), :messages))
    receive do
      {:b, _} -> :ok
    end
    IO.inspect(Process.info(self(), :messages))
    parent = self()
    pid = spawn(fn ->
      send(parent, :ready)
      receive do
        :never -> :ok
      end
    end)
    receive do
      :ready -> :ok
    end
    Enum.each(1..7, &send(pid, &1))
    IO.inspect(Process.info(pid, :message_queue_len))
    {:messages, ms} = Process.info(pid, :messages)
    IO.inspect(ms)
    IO.inspect(Process.info(pid, [:message_queue_len, :status]))
    Process.exit(pid, :kill)
  end
end

ProcQueueInfo.run()
