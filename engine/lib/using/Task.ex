# What `use Task, opts` defines in the using module, unless the module
# defines the same function itself (Elixir 1.14's Task.__using__/1).

def child_spec(arg) do
  default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary}
  Supervisor.child_spec(default, @__use_opts__)
end
