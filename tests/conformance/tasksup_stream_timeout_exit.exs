{:ok, sup} = Task.Supervisor.start_link()
r =
  try do
    Task.Supervisor.async_stream_nolink(sup, [10, 1000], fn x -> Process.sleep(x); x end, timeout: 100)
    |> Enum.to_list()
  catch
    :exit, {reason, _} -> {:caught, reason}
  end
IO.inspect(r)
Process.sleep(50)
IO.inspect(Task.Supervisor.children(sup))
r = Task.Supervisor.async_stream(sup, [3, 1, 2], fn x -> Process.sleep(x * 40); x end, ordered: false, max_concurrency: 3) |> Enum.to_list()
IO.inspect(r)
