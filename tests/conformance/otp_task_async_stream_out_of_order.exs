# Tasks that finish out of input order: an ordered stream still gives input
# order (early results wait for the ones before them), and a task killed on
# timeout takes its own place.
sleeps = [60, 5, 40, 0, 20, 50, 10, 0]

Task.async_stream(sleeps, fn ms -> Process.sleep(ms); ms end, max_concurrency: 4)
|> Enum.to_list()
|> IO.inspect()

Task.async_stream(1..9, fn x -> Process.sleep(rem(10 - x, 4) * 10); x * x end,
  max_concurrency: 3)
|> Enum.to_list()
|> IO.inspect()

Task.async_stream([80, 1, 2], fn ms -> Process.sleep(ms); ms end,
  timeout: 40, on_timeout: :kill_task, max_concurrency: 3)
|> Enum.to_list()
|> IO.inspect()
