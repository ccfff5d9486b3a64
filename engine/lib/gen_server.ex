# GenServer, as Elixir 1.14 and OTP 25 build it: GenServer is a thin Elixir
# API over :gen_server (the server loop) and :gen (starting, naming, calls).
# A call is a monitor that doubles as an alias, a {:"$gen_call", {pid, tag},
# request} message and a receive for {tag, reply}; everything else is the
# loop below.

defmodule :gen do
  # ---- starting: spawn through proc_lib, register the name, run init ----

  def start(gen_mod, link_p, mod, args, opts), do: do_spawn(gen_mod, link_p, mod, args, opts)

  def start(gen_mod, link_p, name, mod, args, opts) do
    case where(name) do
      :undefined -> do_spawn(gen_mod, link_p, name, mod, args, opts)
      pid -> {:error, {:already_started, pid}}
    end
  end

  defp do_spawn(gen_mod, :link, mod, args, opts) do
    :proc_lib.start_link(:gen, :init_it, [gen_mod, self(), self(), mod, args, opts],
      timeout(opts), spawn_opts(opts))
  end

  defp do_spawn(gen_mod, _, mod, args, opts) do
    :proc_lib.start(:gen, :init_it, [gen_mod, self(), :self, mod, args, opts],
      timeout(opts), spawn_opts(opts))
  end

  defp do_spawn(gen_mod, :link, name, mod, args, opts) do
    :proc_lib.start_link(:gen, :init_it, [gen_mod, self(), self(), name, mod, args, opts],
      timeout(opts), spawn_opts(opts))
  end

  defp do_spawn(gen_mod, _, name, mod, args, opts) do
    :proc_lib.start(:gen, :init_it, [gen_mod, self(), :self, name, mod, args, opts],
      timeout(opts), spawn_opts(opts))
  end

  def init_it(gen_mod, starter, :self, mod, args, opts),
    do: init_it(gen_mod, starter, self(), mod, args, opts)

  def init_it(gen_mod, starter, parent, mod, args, opts),
    do: gen_mod.init_it(starter, parent, self(), mod, args, opts)

  def init_it(gen_mod, starter, :self, name, mod, args, opts),
    do: init_it(gen_mod, starter, self(), name, mod, args, opts)

  def init_it(gen_mod, starter, parent, name, mod, args, opts) do
    case register_name(name) do
      true -> gen_mod.init_it(starter, parent, name, mod, args, opts)
      {false, pid} -> :proc_lib.init_ack(starter, {:error, {:already_started, pid}})
    end
  end

  defp register_name({:local, name} = ln) do
    try do
      Process.register(self(), name)
      true
    rescue
      _ -> {false, where(ln)}
    end
  end

  defp register_name({:via, mod, name} = gn) do
    case mod.register_name(name, self()) do
      :yes -> true
      _ -> {false, where(gn)}
    end
  end

  def unregister_name({:local, name}) do
    try do
      Process.unregister(name)
    rescue
      _ -> :ok
    end

    :ok
  end

  def unregister_name({:via, mod, name}) do
    mod.unregister_name(name)
    :ok
  end

  def unregister_name(_pid), do: :ok

  def name({:local, name}), do: name
  def name({:global, name}), do: name
  def name({:via, _, name}), do: name
  def name(pid) when is_pid(pid), do: pid

  def where({:local, name}) do
    case Process.whereis(name) do
      nil -> :undefined
      pid -> pid
    end
  end

  def where({:via, mod, name}), do: mod.whereis_name(name)

  defp timeout(opts) do
    case :lists.keyfind(:timeout, 1, opts) do
      {_, t} -> t
      false -> :infinity
    end
  end

  defp spawn_opts(_opts), do: []

  def debug_options(_name, opts) do
    case :lists.keyfind(:debug, 1, opts) do
      {_, options} -> :sys.debug_options(options)
      false -> []
    end
  end

  def hibernate_after(opts) do
    case :lists.keyfind(:hibernate_after, 1, opts) do
      {_, t} -> t
      false -> :infinity
    end
  end

  # ---- calls: a monitor that is also an alias for the reply ----

  def call(process, label, request), do: call(process, label, request, 5000)

  def call(process, label, request, timeout) when is_pid(process),
    do: do_call(process, label, request, timeout)

  def call(process, label, request, timeout) when is_atom(process) do
    case Process.whereis(process) do
      nil -> exit(:noproc)
      pid -> do_call(pid, label, request, timeout)
    end
  end

  def call({:via, mod, name}, label, request, timeout) do
    case mod.whereis_name(name) do
      pid when is_pid(pid) -> do_call(pid, label, request, timeout)
      _ -> exit(:noproc)
    end
  end

  def call({name, node}, label, request, timeout) when is_atom(name) and node == node(),
    do: call(name, label, request, timeout)

  defp do_call(process, label, request, timeout) do
    mref = :erlang.monitor(:process, process, [{:alias, :demonitor}])
    tag = [:alias | mref]
    :proclab.trace(:call, {process, request})
    send(process, {label, {self(), tag}, request})

    receive do
      {[:alias | ^mref], reply} ->
        Process.demonitor(mref, [:flush])
        {:ok, reply}

      {:DOWN, ^mref, _, _, reason} ->
        exit(reason)
    after
      timeout ->
        Process.demonitor(mref, [:flush])

        receive do
          {[:alias | ^mref], reply} -> {:ok, reply}
        after
          0 -> exit(:timeout)
        end
    end
  end

  # A reply goes to the alias when the caller sent one, else to the pid.
  def reply({to, [:alias | alias] = tag}, reply) when is_reference(alias) do
    :proclab.trace(:reply, {to, reply})
    send(alias, {tag, reply})
    :ok
  end

  def reply({to, tag}, reply) do
    :proclab.trace(:reply, {to, reply})

    try do
      send(to, {tag, reply})
    catch
      _, _ -> reply
    end

    :ok
  end

  def format_status_header(text, pid) when is_pid(pid),
    do: String.to_charlist(text <> " " <> :io_lib.__write__(pid, false))

  def format_status_header(text, name) when is_atom(name),
    do: String.to_charlist(text <> " " <> Atom.to_string(name))

  def format_status_header(text, name),
    do: String.to_charlist(text <> " " <> :io_lib.__pretty__(name, 1))

  def stop(process), do: :proc_lib.stop(process)
  def stop(process, reason, timeout), do: :proc_lib.stop(process, reason, timeout)
