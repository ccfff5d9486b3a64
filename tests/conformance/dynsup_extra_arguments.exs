defmodule W do
  use GenServer
  def start_link(a, b), do: GenServer.start_link(__MODULE__, {a, b})
  def start_link(a, b, c), do: GenServer.start_link(__MODULE__, {a, b, c})
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:extra])
{:ok, p} = DynamicSupervisor.start_child(sup, %{id: :w, start: {W, :start_link, [1]}})
IO.inspect(GenServer.call(p, :get))
{:ok, q} = DynamicSupervisor.start_child(sup, %{id: :w, start: {W, :start_link, [1, 2]}, restart: :transient})
IO.inspect(GenServer.call(q, :get))
# the stored arguments do not include the extra ones: a restart adds them again
ref = Process.monitor(p)
Process.exit(p, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(20)
[p2] = for {_, pid, _, _} <- DynamicSupervisor.which_children(sup), pid != q, do: pid
IO.inspect(GenServer.call(p2, :get))
children = :sys.get_state(sup).children
IO.inspect(children[p2] |> elem(0))
IO.inspect(children[q] |> elem(0))
{:ok, t} = DynamicSupervisor.start_child(sup, %{id: :w, start: {W, :start_link, [3]}, restart: :temporary})
IO.inspect(:sys.get_state(sup).children[t])
IO.inspect(DynamicSupervisor.start_child(sup, %{id: :w, start: {W, :start_link, []}}) |> elem(0))
