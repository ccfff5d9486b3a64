defmodule ProcMailboxSelectLast do
  def run do
    for i <- 1..10_000, do: send(self(), {:n, i})
    receive do
      {:n, 10_000} -> IO.puts("got the last one first")
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    receive do
      {:n, x} -> IO.inspect({:next_is, x})
    end
    r =
      receive do
        {:n, 10_000} -> :again
      after
        0 -> :not_there
      end
    IO.inspect(r)
    sum = Enum.reduce(1..9_998, 0, fn _, acc ->
      receive do
        {:n, x} -> acc + x
      end
    end)
    IO.inspect(sum)
  end
end

ProcMailboxSelectLast.run()
