defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init({:fail, r}), do: {:stop, r}
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule MyDyn do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: DynamicSupervisor.init(strategy: :one_for_one, max_children: 2, extra_arguments: [arg])
end
IO.inspect(MyDyn.child_spec(:x))
IO.inspect(DynamicSupervisor.init(strategy: :one_for_one))
{:ok, _} = MyDyn.start_link(:extra)
{:ok, a} = DynamicSupervisor.start_child(MyDyn, %{id: 1, start: {W, :start_link, [:one]}})
IO.inspect(GenServer.call(a, :get))
{:ok, _} = DynamicSupervisor.start_child(MyDyn, %{id: 2, start: {W, :start_link, [:two]}})
IO.inspect(DynamicSupervisor.start_child(MyDyn, %{id: 3, start: {W, :start_link, [:three]}}))
IO.inspect(DynamicSupervisor.count_children(MyDyn))
{:ok, sup} = Supervisor.start_link([{DynamicSupervisor, name: :inner_dyn}], strategy: :one_for_one)
IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, p, t, _} -> {id, is_pid(p), t} end))
