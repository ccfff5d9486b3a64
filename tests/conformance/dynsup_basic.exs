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

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn)
IO.inspect(Process.whereis(:dyn) == sup)
IO.inspect(DynamicSupervisor.which_children(sup))
{:ok, a} = DynamicSupervisor.start_child(:dyn, {W, :a})
{:ok, b} = DynamicSupervisor.start_child(:dyn, %{id: :whatever, start: {W, :start_link, [:b]}})
IO.inspect(Enum.map([a, b], fn p -> GenServer.call(p, :get) end))
IO.inspect(Enum.map(DynamicSupervisor.which_children(sup), fn {id, p, t, m} -> {id, p == a or p == b, t, m} end))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, {:fail, :nope}}))
IO.inspect(DynamicSupervisor.terminate_child(sup, a))
IO.inspect(Process.alive?(a))
IO.inspect(DynamicSupervisor.terminate_child(sup, a))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.stop(sup))
IO.inspect(Process.alive?(b))
