defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: Dup)
    Registry.register(Dup, :k, {:a, 1})
    Registry.register(Dup, :k, {:b, 2})
    Registry.register(Dup, :k, {:a, 3})
    IO.inspect(Registry.match(Dup, :k, {:a, :_}) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Registry.count_match(Dup, :k, {:a, :_}))
    IO.inspect(Registry.count_match(Dup, :k, {:_, :"$1"}, [{:>, :"$1", 1}]))
    IO.inspect(Registry.match(Dup, :k, {:_, :"$1"}, [{:>, :"$1", 2}]) |> Enum.map(&elem(&1, 1)))
  end
end

X.run()
