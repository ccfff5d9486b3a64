# Many aliases made and dropped in a scrambled order: each live one still
# delivers, each dropped one delivers nothing, one-shot and monitor aliases end.
defmodule AliasMany do
  def run do
    aliases = for _ <- 1..500, do: :erlang.alias()

    {drop, keep} =
      aliases |> Enum.with_index() |> Enum.split_with(fn {_, i} -> rem(i * 7, 3) == 0 end)

    drop
    |> Enum.sort_by(fn {_, i} -> rem(i * 37, 101) end)
    |> Enum.each(fn {a, _} -> true = :erlang.unalias(a) end)

    IO.inspect(Enum.map(Enum.take(drop, 3), fn {a, _} -> :erlang.unalias(a) end))
    me = self()

    spawn(fn ->
      Enum.each(aliases, fn a -> send(a, {:hi, a}) end)
      send(me, :done)
    end)

    receive do
      :done -> :ok
    end

    IO.inspect({length(keep), count(0)})
    r = :erlang.alias([:reply])
    send(r, 1)
    send(r, 2)
    IO.inspect(count(0))
    {pid, ref} = spawn_monitor(fn -> receive do _ -> :ok end end)
    m = :erlang.monitor(:process, pid, [alias: :demonitor])
    send(pid, :go)

    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end

    receive do
      {:DOWN, ^m, _, _, reason} -> IO.inspect(reason)
    end

    send(m, :after)
    IO.inspect(count(0))
  end

  defp count(n) do
    receive do
      _ -> count(n + 1)
    after
      50 -> n
    end
  end
end

AliasMany.run()
