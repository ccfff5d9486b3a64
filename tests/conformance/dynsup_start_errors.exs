# start_child when the child's start fails, is ignored or returns junk.
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init({:fail, r}), do: {:stop, r}
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
end

defmodule Odd do
  def start(:error), do: {:error, :nope}
  def start(:junk), do: :what
  def start(:raise), do: raise("boom")
  def start(:throw), do: throw(:thrown)
  def start(:exit), do: exit(:gone)
  def start(:extra), do: {:ok, spawn(fn -> Process.sleep(:infinity) end), :info}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.start_child(sup, {W, {:fail, :bad}}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
for how <- [:error, :junk, :exit] do
  IO.inspect(DynamicSupervisor.start_child(sup, %{id: how, start: {Odd, :start, [how]}}))
end
{:error, {{:nocatch, :thrown}, stack}} =
  DynamicSupervisor.start_child(sup, %{id: :t, start: {Odd, :start, [:throw]}})
IO.inspect(is_list(stack))
{:error, {%RuntimeError{message: msg}, stack}} =
  DynamicSupervisor.start_child(sup, %{id: :r, start: {Odd, :start, [:raise]}})
IO.inspect({msg, is_list(stack)})
{:ok, pid, :info} = DynamicSupervisor.start_child(sup, %{id: :x, start: {Odd, :start, [:extra]}})
IO.inspect(is_pid(pid))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(Process.alive?(sup))

# invalid specs are rejected before reaching the supervisor
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, restart: :sometimes}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, shutdown: 0}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, shutdown: -1}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, modules: [1]}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, modules: :dynamic}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, {:old, {W, :start_link, [2]}, :temporary, 100, :worker, [W]}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, {:old, {W, :start_link, [2]}, :bad, 100, :worker, [W]}))
IO.inspect(DynamicSupervisor.count_children(sup))
