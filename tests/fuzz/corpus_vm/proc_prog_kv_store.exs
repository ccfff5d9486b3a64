defmodule KVStore do
  def start do
    pid = spawn(fn -> loop(%{}) end)
    Process.register(pid, :kv_store)
    pid
  end

  def put(k, v), do: call({:put, k, v})
  def get(k), do: call({:get, k})
  def delete(k), do: call({:delete, k})
  def size, do: call(:size)

  defp call(req) do
    ref = make_ref()
    send(:kv_store, {req, self(), ref})
    receive do
      {^ref, reply} -> reply
    after
      1000 -> :timeout
    end
  end

  defp loop(state) do
    receive do
      {{:put, k, v}, from, ref} ->
        send(from, {ref, Map.get(state, k)})
        loop(Map.put(state, k, v))
      {{:get, k}, from, ref} ->
        send(from, {ref, Map.fetch(state, k)})
        loop(state)
      {{:delete, k}, from, ref} ->
        send(from, {ref, :ok})
        loop(Map.delete(state, k))
      {:size, from, ref} ->
        send(from, {ref, map_size(state)})
        loop(state)
    end
  end
end

defmodule ProcProgKvStore do
  def run do
    KVStore.start()
    IO.inspect(KVStore.put(:lang, "elixir"))
    IO.inspect(KVStore.put(:lang, "erlang"))
    IO.inspect(KVStore.get(:lang))
    IO.inspect(KVStore.get(:missing))
    parent = self()
    for i <- 1..20, do: spawn(fn -> KVStore.put(i, i * i); send(parent, :put_done) end)
    for _ <- 1..20, do: receive(do: (:put_done -> :ok))
    IO.inspect(KVStore.size())
    IO.inspect(KVStore.get(7))
    IO.inspect(KVStore.delete(7))
    IO.inspect({KVStore.get(7), KVStore.size()})
  end
end

ProcProgKvStore.run()