end

defmodule :gen_server do
  # ---- the Erlang API ----

  def start(mod, args, opts), do: :gen.start(:gen_server, :nolink, mod, args, opts)
  def start(name, mod, args, opts), do: :gen.start(:gen_server, :nolink, name, mod, args, opts)
  def start_link(mod, args, opts), do: :gen.start(:gen_server, :link, mod, args, opts)
  def start_link(name, mod, args, opts), do: :gen.start(:gen_server, :link, name, mod, args, opts)

  def call(server, request), do: call(server, request, 5000)

  def call(server, request, timeout) do
    res =
      try do
        :gen.call(server, :"$gen_call", request, timeout)
      catch
        :exit, reason -> exit({reason, {:gen_server, :call, [server, request, timeout]}})
      end

    {:ok, reply} = res
    reply
  end

  def cast(server, request) do
    try do
      send(server, {:"$gen_cast", request})
    catch
      _, _ -> :ok
    end

    :ok
  end

  def reply(from, reply), do: :gen.reply(from, reply)

  def stop(server), do: :gen.stop(server)
  def stop(server, reason, timeout), do: :gen.stop(server, reason, timeout)

  # ---- the server process: init ----

  def init_it(starter, parent, name0, mod, args, opts) do
    name = :gen.name(name0)
    debug = :gen.debug_options(name, opts)
    hib = :gen.hibernate_after(opts)

    case init_it(mod, args) do
      {:ok, {:ok, state}} ->
        :proc_lib.init_ack(starter, {:ok, self()})
        loop(parent, name, state, mod, :infinity, hib, debug)

      {:ok, {:ok, state, timeout_hibernate_or_continue}} ->
        :proc_lib.init_ack(starter, {:ok, self()})
        loop(parent, name, state, mod, timeout_hibernate_or_continue, hib, debug)

      {:ok, {:stop, reason}} ->
        :gen.unregister_name(name0)
        :proc_lib.init_ack(starter, {:error, reason})
        exit(reason)

      {:ok, :ignore} ->
        :gen.unregister_name(name0)
        :proc_lib.init_ack(starter, :ignore)
        exit(:normal)

      {:ok, other} ->
        error = {:bad_return_value, other}
        :proc_lib.init_ack(starter, {:error, error})
        exit(error)

      {:EXIT, class, reason, stacktrace} ->
        :gen.unregister_name(name0)
        :proc_lib.init_ack(starter, {:error, terminate_reason(class, reason, stacktrace)})
        :erlang.raise(class, reason, stacktrace)
    end
  end

  defp init_it(mod, args) do
    try do
      {:ok, mod.init(args)}
    catch
      :throw, r -> {:ok, r}
      class, r -> {:EXIT, class, r, []}
    end
  end

  # ---- the loop ----

  defp loop(parent, name, state, mod, {:continue, continue} = msg, hib, debug) do
    reply = try_dispatch(mod, :handle_continue, continue, state)
    handle_common_reply(reply, parent, name, :undefined, msg, mod, hib, state, debug)
  end

  defp loop(parent, name, state, mod, :hibernate, hib, debug),
    do: loop(parent, name, state, mod, :infinity, hib, debug)

  defp loop(parent, name, state, mod, :infinity, hib, debug) do
    receive do
      msg -> decode_msg(msg, parent, name, state, mod, :infinity, hib, debug)
    end
  end

  defp loop(parent, name, state, mod, time, hib, debug) do
    msg =
      receive do
        input -> input
      after
        time -> :timeout
      end

    decode_msg(msg, parent, name, state, mod, time, hib, debug)
  end

  defp decode_msg(msg, parent, name, state, mod, time, hib, debug) do
    case msg do
      {:system, from, req} ->
        :sys.handle_system_msg(req, from, parent, :gen_server, debug,
          [name, state, mod, time, hib], false)

      {:EXIT, ^parent, reason} ->
        terminate(:exit, reason, [], name, :undefined, msg, mod, state, debug)

      _ when debug == [] ->
        handle_msg(msg, parent, name, state, mod, hib, debug)

      _ ->
        debug = :sys.handle_debug(debug, &print_event/3, name, {:in, msg})
        handle_msg(msg, parent, name, state, mod, hib, debug)
    end
  end

  # As in OTP's gen_server, a call's report shows its request (msg) and caller.
  defp handle_msg({:"$gen_call", from, msg}, parent, name, state, mod, hib, debug) do
    case try_handle_call(mod, msg, from, state) do
      {:ok, {:reply, reply, nstate}} ->
        debug = reply(name, from, reply, nstate, debug)
        loop(parent, name, nstate, mod, :infinity, hib, debug)

      {:ok, {:reply, reply, nstate, time}} ->
        debug = reply(name, from, reply, nstate, debug)
        loop(parent, name, nstate, mod, time, hib, debug)

      {:ok, {:stop, reason, reply, nstate}} ->
        try do
          terminate(:exit, reason, [], name, from, msg, mod, nstate, debug)
        after
          reply(name, from, reply, nstate, debug)
        end

      other ->
        handle_common_reply(other, parent, name, from, msg, mod, hib, state, debug)
    end
  end

  defp handle_msg(msg, parent, name, state, mod, hib, debug) do
    reply = try_dispatch(msg, mod, state)
    handle_common_reply(reply, parent, name, :undefined, msg, mod, hib, state, debug)
  end

  defp try_dispatch({:"$gen_cast", msg}, mod, state),
    do: try_dispatch(mod, :handle_cast, msg, state)

  defp try_dispatch(info, mod, state), do: try_dispatch(mod, :handle_info, info, state)

  defp try_dispatch(mod, func, msg, state) do
    try do
      {:ok, apply(mod, func, [msg, state])}
    catch
      :throw, r -> {:ok, r}
      class, r -> {:EXIT, class, r, []}
    end
  end

  defp try_handle_call(mod, msg, from, state) do
    try do
      {:ok, mod.handle_call(msg, from, state)}
    catch
      :throw, r -> {:ok, r}
      class, r -> {:EXIT, class, r, []}
    end
  end

  defp handle_common_reply(reply, parent, name, from, msg, mod, hib, state, debug) do
    case reply do
      {:ok, {:noreply, nstate}} ->
        debug = noreply_debug(debug, name, nstate)
        loop(parent, name, nstate, mod, :infinity, hib, debug)

      {:ok, {:noreply, nstate, time}} ->
        debug = noreply_debug(debug, name, nstate)
        loop(parent, name, nstate, mod, time, hib, debug)

      {:ok, {:stop, reason, nstate}} ->
        terminate(:exit, reason, [], name, from, msg, mod, nstate, debug)

      {:EXIT, class, reason, stacktrace} ->
        terminate(class, reason, stacktrace, name, from, msg, mod, state, debug)

      {:ok, bad_reply} ->
        terminate(:exit, {:bad_return_value, bad_reply}, [], name, from, msg, mod, state, debug)
    end
  end

  defp noreply_debug([], _name, _state), do: []

  defp noreply_debug(debug, name, state),
    do: :sys.handle_debug(debug, &print_event/3, name, {:noreply, state})

  defp reply(name, from, reply, state, debug) do
    :gen.reply(from, reply)

    case debug do
      [] -> []
      _ -> :sys.handle_debug(debug, &print_event/3, name, {:out, reply, from, state})
    end
  end

  # ---- system messages (called by :sys.handle_system_msg) ----

  def system_continue(parent, debug, [name, state, mod, time, hib]),
    do: loop(parent, name, state, mod, time, hib, debug)

  def system_terminate(reason, _parent, debug, [name, state, mod, _time, _hib]),
    do: terminate(:exit, reason, [], name, :undefined, [], mod, state, debug)

  def system_code_change([name, state, mod, time, hib], _module, old_vsn, extra) do
    case mod.code_change(old_vsn, state, extra) do
      {:ok, new_state} -> {:ok, [name, new_state, mod, time, hib]}
      else_ -> else_
    end
  end

  def system_get_state([_name, state, _mod, _time, _hib]), do: {:ok, state}

  def system_replace_state(fun, [name, state, mod, time, hib]) do
    nstate = fun.(state)
    {:ok, nstate, [name, nstate, mod, time, hib]}
  end

  def format_status(opt, [pdict, sys_state, parent, debug, [name, state, mod, _time, _hib]]) do
    header = :gen.format_status_header("Status for generic server", name)
    log = :sys.get_log(debug)

    specific =
      case format_status(opt, mod, pdict, state) do
        s when is_list(s) -> s
        s -> [s]
      end

    [
      {:header, header},
      {:data, [{'Status', sys_state}, {'Parent', parent}, {'Logged events', log}]}
      | specific
    ]
  end

  defp format_status(opt, mod, pdict, state) do
    default =
      case opt do
        :terminate -> state
        _ -> [{:data, [{'State', state}]}]
      end

    if function_exported?(mod, :format_status, 2) do
      try do
        mod.format_status(opt, [pdict, state])
      catch
        _, _ -> default
      end
    else
      default
    end
  end

  # ---- the end: terminate/2, the report, the exit ----

  defp terminate(class, reason, stacktrace, name, from, msg, mod, state, debug) do
    treason = terminate_reason(class, reason, stacktrace)

    case try_terminate(mod, treason, state) do
      {:EXIT, c, r, s} ->
        error_info(terminate_reason(c, r, s), name, from, msg, state)
        :erlang.put(:"$proclab_reported", true)
        exit(terminate_reason(c, r, s))

      _ ->
        case {class, reason} do
          {:exit, :normal} -> :ok
          {:exit, :shutdown} -> :ok
          {:exit, {:shutdown, _}} -> :ok
          _ -> error_info(treason, name, from, msg, state)
        end
    end

    _ = debug
    :erlang.put(:"$proclab_reported", true)
    exit(treason)
  end

  defp terminate_reason(:error, reason, stacktrace), do: {reason, stacktrace}
  defp terminate_reason(:exit, reason, _stacktrace), do: reason
  defp terminate_reason(:throw, reason, stacktrace), do: {{:nocatch, reason}, stacktrace}

  defp try_terminate(mod, reason, state) do
    if function_exported?(mod, :terminate, 2) do
      try do
        {:ok, mod.terminate(reason, state)}
      catch
        :throw, r -> {:ok, r}
        class, r -> {:EXIT, class, r, []}
      end
    else
      {:ok, :ok}
    end
  end

  # "GenServer ... terminating", as Elixir's Logger translator writes it.
  defp error_info(reason, name, from, msg, state) do
    banner =
      case reason do
        {exception, stack} when is_list(stack) ->
          Exception.format_banner(:error, exception, stack)

        _ ->
          "** (stop) " <> Exception.format_exit(reason)
      end

    last =
      case from do
        {pid, _} when is_pid(pid) ->
          "Last message (from #{inspect(pid)}): #{inspect(msg)}\nState: #{inspect(state)}\n" <>
            if(Process.alive?(pid),
              do: "Client #{inspect(pid)} is alive",
              else: "Client #{inspect(pid)} is dead"
            )

        _ ->
          "Last message: #{inspect(msg)}\nState: #{inspect(state)}"
      end

    IO.puts(:stderr, "[error] GenServer #{inspect(name)} terminating\n#{banner}\n#{last}")
  end

  # ---- *DBG* lines (sys:trace) ----

  def print_event(dev, {:in, msg}, name) do
    case msg do
      {:"$gen_call", {from, _tag}, call} ->
        :io.format(dev, '*DBG* ~tp got call ~tp from ~tw~n', [name, call, from])

      {:"$gen_cast", cast} ->
        :io.format(dev, '*DBG* ~tp got cast ~tp~n', [name, cast])

      _ ->
        :io.format(dev, '*DBG* ~tp got ~tp~n', [name, msg])
    end
  end

  def print_event(dev, {:out, msg, {to, _tag}, state}, name),
    do: :io.format(dev, '*DBG* ~tp sent ~tp to ~tw, new state ~tp~n', [name, msg, to, state])

  def print_event(dev, {:noreply, state}, name),
    do: :io.format(dev, '*DBG* ~tp new state ~tp~n', [name, state])

  def print_event(dev, event, name),
    do: :io.format(dev, '*DBG* ~tp dbg  ~tp~n', [name, event])
