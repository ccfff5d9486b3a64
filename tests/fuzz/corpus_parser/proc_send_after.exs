defmodule ProcSendAfter do
  def run do
    t0 = System.monotonic_time(:millisecond)
    ref = Process.send_after(self(), :tick, 100)
    IO.inspect(is_reference(ref))
    receive do
      :tick -> IO.puts("tick")
    end
    IO.inspect(System.monotonic_time(:millisecond) - t0 >= 100)
    Process.send_after(self(), {:data, [1, 2]}, 10)
    r =
      receive do
        {:data, d} -> d
      after
        1000 -> :timeout
      end
    IO.inspect(r)
    Process.send_after(self(), :late, 300)
    r2 =
      receive do
        :late -> :got_it
      after
        50 -> :not_yet
      end
    IO.inspect(r2)
    receive do
      :late -> IO.puts("arrived later")
    end
    Process.send_after(self(), :zero, 0)
    receive do
      :zero -> IO.puts("zero delay")
    end
  end
end

ProcSendAfter.run()
