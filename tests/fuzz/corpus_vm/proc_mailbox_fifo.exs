defmodule ProcMailboxFifo do
  def collect(0, acc), do: Enum.reverse(acc)

  def collect(n, acc) do
    receive do
      m -> collect(n - 1, [m | acc])
    end
  end

  def run do
    for i <- 1..10, do: send(self(), i)
    IO.inspect(collect(10, []))
    parent = self()
    spawn(fn -> for w <- [:a, :b, :c, :d], do: send(parent, {:w, w}) end)
    IO.inspect(collect(4, []))
    send(self(), :first)
    send(self(), {:second, 2})
    send(self(), "third")
    IO.inspect(collect(3, []))
  end
end

ProcMailboxFifo.run()
