defmodule Mutex do
  def start, do: spawn(fn -> free() end)

  defp free do
    receive do
      {:lock, pid} ->
        send(pid, :locked)
        busy(pid)
    end
  end

  defp busy(owner) do
    receive do
      {:unlock, ^owner} -> free()
    end
  end
end

defmodule ProcProgMutex do
  def critical(mutex, id, log) do
    send(mutex, {:lock, self()})
    receive do
      :locked -> :ok
    end
    send(log, {:enter, id})
    Process.sleep(5)
    send(log, {:leave, id})
    send(mutex, {:unlock, self()})
  end

  def check([], _inside, count), do: {:ok, count}
  def check([{:enter, id} | rest], nil, c), do: check(rest, id, c + 1)
  def check([{:leave, id} | rest], id, c), do: check(rest, nil, c)
  def check([bad | _], inside, _), do: {:overlap, bad, inside}

  def run do
    m = Mutex.start()
    log = self()
    parent = self()
    for id <- 1..8 do
      spawn(fn -> critical(m, id, log); send(parent, {:finished, id}) end)
    end
    events = collect(16 + 8, [])
    log_events = Enum.filter(events, &match?({e, _} when e in [:enter, :leave], &1))
    IO.inspect(length(log_events))
    IO.inspect(check(log_events, nil, 0))
    IO.inspect(events |> Enum.filter(&match?({:finished, _}, &1)) |> length())
  end

  def collect(0, acc), do: Enum.reverse(acc)
  def collect(n, acc), do: receive(do: (m -> collect(n - 1, [m | acc])))
end

ProcProgMutex.run()
