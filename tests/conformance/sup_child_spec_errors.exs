# Elixir 1.14's messages for children that are not child specs.
defmodule NoSpec do
  def start_link(_), do: :ignore
end

for child <- [NoSpec, {NoSpec, 1}, NoSuchModule, {NoSuchModule, :x}, "str", {1, 2}] do
  try do
    Supervisor.start_link([child], strategy: :one_for_one)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

try do
  Supervisor.child_spec({:a, {M, :f, []}, :permanent, 5000, :worker, [M]}, id: 2)
rescue
  e -> IO.puts(Exception.message(e))
end
# old-style tuples pass through Supervisor.init/2 untouched
{:ok, {_flags, [tuple]}} = Supervisor.init([{:a, {M, :f, []}, :permanent, 5000, :worker, [M]}], strategy: :one_for_one)
IO.inspect(tuple)
{:ok, sup} = Supervisor.start_link([{:a, {Agent, :start_link, [fn -> 1 end]}, :permanent, 5000, :worker, [Agent]}], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(Supervisor.start_child(sup, {:b, {Agent, :start_link, [fn -> 2 end]}, :temporary, 5000, :worker, [Agent]}) |> elem(0))
IO.inspect(Supervisor.start_child(sup, {:b, {Agent, :start_link, [fn -> 2 end]}, :temporary, 5000, :worker, [Agent]}) |> elem(1) |> elem(0))
IO.inspect(:supervisor.get_childspec(sup, :b))
