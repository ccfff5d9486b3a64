defmodule Counter do
  def start(initial), do: spawn(fn -> loop(initial) end)

  defp loop(count) do
    receive do
      :inc -> loop(count + 1)
      {:add, n} -> loop(count + n)
      {:get, from} ->
        send(from, {:count, count})
        loop(count)
      :stop -> :ok
    end
  end

  def get(pid) do
    send(pid, {:get, self()})
    receive do
      {:count, c} -> c
    end
  end
end

defmodule ProcCounterServer do
  def run do
    c = Counter.start(0)
    IO.inspect(Counter.get(c))
    for _ <- 1..10, do: send(c, :inc)
    IO.inspect(Counter.get(c))
    send(c, {:add, 100})
    IO.inspect(Counter.get(c))
    c2 = Counter.start(-5)
    send(c2, :inc)
    IO.inspect({Counter.get(c), Counter.get(c2)})
    ref = Process.monitor(c)
    send(c, :stop)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
    end
    IO.inspect(Process.alive?(c2))
  end
end

ProcCounterServer.run()
