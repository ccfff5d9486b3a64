defmodule Par do
  def pmap(list, f) do
    parent = self()
    list
    |> Enum.map(fn x ->
      ref = make_ref()
      spawn(fn -> send(parent, {ref, f.(x)}) end)
      ref
    end)
    |> Enum.map(fn ref ->
      receive do
        {^ref, v} -> v
      end
    end)
  end
end

defmodule ProcProgPmap do
  def run do
    IO.inspect(Par.pmap(1..10, &(&1 * &1)))
    delays = [50, 10, 40, 0, 30]
    IO.inspect(Par.pmap(delays, fn d -> Process.sleep(d); {:slept, d} end))
    IO.inspect(Par.pmap([], &(&1)))
    IO.inspect(Par.pmap(~w(a bb ccc), &String.upcase/1))
    t0 = System.monotonic_time(:millisecond)
    Par.pmap(1..20, fn _ -> Process.sleep(100) end)
    elapsed = System.monotonic_time(:millisecond) - t0
    IO.inspect(elapsed >= 100 and elapsed < 1500)
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcProgPmap.run()
