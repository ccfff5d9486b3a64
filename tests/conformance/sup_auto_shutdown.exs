# auto_shutdown (OTP 24+): the supervisor stops when significant children end.
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule Sup do
  def init({auto, specs}) do
    {:ok, {%{strategy: :one_for_one, intensity: 10, auto_shutdown: auto}, specs}}
  end
end

defmodule H do
  def spec(id, restart, significant),
    do: %{id: id, start: {W, :start_link, [id]}, restart: restart, significant: significant}

  def stop(sup, id, r) do
    {_, pid, _, _} = List.keyfind(:supervisor.which_children(sup), id, 0)
    ref = Process.monitor(pid)
    if r == :boom, do: Process.exit(pid, r), else: GenServer.cast(pid, {:stop, r})
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(20)
    Process.alive?(sup)
  end

  def start(auto, specs) do
    {:ok, sup} = :supervisor.start_link(Sup, {auto, specs})
    Process.unlink(sup)
    sup
  end
end

# any_significant: the first significant child that ends stops the supervisor
sup = H.start(:any_significant, [H.spec(:a, :transient, true), H.spec(:b, :temporary, true), H.spec(:c, :permanent, false)])
IO.inspect(H.stop(sup, :a, :boom))    # transient + abnormal: restarted
IO.inspect(H.stop(sup, :c, :boom))    # not significant
ref = Process.monitor(sup)
{_, c, _, _} = List.keyfind(:supervisor.which_children(sup), :c, 0)
IO.inspect(H.stop(sup, :b, :normal))
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:sup_down, r}) end
IO.inspect(Process.alive?(c))

# all_significant: only when the last significant child has ended
sup = H.start(:all_significant, [H.spec(:a, :transient, true), H.spec(:b, :temporary, true), H.spec(:c, :transient, false)])
IO.inspect(H.stop(sup, :c, :normal))
IO.inspect(H.stop(sup, :a, {:shutdown, :done}))
IO.inspect(:supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end))
IO.inspect(H.stop(sup, :b, :boom))

# a significant temporary child ended by terminate_child does not stop it
sup = H.start(:any_significant, [H.spec(:a, :temporary, true)])
IO.inspect(:supervisor.terminate_child(sup, :a))
IO.inspect({Process.alive?(sup), :supervisor.which_children(sup)})

# never (the default): significant children are refused
sup = H.start(:never, [])
IO.inspect(:supervisor.start_child(sup, H.spec(:x, :transient, true)))
IO.inspect(:supervisor.start_child(sup, H.spec(:x, :transient, false)) |> elem(0))
IO.inspect(:supervisor.get_childspec(sup, :x) |> elem(1) |> Map.get(:significant))
