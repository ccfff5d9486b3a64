defmodule ProcStartTimer do
  def run do
    ref = :erlang.start_timer(30, self(), :payload)
    IO.inspect(is_reference(ref))
    receive do
      {:timeout, r, msg} -> IO.inspect({r == ref, msg})
    end
    ref2 = :erlang.send_after(20, self(), :plain)
    receive do
      m -> IO.inspect(m)
    end
    IO.inspect(:erlang.read_timer(ref2))
    ref3 = :erlang.start_timer(5000, self(), :never)
    left = :erlang.cancel_timer(ref3)
    IO.inspect(is_integer(left) and left > 4000)
    IO.inspect(:erlang.cancel_timer(ref3))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcStartTimer.run()
