# What `use DynamicSupervisor, opts` defines in the using module, unless the
# module defines the same function itself (Elixir 1.14's __using__/1).

def child_spec(init_arg) do
  default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}, type: :supervisor}
  Supervisor.child_spec(default, @__use_opts__)
end
