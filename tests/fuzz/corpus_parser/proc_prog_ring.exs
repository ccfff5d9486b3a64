defmodule Ring do
  def start(n, parent) do
    first = self()
    next = Enum.reduce(2..n, first, fn i, nxt ->
      spawn(fn -> relay(i, nxt) end)
    end)
    send(parent, {:ring_ready, n})
    head(next, parent)
  end

  def relay(id, next) do
    receive do
      {:token, hops, trail} ->
        send(next, {:token, hops + 1, [id | trail]})
        relay(id, next)
      :stop ->
        send(next, :stop)
    end
  end

  def head(next, parent) do
    receive do
      {:go, laps} -> send(next, {:token, 0, [1]}); head_wait(next, parent, laps)
    end
  end

  def head_wait(next, parent, 1) do
    receive do
      {:token, hops, trail} ->
        send(parent, {:done, hops, length(trail), Enum.take(trail, 5)})
        send(next, :stop)
    end
  end

  def head_wait(next, parent, laps) do
    receive do
      {:token, hops, _trail} ->
        send(next, {:token, hops, [1]})
        head_wait(next, parent, laps - 1)
    end
  end
end

defmodule ProcProgRing do
  def run do
    parent = self()
    head = spawn(fn -> Ring.start(100, parent) end)
    receive do
      {:ring_ready, n} -> IO.inspect({:ring_size, n})
    end
    send(head, {:go, 3})
    receive do
      {:done, hops, trail_len, last5} -> IO.inspect({hops, trail_len, last5})
    end
  end
end

ProcProgRing.run()
