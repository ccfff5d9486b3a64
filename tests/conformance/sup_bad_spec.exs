defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([%{id: :a}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{start: {W, :start_link, [1]}}], strategy: :one_for_one))
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, %{id: :x}))
IO.inspect(Supervisor.start_child(sup, %{id: :y, start: {W, :start_link, [1]}, restart: :sometimes}))
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_restarts: -1))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {W, :start_link, [1]}, shutdown: -5}))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {W, :start_link, [1]}, type: :boss}))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {W, :start_link}}))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {W, :start_link, [1]}, modules: :dynamic}) |> elem(0))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, _, m} -> {id, m} end))
