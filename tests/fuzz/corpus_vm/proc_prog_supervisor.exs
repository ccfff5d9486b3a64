defmodule MiniSup do
  def start(parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      loop(start_worker(), parent, 0)
    end)
  end

  def start_worker do
    spawn_link(fn ->
      receive do
        {:work, from, n} when n < 0 -> send(from, :crashing); exit({:bad_input, n})
        {:work, from, n} -> send(from, {:result, n * 2})
      end
    end)
  end

  defp loop(worker, parent, restarts) do
    receive do
      {:get_worker, from} ->
        send(from, {:worker, worker})
        loop(worker, parent, restarts)
      {:EXIT, ^worker, :normal} ->
        loop(start_worker(), parent, restarts)
      {:EXIT, ^worker, reason} ->
        send(parent, {:restarted, reason, restarts + 1})
        loop(start_worker(), parent, restarts + 1)
    end
  end
end

defmodule ProcProgSupervisor do
  def work(sup, n) do
    send(sup, {:get_worker, self()})
    w = receive do
      {:worker, w} -> w
    end
    send(w, {:work, self(), n})
    receive do
      {:result, r} -> {:ok, r}
      :crashing ->
        receive do
          {:restarted, reason, count} -> {:crashed, reason, count}
        end
    end
  end

  def run do
    sup = MiniSup.start(self())
    IO.inspect(work(sup, 5))
    IO.inspect(work(sup, -1))
    IO.inspect(work(sup, 10))
    IO.inspect(work(sup, -2))
    IO.inspect(work(sup, 1))
    IO.inspect(Process.alive?(sup))
  end
end

ProcProgSupervisor.run()
