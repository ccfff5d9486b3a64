defmodule X do
  def run do
    {:ok, pid} = Agent.start(fn -> %{} end, name: :kv)
    Agent.update(:kv, &Map.put(&1, :a, 1))
    IO.inspect(Agent.get(:kv, &Map.get(&1, :a)))
    IO.inspect(Process.whereis(:kv) == pid)
    IO.inspect(Agent.start_link(fn -> 1 end, name: :kv) |> elem(1) |> elem(0))
    IO.inspect(Agent.stop(:kv, :shutdown))
    try do
      Agent.get(:kv, & &1)
    catch
      :exit, r -> IO.inspect(r |> elem(0))
    end
  end
end

X.run()
