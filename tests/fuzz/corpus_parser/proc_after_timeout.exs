defmodule ProcAfterTimeout do
  def run do
    t0 = System.monotonic_time(:millisecond)
    r =
      receive do
        :never -> :got
      after
        100 -> :timeout
      end
    elapsed = System.monotonic_time(:millisecond) - t0
    IO.inspect(r)
    IO.inspect(elapsed >= 100)
    send(self(), :unrelated)
    r2 =
      receive do
        :wanted -> :got
      after
        50 -> :timeout_again
      end
    IO.inspect(r2)
    IO.inspect(Process.info(self(), :message_queue_len))
    timeout = 20
    r3 = receive do
      :x -> :x
    after
      timeout * 2 -> {:after, timeout * 2}
    end
    IO.inspect(r3)
  end
end

ProcAfterTimeout.run()
