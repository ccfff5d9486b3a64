defmodule ProcReadTimer do
  def run do
    ref = Process.send_after(self(), :msg, 2000)
    t = Process.read_timer(ref)
    IO.inspect(is_integer(t))
    IO.inspect(t > 1500 and t <= 2000)
    Process.sleep(200)
    t2 = Process.read_timer(ref)
    IO.inspect(t2 < t)
    IO.inspect(t - t2 >= 150)
    Process.cancel_timer(ref)
    IO.inspect(Process.read_timer(ref))
    ref2 = Process.send_after(self(), :quick, 10)
    receive do
      :quick -> :ok
    end
    IO.inspect(Process.read_timer(ref2))
    IO.inspect(Process.read_timer(make_ref()))
  end
end

ProcReadTimer.run()
