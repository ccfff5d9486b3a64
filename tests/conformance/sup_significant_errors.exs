# Checks of :significant and :auto_shutdown.
defmodule Sup do
  def init({flags, specs}), do: {:ok, {flags, specs}}
end

spec = fn restart, significant ->
  %{id: :a, start: {Agent, :start_link, [fn -> 1 end]}, restart: restart, significant: significant}
end

Process.flag(:trap_exit, true)
IO.inspect(:supervisor.start_link(Sup, {%{auto_shutdown: :any_significant}, [spec.(:permanent, true)]}))
IO.inspect(:supervisor.start_link(Sup, {%{}, [spec.(:transient, true)]}))
IO.inspect(:supervisor.start_link(Sup, {%{auto_shutdown: :all_significant}, [spec.(:transient, :yes)]}))
IO.inspect(:supervisor.start_link(Sup, {%{auto_shutdown: :sometimes}, []}))
IO.inspect(:supervisor.start_link(Sup, {%{auto_shutdown: :all_significant}, [spec.(:temporary, true)]}) |> elem(0))
IO.inspect(:supervisor.start_link(Sup, {{:one_for_one, 1, 5}, [spec.(:transient, true)]}))
IO.inspect(:supervisor.start_link(Sup, {%{strategy: :simple_one_for_one, auto_shutdown: :any_significant}, [spec.(:permanent, true)]}))

IO.inspect(:supervisor.check_childspecs([spec.(:transient, true)]))
IO.inspect(:supervisor.check_childspecs([spec.(:transient, true)], :never))
IO.inspect(:supervisor.check_childspecs([spec.(:transient, true)], :any_significant))
IO.inspect(:supervisor.check_childspecs([spec.(:permanent, true)], :any_significant))
IO.inspect(:supervisor.check_childspecs([spec.(:transient, false)], :bogus))
IO.inspect(:supervisor.check_childspecs(:nope))
IO.inspect(:supervisor.check_childspecs([spec.(:transient, false), spec.(:transient, false)]))
IO.inspect(:supervisor.check_childspecs([%{id: 1, start: {A, :b, []}, modules: [A, "b"]}]))
IO.inspect(:supervisor.check_childspecs([%{id: 1, start: {A, :b, []}, modules: "b"}]))
IO.inspect(:supervisor.check_childspecs([%{id: 1, start: {A, :b, []}, restart: :bad, type: :bad}]))
IO.inspect(:supervisor.check_childspecs([%{start: {A, :b, []}}]))
IO.inspect(:supervisor.check_childspecs([%{id: 1}]))
IO.inspect(:supervisor.check_childspecs([%{id: 1, start: {A, :b, []}, type: :bad, shutdown: :bad}]))
IO.inspect(:supervisor.check_childspecs([{1, {A, :b, []}, :permanent, 0, :worker, :dynamic}]))
# Elixir 1.14's Supervisor.child_spec/2 does not know :significant
try do
  Supervisor.child_spec(%{id: 1, start: {A, :b, []}}, significant: true)
rescue
  e -> IO.inspect(e)
end
