# What `use GenServer, opts` defines in the using module, unless the module
# defines the same function itself (Elixir 1.14's GenServer.__using__/1).

def child_spec(init_arg) do
  default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}}
  Supervisor.child_spec(default, @__use_opts__)
end

def handle_call(msg, _from, state) do
  proc =
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end

  case :erlang.phash2(1, 1) do
    0 -> raise "attempted to call GenServer #{inspect(proc)} but no handle_call/3 clause was provided"
    1 -> {:stop, {:bad_call, msg}, state}
  end
end

def handle_info(msg, state) do
  proc =
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end

  IO.puts(:stderr, "[error] #{inspect(__MODULE__)} #{inspect(proc)} received unexpected message in handle_info/2: #{inspect(msg)}")
  {:noreply, state}
end

def handle_cast(msg, state) do
  proc =
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end

  case :erlang.phash2(1, 1) do
    0 -> raise "attempted to cast GenServer #{inspect(proc)} but no handle_cast/2 clause was provided"
    1 -> {:stop, {:bad_cast, msg}, state}
  end
end

def terminate(_reason, _state), do: :ok

def code_change(_old, state, _extra), do: {:ok, state}
