# simple_one_for_one with temporary and transient children, and supervisors.
defmodule W do
  use GenServer
  def start_link(extra), do: GenServer.start_link(__MODULE__, extra)
  def init(arg), do: {:ok, arg}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule Pool do
  def init({restart, type}) do
    {:ok, {{:simple_one_for_one, 3, 5}, [{:w, {W, :start_link, []}, restart, 1000, type, [W]}]}}
  end
end

defmodule H do
  def stop(pid, r) do
    ref = Process.monitor(pid)
    # an exit signal from here: a GenServer that stops itself abnormally logs
    if r == :boom, do: Process.exit(pid, r), else: GenServer.cast(pid, {:stop, r})
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(20)
  end
end

{:ok, t} = :supervisor.start_link(Pool, {:temporary, :worker})
{:ok, t1} = :supervisor.start_child(t, [1])
{:ok, t2} = :supervisor.start_child(t, [2])
H.stop(t1, :boom)
H.stop(t2, :normal)
IO.inspect(:supervisor.which_children(t))
IO.inspect(:supervisor.count_children(t))

{:ok, tr} = :supervisor.start_link(Pool, {:transient, :supervisor})
{:ok, x1} = :supervisor.start_child(tr, [1])
{:ok, x2} = :supervisor.start_child(tr, [2])
H.stop(x1, {:shutdown, :done})
IO.inspect(:supervisor.count_children(tr))
H.stop(x2, :boom)
[{:undefined, x3, :supervisor, [W]}] = :supervisor.which_children(tr)
IO.inspect(x3 != x2)
IO.inspect(:supervisor.count_children(tr))
IO.inspect(:supervisor.get_childspec(tr, x3))
