{:ok, sup} = Task.Supervisor.start_link()
res =
  Task.Supervisor.async_stream_nolink(sup, [1, 2, 3], fn
    2 -> exit({:shutdown, :two})
    x -> x * 10
  end)
  |> Enum.to_list()
IO.inspect(res)
res =
  Task.Supervisor.async_stream_nolink(sup, [1, 2], Kernel, :*, [3])
  |> Enum.to_list()
IO.inspect(res)
res =
  Task.Supervisor.async_stream_nolink(sup, [10, 500], fn x -> Process.sleep(x); x end,
    timeout: 100, on_timeout: :kill_task)
  |> Enum.to_list()
IO.inspect(res)
res =
  Task.Supervisor.async_stream_nolink(sup, [1, 2], fn x -> exit({:shutdown, x}) end,
    zip_input_on_exit: true)
  |> Enum.to_list()
IO.inspect(res)
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup))
