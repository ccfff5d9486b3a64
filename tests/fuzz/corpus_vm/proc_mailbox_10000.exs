defmodule ProcMailbox10000 do
  def drain(n) do
    receive do
      {:msg, _} -> drain(n + 1)
    after
      0 -> n
    end
  end

  def run do
    parent = self()
    spawn(fn ->
      for i <- 1..10_000, do: send(parent, {:msg, i})
      send(parent, {:last, 10_000})
    end)
    receive do
      {:last, n} -> IO.inspect({:got_last, n})
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    receive do
      {:msg, 5000} -> IO.puts("picked message 5000")
    end
    receive do
      {:msg, first} -> IO.inspect({:first, first})
    end
    IO.inspect(drain(0))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcMailbox10000.run()
