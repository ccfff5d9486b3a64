defmodule ProcFlushLoop do
  def flush(acc) do
    receive do
      m -> flush([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def count_flush(n) do
    receive do
      _ -> count_flush(n + 1)
    after
      0 -> n
    end
  end

  def run do
    Enum.each(1..5, &send(self(), {:n, &1}))
    IO.inspect(flush([]))
    IO.inspect(flush([]))
    Enum.each(1..1000, &send(self(), &1))
    IO.inspect(count_flush(0))
    IO.inspect(Process.info(self(), :message_queue_len))
    parent = self()
    pid = spawn(fn -> Enum.each(1..50, &send(parent, {:item, &1})); send(parent, :eof) end)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end
    all = flush([])
    IO.inspect(length(all))
    IO.inspect(List.last(all))
    IO.inspect(Enum.take(all, 3))
  end
end

ProcFlushLoop.run()
