defmodule ProcTimerInterval do
  def collect(0, acc), do: Enum.reverse(acc)

  def collect(n, acc) do
    receive do
      {:tick, _} = m -> collect(n - 1, [m | acc])
    end
  end

  def run do
    {:ok, tref} = :timer.send_interval(30, {:tick, :x})
    IO.inspect(collect(4, []))
    {:ok, :cancel} = :timer.cancel(tref)
    Process.sleep(100)
    flushed = flush(0)
    IO.inspect(flushed <= 1)
    Process.sleep(100)
    IO.inspect(Process.info(self(), :message_queue_len))
    {:ok, _t2} = :timer.send_after(20, :once)
    receive do
      :once -> IO.puts("timer.send_after fired")
    end
  end

  def flush(n) do
    receive do
      _ -> flush(n + 1)
    after
      0 -> n
    end
  end
end

ProcTimerInterval.run()
