# An unknown :type in a child spec is a CaseClauseError in the caller (Elixir 1.14).
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, type: :worker}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, type: :other}))
