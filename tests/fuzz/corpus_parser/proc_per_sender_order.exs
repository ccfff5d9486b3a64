defmodule ProcPerSenderOrder do
  def collect(0, acc), do: acc

  def collect(n, acc) do
    receive do
      {who, i} -> collect(n - 1, Map.update(acc, who, [i], &(&1 ++ [i])))
    end
  end

  def run do
    parent = self()
    for who <- [:a, :b, :c] do
      spawn(fn -> for i <- 1..20, do: send(parent, {who, i}) end)
    end
    result = collect(60, %{})
    IO.inspect(Map.keys(result))
    for {who, list} <- result do
      IO.inspect({who, list == Enum.to_list(1..20)})
    end
  end
end

ProcPerSenderOrder.run()
