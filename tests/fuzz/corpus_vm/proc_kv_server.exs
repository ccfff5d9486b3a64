defmodule KV do
  def start, do: spawn(fn -> loop(%{}) end)

  defp loop(map) do
    receive do
      {:put, k, v} -> loop(Map.put(map, k, v))
      {:get, k, from, ref} ->
        send(from, {ref, Map.get(map, k)})
        loop(map)
      {:delete, k} -> loop(Map.delete(map, k))
      {:keys, from, ref} ->
        send(from, {ref, map |> Map.keys() |> Enum.sort()})
        loop(map)
    end
  end

  def get(pid, k) do
    ref = make_ref()
    send(pid, {:get, k, self(), ref})
    receive do
      {^ref, v} -> v
    end
  end

  def keys(pid) do
    ref = make_ref()
    send(pid, {:keys, self(), ref})
    receive do
      {^ref, v} -> v
    end
  end
end

defmodule ProcKvServer do
  def run do
    kv = KV.start()
    IO.inspect(KV.get(kv, :missing))
    send(kv, {:put, :b, 2})
    send(kv, {:put, :a, 1})
    send(kv, {:put, "s", [1, 2]})
    IO.inspect(KV.get(kv, :a))
    IO.inspect(KV.get(kv, "s"))
    IO.inspect(KV.keys(kv))
    send(kv, {:put, :a, 100})
    send(kv, {:delete, :b})
    IO.inspect({KV.get(kv, :a), KV.get(kv, :b)})
    IO.inspect(KV.keys(kv))
  end
end

ProcKvServer.run()
