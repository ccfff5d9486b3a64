defmodule Pool do
  def start(n), do: for(i <- 1..n, do: spawn(fn -> worker(i) end))

  def worker(id) do
    receive do
      {:job, from, job_id, f} ->
        send(from, {:result, job_id, id, f.()})
        worker(id)
      :stop -> :ok
    end
  end

  def run_jobs(workers, jobs) do
    indexed = Enum.with_index(jobs)
    Enum.each(indexed, fn {f, i} ->
      w = Enum.at(workers, rem(i, length(workers)))
      send(w, {:job, self(), i, f})
    end)
    results = for _ <- indexed do
      receive do
        {:result, job_id, worker_id, value} -> {job_id, worker_id, value}
      end
    end
    Enum.sort(results)
  end
end

defmodule ProcProgWorkerPool do
  def run do
    workers = Pool.start(3)
    jobs = for n <- 1..8, do: fn -> Process.sleep(rem(n * 7, 5) * 5); n * n end
    results = Pool.run_jobs(workers, jobs)
    Enum.each(results, fn {job, worker, v} -> IO.puts("job #{job} on worker #{worker}: #{v}") end)
    IO.inspect(Enum.map(results, &elem(&1, 2)))
    Enum.each(workers, &send(&1, :stop))
  end
end

ProcProgWorkerPool.run()
