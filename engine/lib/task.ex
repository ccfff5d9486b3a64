# Task, as Elixir writes it: a task is a proc_lib process linked to its owner,
# monitored through an alias; it sends {ref, result} and exits. await/yield
# are receives on that ref.

defmodule Task do
  defstruct mfa: nil, owner: nil, pid: nil, ref: nil

  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  # ---- start / start_link: fire and forget ----

  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    Task.Supervised.start_link(get_owner(self()), get_callers(self()), {module, function_name, args})
  end

  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    Task.Supervised.start(get_owner(self()), get_callers(self()), {module, function_name, args})
  end

  # ---- async / await ----

  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  def async(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    mfargs = {module, function_name, args}
    owner = self()
    # No need to monitor because the processes are linked
    {:ok, pid} = Task.Supervised.start_link(get_owner(owner), :nomonitor)
    alias = build_alias(pid)
    send(pid, {owner, alias, alias, get_callers(owner), mfargs})
    %Task{pid: pid, ref: alias, owner: owner, mfa: {module, function_name, length(args)}}
  end

  def completed(result) do
    ref = make_ref()
    owner = self()
    send(owner, {ref, result})
    %Task{pid: nil, ref: ref, owner: owner, mfa: {Task, :completed, 1}}
  end

  def await(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        demonitor(ref)
        reply

      {:DOWN, ^ref, _, _proc, reason} ->
        exit({reason, {Task, :await, [task, timeout]}})
    after
      timeout ->
        demonitor(ref)
        exit({:timeout, {Task, :await, [task, timeout]}})
    end
  end

  def await_many(tasks, timeout \\ 5000) do
    awaiting =
      Map.new(tasks, fn %Task{ref: ref, owner: owner} = task ->
        if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))
        {ref, true}
      end)

    timeout_ref = make_ref()

    timer_ref =
      if timeout != :infinity do
        Process.send_after(self(), timeout_ref, timeout)
      end

    try do
      do_await_many(tasks, timeout, awaiting, %{}, timeout_ref)
    after
      timer_ref && Process.cancel_timer(timer_ref)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp do_await_many(tasks, timeout, awaiting, replies, timeout_ref) do
    if map_size(awaiting) == 0 do
      Enum.map(tasks, fn %{ref: ref} -> Map.fetch!(replies, ref) end)
    else
      receive do
        ^timeout_ref ->
          demonitor_pending_tasks(awaiting)
          exit({:timeout, {Task, :await_many, [tasks, timeout]}})

        {:DOWN, ref, _, _proc, reason} when is_map_key(awaiting, ref) ->
          demonitor_pending_tasks(awaiting)
          exit({reason, {Task, :await_many, [tasks, timeout]}})

        {ref, reply} when is_map_key(awaiting, ref) ->
          demonitor(ref)

          do_await_many(tasks, timeout, Map.delete(awaiting, ref), Map.put(replies, ref, reply),
            timeout_ref)
      end
    end
  end

  defp demonitor_pending_tasks(awaiting) do
    Enum.each(Map.keys(awaiting), fn ref -> demonitor(ref) end)
  end

  # ---- yield / ignore / shutdown ----

  def yield(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        demonitor(ref)
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end
  end

  def yield_many(tasks, timeout \\ 5000) do
    refs =
      Map.new(tasks, fn %Task{ref: ref, owner: owner} = task ->
        if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))
        {ref, nil}
      end)

    timeout_ref = make_ref()

    timer_ref =
      if timeout != :infinity do
        Process.send_after(self(), timeout_ref, timeout)
      end

    refs = yield_many_loop(map_size(refs), refs, timeout_ref, timer_ref)
    Enum.map(tasks, fn task -> {task, Map.fetch!(refs, task.ref)} end)
  end

  defp yield_many_loop(0, refs, timeout_ref, timer_ref) do
    timer_ref && Process.cancel_timer(timer_ref)

    receive do
      ^timeout_ref -> :ok
    after
      0 -> :ok
    end

    refs
  end

  defp yield_many_loop(limit, refs, timeout_ref, timer_ref) do
    receive do
      {ref, reply} when is_map_key(refs, ref) ->
        demonitor(ref)
        yield_many_loop(limit - 1, Map.put(refs, ref, {:ok, reply}), timeout_ref, timer_ref)

      {:DOWN, ref, _, _, reason} when is_map_key(refs, ref) ->
        yield_many_loop(limit - 1, Map.put(refs, ref, {:exit, reason}), timeout_ref, timer_ref)

      ^timeout_ref ->
        refs
    end
  end

  def ignore(%Task{ref: ref, pid: pid, owner: owner} = task) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        pid && Process.unlink(pid)
        demonitor(ref)
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      0 ->
        pid && Process.unlink(pid)
        demonitor(ref)
        nil
    end
  end

  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _), do: ignore(task)

  def shutdown(%Task{owner: owner} = task, _) when owner != self(),
    do: raise(ArgumentError, invalid_owner_error(task))

  def shutdown(%Task{pid: pid, ref: ref} = task, :brutal_kill) do
    mon = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :kill)

    case shutdown_receive(ref, mon, task, :brutal_kill, :infinity) do
      {:down, _, reason} -> {:exit, reason}
      result -> result
    end
  end

  def shutdown(%Task{pid: pid, ref: ref} = task, timeout) do
    mon = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :shutdown)

    case shutdown_receive(ref, mon, task, :shutdown, timeout) do
      {:down, _, reason} -> {:exit, reason}
      result -> result
    end
  end

  defp shutdown_receive(ref, mon, task, type, timeout) do
    receive do
      {:DOWN, ^mon, _, _, :shutdown} when type in [:shutdown, :timeout_kill] ->
        demonitor(ref)
        flush_reply(ref)

      {:DOWN, ^mon, _, _, :killed} when type == :brutal_kill ->
        demonitor(ref)
        flush_reply(ref)

      {:DOWN, ^mon, _, proc, :noproc} ->
        reason = flush_noproc(ref, proc, type)
        flush_reply(ref) || reason

      {:DOWN, ^mon, _, proc, reason} ->
        demonitor(ref)
        flush_reply(ref) || {:down, proc, reason}
    after
      timeout ->
        Process.exit(task.pid, :kill)
        shutdown_receive(ref, mon, task, :timeout_kill, :infinity)
    end
  end

  defp flush_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  defp flush_noproc(ref, proc, type) do
    receive do
      {:DOWN, ^ref, _, _, :shutdown} when type in [:shutdown, :timeout_kill] -> nil
      {:DOWN, ^ref, _, _, :killed} when type == :brutal_kill -> nil
      {:DOWN, ^ref, _, _, reason} -> {:down, proc, reason}
    after
      0 ->
        demonitor(ref)
        {:down, proc, :noproc}
    end
  end

  # ---- async_stream ----
  # proclab runs the stream when it is created (Elixir runs it lazily, when
  # it is enumerated): the result is the list of {:ok, value} / {:exit, reason}
  # that enumerating Elixir's stream gives.

  def async_stream(enumerable, fun) when is_function(fun, 1),
    do: Task.Supervised.stream(enumerable, fun, [])

  def async_stream(enumerable, fun, options) when is_function(fun, 1) and is_list(options),
    do: Task.Supervised.stream(enumerable, fun, options)

  def async_stream(enumerable, module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args),
      do: Task.Supervised.stream(enumerable, {module, function_name, args}, [])

  def async_stream(enumerable, module, function_name, args, options)
      when is_atom(module) and is_atom(function_name) and is_list(args),
      do: Task.Supervised.stream(enumerable, {module, function_name, args}, options)

  # ---- helpers ----

  def __owner__(pid), do: get_owner(pid)
  def __callers__(pid), do: get_callers(pid)

  defp get_owner(pid) do
    self_or_name =
      case Process.info(pid, :registered_name) do
        {:registered_name, name} when is_atom(name) and name != [] -> name
        _ -> pid
      end

    {node(), self_or_name, pid}
  end

  defp get_callers(owner) do
    case :erlang.get(:"$callers") do
      [_ | _] = list -> [owner | list]
      _ -> [owner]
    end
  end

  defp build_alias(pid), do: :erlang.monitor(:process, pid, [{:alias, :demonitor}])

  defp demonitor(ref) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    :ok
  end

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end
end

