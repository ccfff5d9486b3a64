defmodule PubSub do
  def start, do: spawn(fn -> loop(%{}) end)

  defp loop(subs) do
    receive do
      {:subscribe, topic, pid} ->
        Process.monitor(pid)
        loop(Map.update(subs, topic, [pid], &(&1 ++ [pid])))
      {:publish, topic, msg} ->
        Enum.each(Map.get(subs, topic, []), &send(&1, {:event, topic, msg}))
        loop(subs)
      {:DOWN, _, :process, pid, _} ->
        loop(Map.new(subs, fn {t, ps} -> {t, List.delete(ps, pid)} end))
      {:count, topic, from} ->
        send(from, {:count, length(Map.get(subs, topic, []))})
        loop(subs)
    end
  end
end

defmodule ProcProgPubsub do
  def subscriber(name, parent) do
    receive do
      {:event, t, m} -> send(parent, {name, t, m}); subscriber(name, parent)
      :quit -> :ok
    end
  end

  def count(ps, topic) do
    send(ps, {:count, topic, self()})
    receive do
      {:count, n} -> n
    end
  end

  def run do
    ps = PubSub.start()
    me = self()
    a = spawn(fn -> subscriber(:a, me) end)
    b = spawn(fn -> subscriber(:b, me) end)
    send(ps, {:subscribe, :news, a})
    send(ps, {:subscribe, :news, b})
    send(ps, {:subscribe, :sport, b})
    send(ps, {:publish, :news, "hello"})
    send(ps, {:publish, :sport, "goal"})
    events = for _ <- 1..3, do: receive(do: (m -> m))
    Enum.each(Enum.sort(events), &IO.inspect/1)
    IO.inspect({count(ps, :news), count(ps, :sport)})
    ref = Process.monitor(b)
    send(b, :quit)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    Process.sleep(50)
    IO.inspect({count(ps, :news), count(ps, :sport)})
  end
end

ProcProgPubsub.run()
