# simple_one_for_one: the restart intensity, brutal_kill shutdown of the dynamic children, get_childspec by pid or id.
defmodule Pool do
  def init(n), do: {:ok, {{:simple_one_for_one, n, 5}, [{:w, {Agent, :start_link, []}, :permanent, :brutal_kill, :worker, [Agent]}]}}
end
Process.flag(:trap_exit, true)
{:ok, sup} = :supervisor.start_link(Pool, 1)
{:ok, a} = :supervisor.start_child(sup, [fn -> 1 end])
{:ok, b} = :supervisor.start_child(sup, [fn -> 2 end])
{:ok, c} = :supervisor.start_child(sup, [fn -> 3 end])
refs = for p <- [b, c], do: Process.monitor(p)
Process.exit(a, :kill)
Process.sleep(10)
IO.inspect(:supervisor.count_children(sup))
[n1 | _] = for {_, p, _, _} <- :supervisor.which_children(sup), p not in [b, c], do: p
Process.exit(n1, :kill)
receive do {:EXIT, ^sup, r} -> IO.inspect({:sup, r}) after 1000 -> IO.puts("alive") end
for r <- refs, do: (receive do {:DOWN, ^r, _, _, why} -> IO.inspect(why) after 1000 -> IO.puts("no down") end)
# get_childspec with a pid
{:ok, sup} = :supervisor.start_link(Pool, 1)
{:ok, a} = :supervisor.start_child(sup, [fn -> 1 end])
IO.inspect(:supervisor.get_childspec(sup, a))
IO.inspect(:supervisor.get_childspec(sup, :w))
IO.inspect(:supervisor.get_childspec(sup, self()))