end

defmodule GenServer do
  # ---- starting ----

  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:nolink, module, init_arg, options)

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:link, module, init_arg, options)

  defp do_start(link, module, init_arg, options) do
    case Keyword.pop(options, :name) do
      {nil, opts} ->
        :gen.start(:gen_server, link, module, init_arg, opts)

      {atom, opts} when is_atom(atom) ->
        :gen.start(:gen_server, link, {:local, atom}, module, init_arg, opts)

      {{:global, _term} = tuple, opts} ->
        :gen.start(:gen_server, link, tuple, module, init_arg, opts)

      {{:via, via_module, _term} = tuple, opts} when is_atom(via_module) ->
        :gen.start(:gen_server, link, tuple, module, init_arg, opts)

      {other, _} ->
        raise ArgumentError, """
        expected :name option to be one of the following:

          * nil
          * atom
          * {:global, term}
          * {:via, module, term}

        Got: #{inspect(other)}
        """
    end
  end

  # ---- calls and casts ----

  def call(server, request, timeout \\ 5000) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :call, [server, request, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :call, [server, request, timeout]}})

      pid ->
        res =
          try do
            :gen.call(pid, :"$gen_call", request, timeout)
          catch
            :exit, reason -> exit({reason, {GenServer, :call, [server, request, timeout]}})
          end

        {:ok, reply} = res
        reply
    end
  end

  def cast(server, request)

  def cast({:via, mod, name}, request) do
    try do
      mod.send(name, {:"$gen_cast", request})
    catch
      _, _ -> :ok
    end

    :ok
  end

  def cast({name, node}, request) when is_atom(name) and is_atom(node),
    do: do_send({name, node}, {:"$gen_cast", request})

  def cast(dest, request) when is_atom(dest) or is_pid(dest),
    do: do_send(dest, {:"$gen_cast", request})

  defp do_send(dest, msg) do
    try do
      send(dest, msg)
      :ok
    catch
      _, _ -> :ok
    end
  end

  def abcast(name, request) when is_atom(name) do
    do_send(name, {:"$gen_cast", request})
    :abcast
  end

  def reply(client, reply), do: :gen.reply(client, reply)

  # ---- stop ----

  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}})

      pid ->
        try do
          :proc_lib.stop(pid, reason, timeout)
        catch
          :exit, err -> exit({err, {GenServer, :stop, [server, reason, timeout]}})
        end
    end
  end

  # ---- names ----

  def whereis(server)
  def whereis(pid) when is_pid(pid), do: pid
  def whereis(name) when is_atom(name), do: Process.whereis(name)

  def whereis({:via, mod, name}) do
    case apply(mod, :whereis_name, [name]) do
      pid when is_pid(pid) -> pid
      :undefined -> nil
    end
  end

  def whereis({name, local}) when is_atom(name) and local == node(), do: Process.whereis(name)
  def whereis({name, node} = server) when is_atom(name) and is_atom(node), do: server
end
