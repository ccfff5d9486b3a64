defmodule ProcSleep do
  def elapsed(fun) do
    t0 = System.monotonic_time(:millisecond)
    fun.()
    System.monotonic_time(:millisecond) - t0
  end

  def run do
    IO.inspect(elapsed(fn -> Process.sleep(100) end) >= 100)
    IO.inspect(elapsed(fn -> :timer.sleep(80) end) >= 80)
    IO.inspect(Process.sleep(1))
    IO.inspect(:timer.sleep(1))
    IO.inspect(Process.sleep(0))
    send(self(), :during_sleep)
    Process.sleep(20)
    IO.inspect(Process.info(self(), :message_queue_len))
    parent = self()
    spawn(fn -> send(parent, :from_child) end)
    Process.sleep(50)
    receive do
      m -> IO.inspect(m)
    end
    receive do
      m -> IO.inspect(m)
    end
  end
end

ProcSleep.run()
