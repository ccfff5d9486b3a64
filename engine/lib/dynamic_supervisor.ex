# DynamicSupervisor, as Elixir 1.14 writes it: a GenServer (its own callback
# module) that starts children on demand, one_for_one, keyed by pid.

defmodule DynamicSupervisor do
  def child_spec(options) do
    id = Keyword.get(options, :name, DynamicSupervisor)
    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    start_link(DynamicSupervisor.Default, init(sup_opts), start_opts)
  end

  def start_link(module, init_arg), do: start_link(module, init_arg, [])

  def start_link(module, init_arg, opts) do
    GenServer.start_link(DynamicSupervisor, {module, init_arg, opts[:name]}, opts)
  end

  def init(options) when is_list(options) do
    strategy = Keyword.get(options, :strategy, :one_for_one)
    intensity = Keyword.get(options, :max_restarts, 3)
    period = Keyword.get(options, :max_seconds, 5)
    max_children = Keyword.get(options, :max_children, :infinity)
    extra_arguments = Keyword.get(options, :extra_arguments, [])

    {:ok,
     %{strategy: strategy, intensity: intensity, period: period, max_children: max_children,
       extra_arguments: extra_arguments}}
  end

  def start_child(supervisor, child_spec) do
    spec = Supervisor.child_spec(child_spec, [])

    case validate_child(spec) do
      {:ok, child} -> GenServer.call(supervisor, {:start_child, child}, :infinity)
      error -> {:error, error}
    end
  end

  defp validate_child(%{start: {m, _, _} = start} = spec) do
    type = Map.get(spec, :type, :worker)

    {:ok,
     {start, Map.get(spec, :restart, :permanent),
      Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity)), type,
      Map.get(spec, :modules, [m])}}
  end

  defp validate_child(spec), do: {:invalid_child_spec, spec}

  def terminate_child(supervisor, pid) when is_pid(pid),
    do: GenServer.call(supervisor, {:terminate_child, pid}, :infinity)

  def which_children(supervisor), do: GenServer.call(supervisor, :which_children, :infinity)

  def count_children(supervisor),
    do: :maps.from_list(GenServer.call(supervisor, :count_children, :infinity))

  def stop(supervisor), do: stop(supervisor, :normal, :infinity)
  def stop(supervisor, reason), do: stop(supervisor, reason, :infinity)
  def stop(supervisor, reason, timeout), do: GenServer.stop(supervisor, reason, timeout)

  # ---- the process ----

  def init({mod, init_arg, name}) do
    Process.put(:"$initial_call", {:supervisor, mod, 1})
    Process.flag(:trap_exit, true)

    case mod.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        name = if name == nil, do: {self(), mod}, else: name

        case Map.get(flags, :strategy, :one_for_one) do
          :one_for_one ->
            {:ok,
             %{name: name, mod: mod, args: init_arg, children: %{}, order: [],
               restarts: [], intensity: Map.get(flags, :intensity, 3),
               period: Map.get(flags, :period, 5),
               max_children: Map.get(flags, :max_children, :infinity),
               extra_arguments: Map.get(flags, :extra_arguments, [])}}

          other ->
            {:stop, {:supervisor_data, {:invalid_strategy, other}}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {mod, :init, other}}}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      for pid <- Enum.reverse(state.order) do
        case state.children[pid] do
          {:restarting, {_, _, _, type, mods}} -> {:undefined, :restarting, type, mods}
          {_, _, _, type, mods} -> {:undefined, pid, type, mods}
        end
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    {sups, workers} =
      Enum.reduce(state.children, {0, 0}, fn {_, c}, {s, w} ->
        type = if tuple_size(c) == 2, do: elem(elem(c, 1), 3), else: elem(c, 3)

        if type == :supervisor, do: {s + 1, w}, else: {s, w + 1}
      end)

    n = map_size(state.children)
    {:reply, [specs: n, active: n, supervisors: sups, workers: workers], state}
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case state.children do
      %{^pid => child} ->
        terminate_one(pid, child)
        {:reply, :ok, delete_child(pid, state)}

      _ ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:start_child, {{m, f, a}, restart, shutdown, type, mods}}, _from, state) do
    if state.max_children != :infinity and map_size(state.children) >= state.max_children do
      {:reply, {:error, :max_children}, state}
    else
      child = {{m, f, state.extra_arguments ++ a}, restart, shutdown, type, mods}

      case start_child(child) do
        {:ok, pid} -> {:reply, {:ok, pid}, save_child(pid, child, state)}
        {:ok, pid, info} -> {:reply, {:ok, pid, info}, save_child(pid, child, state)}
        other -> {:reply, other, state}
      end
    end
  end

  def handle_cast(_msg, state), do: {:noreply, state}

  def handle_info({:EXIT, pid, reason}, state) do
    case state.children do
      %{^pid => child} -> maybe_restart(pid, reason, child, state)
      _ -> {:noreply, state}
    end
  end

  def handle_info({:"$gen_restart", pid}, state) do
    case state.children do
      %{^pid => {:restarting, child}} -> restart_child(pid, child, state)
      _ -> {:noreply, state}
    end
  end

  def handle_info(msg, state) do
    IO.puts(:stderr, "[error] DynamicSupervisor received unexpected message: #{inspect(msg)}")
    {:noreply, state}
  end

  def terminate(_reason, state) do
    # all children are asked to stop at once, then awaited (Elixir 1.14)
    pids = Enum.filter(state.order, fn pid -> is_tuple(state.children[pid]) and tuple_size(state.children[pid]) == 5 end)

    Enum.each(pids, fn pid ->
      {_, _, shutdown, _, _} = state.children[pid]
      Process.monitor(pid)
      Process.unlink(pid)
      if shutdown == :brutal_kill, do: Process.exit(pid, :kill), else: Process.exit(pid, :shutdown)
    end)

    Enum.each(pids, fn pid ->
      {_, _, shutdown, _, _} = state.children[pid]
      await_down(pid, shutdown)
    end)

    :ok
  end

  def code_change(_, state, _), do: {:ok, state}

  defp await_down(pid, :infinity) do
    receive do
      {:DOWN, _, :process, ^pid, _} -> :ok
    end
  end

  defp await_down(pid, :brutal_kill), do: await_down(pid, :infinity)

  defp await_down(pid, time) do
    receive do
      {:DOWN, _, :process, ^pid, _} -> :ok
    after
      time ->
        Process.exit(pid, :kill)
        await_down(pid, :infinity)
    end
  end

  defp start_child({{m, f, a}, _, _, _, _}) do
    res =
      try do
        apply(m, f, a)
      catch
        :exit, r -> {:error, r}
        :error, r -> {:error, {r, []}}
      end

    case res do
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      {:ok, pid, info} when is_pid(pid) -> {:ok, pid, info}
      :ignore -> :ignore
      {:error, _} = error -> error
      other -> {:error, other}
    end
  end

  defp save_child(pid, child, state) do
    :proclab.trace(:sup_start, {:undefined, pid})
    %{state | children: Map.put(state.children, pid, child), order: [pid | state.order]}
  end

  defp delete_child(pid, state) do
    %{state | children: Map.delete(state.children, pid), order: List.delete(state.order, pid)}
  end

  defp terminate_one(pid, {_, _, shutdown, _, _}) do
    Process.monitor(pid)
    Process.unlink(pid)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end

    if shutdown == :brutal_kill, do: Process.exit(pid, :kill), else: Process.exit(pid, :shutdown)
    await_down(pid, shutdown)
  end

  defp maybe_restart(pid, reason, {_, restart, _, _, _} = child, state) do
    normal = reason == :normal or reason == :shutdown or match?({:shutdown, _}, reason)

    cond do
      restart == :permanent -> restart_child(pid, child, state)
      restart == :transient and not normal -> restart_child(pid, child, state)
      true -> {:noreply, delete_child(pid, state)}
    end
  end

  defp restart_child(pid, child, state) do
    {restarts, count} = :supervisor.__restart__(state.restarts, state.period)
    state = %{state | restarts: restarts}

    if count > state.intensity do
      :proclab.trace(:sup_shutdown, {state.name, :reached_max_restart_intensity})
      {:stop, :shutdown, delete_child(pid, state)}
    else
      :proclab.trace(:sup_restart, {:undefined, pid})
      state = delete_child(pid, state)

      case start_child(child) do
        {:ok, new_pid} -> {:noreply, save_child(new_pid, child, state)}
        {:ok, new_pid, _} -> {:noreply, save_child(new_pid, child, state)}
        :ignore -> {:noreply, state}
        {:error, _} ->
          send(self(), {:"$gen_restart", pid})
          {:noreply, %{state | children: Map.put(state.children, pid, {:restarting, child}), order: [pid | state.order]}}
      end
    end
  end
end

defmodule DynamicSupervisor.Default do
  def init(args), do: args
end
