defmodule ProcSpawnMany do
  def run do
    parent = self()
    n = 2000
    pids = for i <- 1..n, do: spawn(fn -> send(parent, {:square, i * i}) end)
    IO.inspect(length(pids))
    IO.inspect(length(Enum.uniq(pids)))
    sum = Enum.reduce(1..n, 0, fn _, acc ->
      receive do
        {:square, s} -> acc + s
      end
    end)
    IO.inspect(sum)
    IO.inspect(sum == Enum.sum(for i <- 1..n, do: i * i))
    Process.sleep(100)
    IO.inspect(Enum.count(pids, &Process.alive?/1))
  end
end

ProcSpawnMany.run()
