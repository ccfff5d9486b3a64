# simple_one_for_one init errors: exactly one child spec is required.
defmodule Bad do
  def init(:none), do: {:ok, {%{strategy: :simple_one_for_one}, []}}
  def init(:two) do
    spec = %{id: 1, start: {Agent, :start_link, []}}
    {:ok, {%{strategy: :simple_one_for_one}, [spec, %{spec | id: 2}]}}
  end
  def init(:bad_spec), do: {:ok, {%{strategy: :simple_one_for_one}, [%{id: 1, start: :nope}]}}
  def init(:bad_flags), do: {:ok, {%{strategy: :simple_one_for_one, period: 0}, []}}
end

Process.flag(:trap_exit, true)
IO.inspect(:supervisor.start_link(Bad, :none))
IO.inspect(:supervisor.start_link(Bad, :two))
IO.inspect(:supervisor.start_link(Bad, :bad_spec))
IO.inspect(:supervisor.start_link(Bad, :bad_flags))
IO.inspect(:supervisor.start_link(Bad, :none) |> elem(0))
