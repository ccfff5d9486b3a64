# The module behind a DynamicSupervisor, as its "$initial_call" and :sys show it.
defmodule MySup do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg)
  def init(arg), do: DynamicSupervisor.init(max_children: arg)
end

{:ok, d} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(elem(Process.info(d, :dictionary), 1)[:"$initial_call"])
state = :sys.get_state(d)
IO.inspect({state.mod, elem(state.name, 0) == d, elem(state.name, 1)})
IO.inspect(state.args)
IO.inspect({state.max_restarts, state.max_seconds, state.max_children, state.strategy})

{:ok, named} = DynamicSupervisor.start_link(name: :named_dyn)
IO.inspect(elem(Process.info(named, :dictionary), 1)[:"$initial_call"])
IO.inspect(:sys.get_state(:named_dyn).name)

{:ok, m} = MySup.start_link(2)
IO.inspect(elem(Process.info(m, :dictionary), 1)[:"$initial_call"])
IO.inspect(:sys.get_state(m).max_children)

{:ok, t} = Task.Supervisor.start_link()
IO.inspect(elem(Process.info(t, :dictionary), 1)[:"$initial_call"])
IO.inspect(elem(Process.info(t, :dictionary), 1)[Task.Supervisor])
IO.inspect(:sys.get_state(t).args)
IO.inspect(DynamicSupervisor.child_spec(name: {:global, :g}).id)
IO.inspect(DynamicSupervisor.child_spec(name: {:via, Registry, {:r, 1}}).id)
IO.inspect(DynamicSupervisor.child_spec([]))
