defmodule StackServer do
  def start(items), do: spawn(fn -> loop(items) end)

  defp loop(stack) do
    receive do
      {:push, x} ->
        loop([x | stack])
      {:pop, from} ->
        case stack do
          [h | t] ->
            send(from, {:popped, h})
            loop(t)
          [] ->
            send(from, {:popped, :empty})
            loop([])
        end
      {:size, from} ->
        send(from, {:size, length(stack)})
        loop(stack)
    end
  end

  def call(pid, tag) do
    send(pid, {tag, self()})
    receive do
      {_, v} -> v
    end
  end
end

defmodule ProcStackServer do
  def run do
    s = StackServer.start([:base])
    send(s, {:push, 1})
    send(s, {:push, 2})
    send(s, {:push, 3})
    IO.inspect(StackServer.call(s, :size))
    IO.inspect(StackServer.call(s, :pop))
    IO.inspect(StackServer.call(s, :pop))
    send(s, {:push, :x})
    IO.inspect(Enum.map(1..4, fn _ -> StackServer.call(s, :pop) end))
    IO.inspect(StackServer.call(s, :size))
  end
end

ProcStackServer.run()
