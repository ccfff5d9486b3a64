# Elixir 1.14 does not check the :shutdown option of async streams.
{:ok, sup} = Task.Supervisor.start_link()
r = try do
  Task.Supervisor.async_stream(sup, [1], fn x -> x end, shutdown: :bad) |> Enum.to_list()
rescue
  e -> e
end
IO.inspect(r)
r = try do
  Task.async_stream([1], fn x -> x end, shutdown: :bad) |> Enum.to_list()
rescue
  e -> e
end
IO.inspect(r)
r = try do
  Task.Supervisor.async_stream_nolink(sup, [1], fn x -> x end, shutdown: -1) |> Enum.to_list()
rescue
  e -> e
end
IO.inspect(r)
