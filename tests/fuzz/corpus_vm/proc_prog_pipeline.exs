defmodule Stage do
  def start(f, next), do: spawn(fn -> loop(f, next) end)

  defp loop(f, next) do
    receive do
      {:item, x} ->
        case f.(x) do
          :drop -> :ok
          y -> send(next, {:item, y})
        end
        loop(f, next)
      :eof ->
        send(next, :eof)
    end
  end
end

defmodule ProcProgPipeline do
  def sink(acc) do
    receive do
      {:item, x} -> sink([x | acc])
      :eof -> Enum.reverse(acc)
    end
  end

  def run do
    me = self()
    s3 = Stage.start(fn x -> "item-#{x}" end, me)
    s2 = Stage.start(fn x -> if rem(x, 3) == 0, do: :drop, else: x end, s3)
    s1 = Stage.start(fn x -> x * 10 + 1 end, s2)
    Enum.each(1..10, &send(s1, {:item, &1}))
    send(s1, :eof)
    IO.inspect(sink([]))
    Process.sleep(20)
    IO.inspect(Enum.map([s1, s2, s3], &Process.alive?/1))
  end
end

ProcProgPipeline.run()
