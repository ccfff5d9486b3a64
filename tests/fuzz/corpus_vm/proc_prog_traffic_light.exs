defmodule Light do
  def start, do: spawn(fn -> red(0) end)

  defp red(n) do
    receive do
      {:next, from} -> send(from, {:now, :green}); green(n + 1)
      {:state, from} -> send(from, {:state, :red, n}); red(n)
    end
  end

  defp green(n) do
    receive do
      {:next, from} -> send(from, {:now, :yellow}); yellow(n + 1)
      {:state, from} -> send(from, {:state, :green, n}); green(n)
    end
  end

  defp yellow(n) do
    receive do
      {:next, from} -> send(from, {:now, :red}); red(n + 1)
      {:state, from} -> send(from, {:state, :yellow, n}); yellow(n)
    end
  end
end

defmodule ProcProgTrafficLight do
  def ask(pid, msg) do
    send(pid, {msg, self()})
    receive do
      reply -> reply
    end
  end

  def run do
    l = Light.start()
    IO.inspect(ask(l, :state))
    for _ <- 1..4, do: IO.inspect(ask(l, :next))
    IO.inspect(ask(l, :state))
    send(l, :unknown_message)
    IO.inspect(ask(l, :state))
    IO.inspect(Process.info(l, :message_queue_len))
  end
end

ProcProgTrafficLight.run()
