defmodule ProcCancelTimer do
  def run do
    ref = Process.send_after(self(), :never_arrives, 1000)
    left = Process.cancel_timer(ref)
    IO.inspect(is_integer(left))
    IO.inspect(left > 500 and left <= 1000)
    r =
      receive do
        :never_arrives -> :arrived
      after
        100 -> :cancelled
      end
    IO.inspect(r)
    IO.inspect(Process.cancel_timer(ref))
    ref2 = Process.send_after(self(), :fired, 10)
    receive do
      :fired -> IO.puts("fired")
    end
    IO.inspect(Process.cancel_timer(ref2))
    ref3 = Process.send_after(self(), :pending, 20)
    Process.sleep(100)
    IO.inspect(Process.cancel_timer(ref3))
    IO.inspect(Process.info(self(), :messages))
    IO.inspect(Process.cancel_timer(make_ref()))
    ref4 = Process.send_after(self(), :x, 5000)
    IO.inspect(Process.cancel_timer(ref4, info: false))
  end
end

ProcCancelTimer.run()
