defmodule ProcLinkChain do
  def node(parent, 0) do
    send(parent, {:node, 0, self()})
    receive do
      :crash -> exit(:chain_broken)
    end
  end

  def node(parent, n) do
    send(parent, {:node, n, self()})
    spawn_link(fn -> node(parent, n - 1) end)
    receive do
      :never -> :ok
    end
  end

  def run do
    parent = self()
    spawn(fn -> node(parent, 4) end)
    nodes =
      for n <- 4..0 do
        receive do
          {:node, ^n, pid} -> pid
        end
      end
    IO.inspect(length(nodes))
    links = Enum.map(nodes, fn p -> p |> Process.info(:links) |> elem(1) |> length() end)
    IO.inspect(links)
    refs = Enum.map(nodes, &Process.monitor/1)
    send(List.last(nodes), :crash)
    for r <- refs do
      receive do
        {:DOWN, ^r, :process, _, reason} -> IO.inspect(reason)
      end
    end
    IO.inspect(Enum.any?(nodes, &Process.alive?/1))
  end
end

ProcLinkChain.run()
