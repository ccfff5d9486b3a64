# simple_one_for_one with significant children: all_significant stops the
# supervisor when its last child has ended.
defmodule Pool do
  def init(auto) do
    spec = %{id: :t, start: {Agent, :start_link, []}, restart: :transient, significant: true}
    {:ok, {%{strategy: :simple_one_for_one, auto_shutdown: auto}, [spec]}}
  end
end

defmodule H do
  def stop(sup, pid) do
    ref = Process.monitor(pid)
    Agent.stop(pid, {:shutdown, :done})
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(20)
    {Process.alive?(sup), length(:supervisor.which_children(sup))}
  catch
    :exit, _ -> {Process.alive?(sup), :gone}
  end
end

{:ok, sup} = :supervisor.start_link(Pool, :all_significant)
Process.unlink(sup)
IO.inspect(:supervisor.which_children(sup))
{:ok, a} = :supervisor.start_child(sup, [fn -> :a end])
{:ok, b} = :supervisor.start_child(sup, [fn -> :b end])
IO.inspect(H.stop(sup, a))
IO.inspect(H.stop(sup, b))

{:ok, sup} = :supervisor.start_link(Pool, :any_significant)
Process.unlink(sup)
{:ok, a} = :supervisor.start_child(sup, [fn -> :a end])
{:ok, b} = :supervisor.start_child(sup, [fn -> :b end])
ref = Process.monitor(b)
IO.inspect(H.stop(sup, a))
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:b, r}) end