defmodule Task.Supervised do
  @ref_timeout 5000

  def start(owner, callers, fun) do
    {:ok, :proc_lib.spawn(Task.Supervised, :noreply, [owner, callers, fun])}
  end

  def start_link(owner, callers, fun) do
    {:ok, :proc_lib.spawn_link(Task.Supervised, :noreply, [owner, callers, fun])}
  end

  def start_link(owner, monitor) do
    {:ok, :proc_lib.spawn_link(Task.Supervised, :reply, [owner, monitor])}
  end

  def reply({_, _, owner_pid} = owner, monitor) do
    case monitor do
      :monitor ->
        mref = Process.monitor(owner_pid)
        reply(owner, owner_pid, mref, @ref_timeout)

      :nomonitor ->
        reply(owner, owner_pid, nil, :infinity)
    end
  end

  defp reply(owner, owner_pid, mref, timeout) do
    receive do
      {^owner_pid, ref, reply_to, callers, mfa} ->
        initial_call(mfa)
        put_callers(callers)
        _ = if mref, do: Process.demonitor(mref, [:flush])
        result = invoke_mfa(owner, mfa)
        :proclab.trace(:task_result, {owner_pid, result})
        send(reply_to, {ref, result})

      {:DOWN, ^mref, _, _, reason} ->
        exit({:shutdown, reason})
    after
      timeout -> exit(:timeout)
    end
  end

  def noreply(owner, callers, mfa) do
    initial_call(mfa)
    put_callers(callers)
    invoke_mfa(owner, mfa)
  end

  defp put_callers(callers), do: Process.put(:"$callers", callers)

  defp initial_call(mfa), do: Process.put(:"$initial_call", get_initial_call(mfa))

  defp get_initial_call({:erlang, :apply, [fun, []]}) when is_function(fun, 0) do
    {:module, module} = :erlang.fun_info(fun, :module)
    {:name, name} = :erlang.fun_info(fun, :name)
    {module, name, 0}
  end

  defp get_initial_call({mod, fun, args}), do: {mod, fun, length(args)}

  defp invoke_mfa(owner, {module, fun, args} = mfa) do
    try do
      case mfa do
        {:erlang, :apply, [f, a]} -> apply(f, a)
        _ -> apply(module, fun, args)
      end
    catch
      :exit, value
      when value == :normal or value == :shutdown or
             (tuple_size(value) == 2 and elem(value, 0) == :shutdown) ->
        :erlang.raise(:exit, value, [])

      kind, value ->
        log(owner, mfa, kind, value)
        Process.put(:"$proclab_reported", true)
        :erlang.raise(kind, value, [])
    end
  end

  defp log({_node, from, _pid}, mfa, kind, value) do
    {fun, args} =
      case mfa do
        {:erlang, :apply, [fun, []]} when is_function(fun, 0) -> {fun, []}
        {mod, fun, args} -> {"&" <> Exception.format_mfa(mod, fun, length(args)), args}
      end

    fun = if is_binary(fun), do: fun, else: inspect(fun)

    IO.puts(:stderr, "[error] Task #{inspect(self())} started from #{inspect(from)} terminating\n" <>
      Exception.format_banner(kind, value, []) <>
      "\nFunction: #{fun}\n    Args: #{inspect(args)}")
  end

  # ---- async_stream, run eagerly by a coordinator process ----

  def stream(enumerable, fun, options), do: stream(enumerable, fun, options, nil)

  # spawner (Task.Supervisor): fn -> {:ok, link_type, pid} of a child waiting in
  # :monitor mode for the function to run, as Elixir's Task.Supervised.stream.
  def stream(enumerable, fun, options, spawner) do
    items = Enum.to_list(enumerable)
    max = Keyword.get(options, :max_concurrency, :erlang.system_info(:schedulers_online))
    ordered = Keyword.get(options, :ordered, true)
    timeout = Keyword.get(options, :timeout, 5000)
    on_timeout = Keyword.get(options, :on_timeout, :exit)
    zip = Keyword.get(options, :zip_input_on_exit, false)
    caller = self()
    callers = Task.__callers__(caller)
    owner = Task.__owner__(caller)
    {:trap_exit, trap?} = Process.info(caller, :trap_exit)

    config = %{fun: fun, max: max, ordered: ordered, timeout: timeout, on_timeout: on_timeout,
               zip: zip, callers: callers, owner: owner, trap: trap?, spawner: spawner,
               caller: caller}

    {pid, mref} =
      Process.spawn(fn -> coordinator(caller, items, config) end, [:link, :monitor])

    send(pid, {caller, mref})

    receive do
      {^mref, :done, results} ->
        Process.demonitor(mref, [:flush])
        flush_exit(pid)
        results

      {^mref, :timeout} ->
        Process.demonitor(mref, [:flush])
        flush_exit(pid)
        exit({:timeout, {Task.Supervised, :stream, [timeout]}})

      {:DOWN, ^mref, _, _, reason} ->
        flush_exit(pid)
        exit({reason, {Task.Supervised, :stream, [timeout]}})
    end
  end

  defp flush_exit(pid) do
    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  defp coordinator(caller, items, config) do
    Process.flag(:trap_exit, config.trap)
    mref = Process.monitor(caller)

    # The caller tells us the ref of its monitor on us: our answer carries it.
    reply_ref =
      receive do
        {^caller, ref} -> ref
        {:DOWN, ^mref, _, _, reason} -> exit(reason)
      end

    Process.put(:"$stream_ref", reply_ref)

    # What stays fixed while the stream runs joins the config; state is what changes.
    config = Map.merge(config, %{tag: make_ref(), caller_ref: mref, count: length(items)})

    state = %{pending: Enum.with_index(items), running: %{}, early: %{}, next: 0, acc: [],
              mons: %{}, done: 0}

    results = coord_loop(state, config, caller)
    send(caller, {reply_ref, :done, results})
  end

  defp coord_loop(state, config, caller) do
    state = spawn_more(state, config)

    if state.done == config.count do
      :lists.reverse(state.acc)
    else
      tag = config.tag
      caller_ref = config.caller_ref

      receive do
        {{^tag, idx}, reply} ->
          case state.running do
            %{^idx => {pid, timer, _item, _, mon}} ->
              running = Map.put(state.running, idx, {pid, timer, nil, {:ok, reply}, mon})
              coord_loop(%{state | running: running}, config, caller)

            _ ->
              coord_loop(state, config, caller)
          end

        {:DOWN, ref, :process, _pid, reason} when ref != caller_ref ->
          case find_running(state, ref) do
            {idx, {_pid, timer, item, got, mon}} ->
              timer && Process.cancel_timer(timer)

              result =
                case got do
                  {:ok, _} = ok -> ok
                  _ -> if config.zip, do: {:exit, {item, reason}}, else: {:exit, reason}
                end

              coord_loop(finish(state, idx, mon, result, config), config, caller)

            nil ->
              coord_loop(state, config, caller)
          end

        {:DOWN, ^caller_ref, _, _, reason} ->
          exit(reason)

        {:timed_out, ^tag, idx} ->
          case state.running do
            %{^idx => {pid, _timer, item, got, mon}} ->
              case got do
                {:ok, _} ->
                  coord_loop(state, config, caller)

                _ ->
                  Process.unlink(pid)
                  Process.exit(pid, :kill)

                  if config.on_timeout == :exit do
                    Enum.each(Map.values(state.running), fn {p, _, _, _, _} ->
                      Process.unlink(p)
                      Process.exit(p, :kill)
                    end)

                    send(caller, {Process.get(:"$stream_ref"), :timeout})
                    exit(:normal)
                  else
                    Process.demonitor(mon, [:flush])
                    result = if config.zip, do: {:exit, {item, :timeout}}, else: {:exit, :timeout}
                    coord_loop(finish(state, idx, mon, result, config), config, caller)
                  end
              end

            _ ->
              coord_loop(state, config, caller)
          end

        {:EXIT, _pid, _reason} ->
          coord_loop(state, config, caller)
      end
    end
  end

  defp find_running(state, ref) do
    case state.mons do
      %{^ref => idx} ->
        case state.running do
          %{^idx => v} -> {idx, v}
          _ -> nil
        end

      _ ->
        nil
    end
  end

  defp finish(state, idx, mon, result, config) do
    state = %{state | running: Map.delete(state.running, idx), done: state.done + 1,
                      mons: Map.delete(state.mons, mon)}

    if config.ordered do
      deliver(%{state | early: Map.put(state.early, idx, result)})
    else
      %{state | acc: [result | state.acc]}
    end
  end

  # Ordered results go out in input order, as Elixir's stream emits them: a
  # result that comes early waits until every one before it is in.
  defp deliver(state) do
    next = state.next

    case state.early do
      %{^next => result} ->
        deliver(%{state | early: Map.delete(state.early, next), next: next + 1,
                          acc: [result | state.acc]})

      _ ->
        state
    end
  end

  defp spawn_more(state, config) do
    if state.pending != [] and map_size(state.running) < config.max do
      [{item, idx} | rest] = state.pending
      tag = config.tag
      coordinator = self()
      fun = config.fun
      callers = config.callers
      owner = config.owner

      mfa =
        case fun do
          {m, f, a} -> {m, f, [item | a]}
          fun -> {:erlang, :apply, [fun, [item]]}
        end

      pid =
        case config.spawner do
          nil ->
            :proc_lib.spawn_link(Task.Supervised, :stream_task, [owner, callers, mfa, coordinator, {tag, idx}])

          spawner ->
            case spawner.() do
              {:ok, _link_type, pid} ->
                send(pid, {config.caller, {tag, idx}, coordinator, callers, mfa})
                pid

              {:error, reason} ->
                exit(reason)
            end
        end

      mon = Process.monitor(pid)

      timer =
        if config.timeout != :infinity,
          do: Process.send_after(self(), {:timed_out, tag, idx}, config.timeout),
          else: nil

      mons = Map.put(state.mons, mon, idx)
      running = Map.put(state.running, idx, {pid, timer, item, :running, mon})
      spawn_more(%{state | pending: rest, running: running, mons: mons}, config)
    else
      state
    end
  end

  def stream_task(owner, callers, mfa, coordinator, tag) do
    initial_call(mfa)
    put_callers(callers)
    result = invoke_mfa(owner, mfa)
    send(coordinator, {tag, result})
  end
end
