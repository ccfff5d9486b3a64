defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
    parent = self()
    for i <- 1..3 do
      spawn(fn ->
        {:ok, _} = Registry.register(PubSub, :news, i)
        send(parent, :subscribed)
        receive do {:news, msg} -> send(parent, {:got, i, msg}) end
      end)
    end
    for _ <- 1..3, do: receive(do: (:subscribed -> :ok))
    IO.inspect(Registry.count(PubSub))
    IO.inspect(Registry.lookup(PubSub, :news) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
    Registry.dispatch(PubSub, :news, fn entries -> for {pid, _} <- entries, do: send(pid, {:news, "hello"}) end)
    got = for _ <- 1..3, do: receive(do: ({:got, i, msg} -> {i, msg}))
    IO.inspect(Enum.sort(got))
    {:ok, _} = Registry.register(PubSub, :news, :me)
    {:ok, _} = Registry.register(PubSub, :news, :me_again)
    IO.inspect(Registry.keys(PubSub, self()))
    IO.inspect(Registry.values(PubSub, :news, self()))
  end
end

X.run()
