# A restart that fails under each strategy: :restarting, the calls refused meanwhile, terminate_child ending the retries.
defmodule Flaky do
  def start_link(tag) do
    case Agent.get(:mode, & &1) do
      {:fail, ^tag} -> {:error, :not_now}
      _ -> Agent.start_link(fn -> tag end)
    end
  end
end
{:ok, _} = Agent.start(fn -> :ok end, name: :mode)
for strategy <- [:one_for_all, :rest_for_one, :one_for_one] do
  Agent.update(:mode, fn _ -> :ok end)
  children = for t <- [:a, :b, :c], do: %{id: t, start: {Flaky, :start_link, [t]}}
  {:ok, sup} = Supervisor.start_link(children, strategy: strategy, max_restarts: 1_000_000, max_seconds: 60)
  Agent.update(:mode, fn _ -> {:fail, :c} end)
  [{:c, _, _, _}, {:b, b, _, _}, {:a, _, _, _}] = Supervisor.which_children(sup)
  ref = Process.monitor(b)
  Process.exit(b, :kill)
  receive do {:DOWN, ^ref, _, _, _} -> :ok end
  Process.sleep(10)
  IO.inspect({strategy, Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) or p} end)})
  IO.inspect(Supervisor.count_children(sup))
  IO.inspect(Supervisor.restart_child(sup, :c))
  IO.inspect(Supervisor.delete_child(sup, :c))
  IO.inspect(Supervisor.terminate_child(sup, :c))
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) or p} end))
  Agent.update(:mode, fn _ -> :ok end)
  Process.sleep(10)
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) or p} end))
  IO.inspect(Supervisor.restart_child(sup, :c) |> elem(0))
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) or p} end))
  Supervisor.stop(sup)
end
