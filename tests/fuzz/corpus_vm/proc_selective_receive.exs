defmodule ProcSelectiveReceive do
  def run do
    send(self(), {:low, 1})
    send(self(), {:high, 2})
    send(self(), {:low, 3})
    send(self(), {:high, 4})
    send(self(), :other)
    receive do
      {:high, n} -> IO.inspect({:first_high, n})
    end
    receive do
      {:high, n} -> IO.inspect({:second_high, n})
    end
    receive do
      :other -> IO.puts("other")
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    receive do
      m -> IO.inspect(m)
    end
    receive do
      m -> IO.inspect(m)
    end
    receive do
      m -> IO.inspect(m)
    after
      0 -> IO.puts("empty")
    end
  end
end

ProcSelectiveReceive.run()
