defmodule PingPong do
  def ping(0, pong, parent) do
    send(pong, :finished)
    send(parent, :ping_done)
  end

  def ping(n, pong, parent) do
    send(pong, {:ping, self()})
    receive do
      {:pong, count} ->
        if rem(count, 2) == 0, do: send(parent, {:log, count})
        ping(n - 1, pong, parent)
    end
  end

  def pong(count) do
    receive do
      {:ping, from} ->
        send(from, {:pong, count + 1})
        pong(count + 1)
      :finished ->
        exit({:pong_total, count})
    end
  end
end

defmodule ProcProgPingPong do
  def run do
    parent = self()
    {pong, ref} = spawn_monitor(fn -> PingPong.pong(0) end)
    spawn(fn -> PingPong.ping(7, pong, parent) end)
    loop()
    receive do
      {:DOWN, ^ref, :process, ^pong, reason} -> IO.inspect(reason)
    end
  end

  def loop do
    receive do
      {:log, c} -> IO.puts("pong number #{c}"); loop()
      :ping_done -> IO.puts("ping done")
    end
  end
end

ProcProgPingPong.run()
