# The child spec id of a Task.Supervisor (and a DynamicSupervisor) is its name.
IO.inspect(Task.Supervisor.child_spec([]).id)
IO.inspect(Task.Supervisor.child_spec(name: :ts).id)
IO.inspect(Task.Supervisor.child_spec(name: {:global, :g}).id)
IO.inspect(Task.Supervisor.child_spec(name: {:via, Registry, {MyReg, :t}}).id)
IO.inspect(DynamicSupervisor.child_spec(name: {:via, Registry, {MyReg, :d}}).id)
{:ok, _} = Registry.start_link(keys: :unique, name: MyReg)
children = [
  {Task.Supervisor, name: {:via, Registry, {MyReg, :t}}},
  {DynamicSupervisor, name: {:via, Registry, {MyReg, :d}}}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
{:ok, pid} = Task.Supervisor.start_child({:via, Registry, {MyReg, :t}}, fn -> :ok end)
IO.inspect(is_pid(pid))
IO.inspect(DynamicSupervisor.count_children({:via, Registry, {MyReg, :d}}))
