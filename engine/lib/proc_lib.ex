# :proc_lib, ported from OTP 25's proc_lib.erl: processes started this way
# know their parent ($ancestors) and their initial call ($initial_call), can
# tell a starter they are ready (init_ack) and write a crash report when they
# die abnormally. Every OTP behaviour (GenServer, Supervisor, Task, Agent)
# starts its processes through here.

defmodule :proc_lib do
  # ---- spawn ----

  def spawn(fun) when is_function(fun, 0),
    do: :erlang.spawn(:proc_lib, :init_p, [self(), ancestors(), fun])

  def spawn(m, f, a) when is_atom(m) and is_atom(f) and is_list(a),
    do: :erlang.spawn(:proc_lib, :init_p, [self(), ancestors(), m, f, a])

  def spawn_link(fun) when is_function(fun, 0),
    do: :erlang.spawn_link(:proc_lib, :init_p, [self(), ancestors(), fun])

  def spawn_link(m, f, a) when is_atom(m) and is_atom(f) and is_list(a),
    do: :erlang.spawn_link(:proc_lib, :init_p, [self(), ancestors(), m, f, a])

  def spawn_opt(fun, opts) when is_function(fun, 0) do
    do_spawn_opt(opts, :erlang, :apply, [fun, []], fun)
  end

  def spawn_opt(m, f, a, opts), do: do_spawn_opt(opts, m, f, a, nil)

  defp do_spawn_opt(opts, m, f, a, fun) do
    args = if fun, do: [self(), ancestors(), fun], else: [self(), ancestors(), m, f, a]
    link? = :lists.member(:link, opts)
    monitor? = :lists.member(:monitor, opts)

    pid =
      if link?,
        do: :erlang.spawn_link(:proc_lib, :init_p, args),
        else: :erlang.spawn(:proc_lib, :init_p, args)

    if monitor?, do: {pid, Process.monitor(pid)}, else: pid
  end

  defp ancestors do
    case :erlang.get(:"$ancestors") do
      list when is_list(list) -> list
      _ -> []
    end
  end

  # ---- the first function of every proc_lib process ----

  def init_p(parent, ancestors, fun) when is_function(fun) do
    :erlang.put(:"$ancestors", [parent | ancestors])
    :erlang.put(:"$initial_call", trans_init(fun))
    init_p_do_apply(fun)
  end

  def init_p(parent, ancestors, m, f, a) do
    :erlang.put(:"$ancestors", [parent | ancestors])
    :erlang.put(:"$initial_call", trans_init(m, f, a))
    init_p_do_apply({m, f, a})
  end

  defp init_p_do_apply(what) do
    try do
      case what do
        {:erlang, :apply, [f, a]} when is_function(f) -> apply(f, a)
        {m, f, a} -> apply(m, f, a)
        fun -> fun.()
      end
    catch
      class, reason -> exit_p(class, reason, [])
    end
  end

  defp trans_init(fun) do
    {:module, m} = :erlang.fun_info(fun, :module)
    {:name, f} = :erlang.fun_info(fun, :name)
    {:arity, a} = :erlang.fun_info(fun, :arity)
    {m, f, a}
  end

  defp trans_init(:gen, :init_it, [:gen_server, _, _, :supervisor, {_, module}, _]),
    do: {:supervisor, module, 1}

  defp trans_init(:gen, :init_it, [:gen_server, _, _, _, :supervisor, {_, module}, _]),
    do: {:supervisor, module, 1}

  defp trans_init(:gen, :init_it, [:gen_server, _, _, module | _]) when is_atom(module),
    do: {module, :init, 1}

  defp trans_init(:gen, :init_it, [:gen_server, _, _, _, module | _]) when is_atom(module),
    do: {module, :init, 1}

  defp trans_init(m, f, a), do: {m, f, length(a)}

  @doc false
  # proclab's stand-in for Logger's :handle_sasl_reports (off, as in Elixir):
  # :persistent_term.put({:logger, :handle_sasl_reports}, true) turns it on.
  def __sasl_reports__?, do: :persistent_term.get({:logger, :handle_sasl_reports}, false)

  # The process ends with the reason OTP gives it; abnormal ends write a report.
  def exit_p(class, reason, stacktrace) do
    crash_report(class, reason, stacktrace)
    :erlang.raise(:exit, exit_reason(class, reason, stacktrace), stacktrace)
  end

  defp exit_reason(:error, reason, stacktrace), do: {reason, stacktrace}
  defp exit_reason(:exit, reason, _), do: reason
  defp exit_reason(:throw, reason, stacktrace), do: {{:nocatch, reason}, stacktrace}

  defp crash_report(:exit, :normal, _), do: :ok
  defp crash_report(:exit, :shutdown, _), do: :ok
  defp crash_report(:exit, {:shutdown, _}, _), do: :ok

  # proc_lib's crash report is a SASL report: Elixir 1.14 prints it only when
  # Logger's :handle_sasl_reports is on, and so does proclab (see
  # __sasl_reports__?/0). A GenServer's own "terminating" report is not SASL.
  defp crash_report(class, reason, stacktrace) do
    if __sasl_reports__?() and :erlang.get(:"$proclab_reported") != true do
      try do
        write_report(class, reason, stacktrace)
      catch
        _, _ -> IO.puts(:stderr, "[error] Process #{inspect(self())} terminating\n" <> inspect(reason))
      end
    end
  end

  defp write_report(class, reason, stacktrace) do
    initial =
      case :erlang.get(:"$initial_call") do
        {m, f, a} -> Exception.format_mfa(m, f, a)
        _ -> "nil"
      end

    IO.puts(:stderr, "[error] Process #{inspect(self())} terminating\n" <>
      Exception.format_banner(class, reason, stacktrace) <>
      "\nInitial Call: #{initial}\nAncestors: #{inspect(ancestors())}")
  end

  # ---- start: spawn, then wait for the child's init_ack ----

  def start(m, f, a), do: start(m, f, a, :infinity, [])
  def start(m, f, a, timeout), do: start(m, f, a, timeout, [])

  def start(m, f, a, timeout, spawn_opts) do
    sync_start(spawn_opt(m, f, a, [:monitor | spawn_opts]), timeout)
  end

  def start_link(m, f, a), do: start_link(m, f, a, :infinity, [])
  def start_link(m, f, a, timeout), do: start_link(m, f, a, timeout, [])

  def start_link(m, f, a, timeout, spawn_opts) do
    sync_start_link(spawn_opt(m, f, a, [:link | spawn_opts]), timeout)
  end

  defp sync_start({pid, ref}, timeout) do
    receive do
      {:ack, ^pid, return} ->
        Process.demonitor(ref, [:flush])
        return

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        kill_flush(pid)
        {:error, :timeout}
    end
  end

  defp sync_start_link(pid, timeout) do
    receive do
      {:ack, ^pid, return} -> return
      {:EXIT, ^pid, reason} -> {:error, reason}
    after
      timeout ->
        kill_flush(pid)
        {:error, :timeout}
    end
  end

  defp kill_flush(pid) do
    Process.unlink(pid)
    Process.exit(pid, :kill)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  def init_ack(return) do
    [parent | _] = :erlang.get(:"$ancestors")
    init_ack(parent, return)
  end

  def init_ack(parent, return) do
    send(parent, {:ack, self(), return})
    :ok
  end

  # ---- introspection and stop ----

  def initial_call(pid) when is_pid(pid) do
    case Process.info(pid, :dictionary) do
      {:dictionary, dict} ->
        case :lists.keyfind(:"$initial_call", 1, dict) do
          {_, {m, f, a}} -> {m, f, make_dummy_args(a, [])}
          _ -> false
        end

      _ ->
        false
    end
  end

  def translate_initial_call(pid) when is_pid(pid) do
    case Process.info(pid, :dictionary) do
      {:dictionary, dict} ->
        case :lists.keyfind(:"$initial_call", 1, dict) do
          {_, mfa} -> mfa
          _ -> {:proc_lib, :init_p, 5}
        end

      _ ->
        {:proc_lib, :init_p, 5}
    end
  end

  defp make_dummy_args(0, acc), do: acc

  defp make_dummy_args(n, acc),
    do: make_dummy_args(n - 1, [String.to_atom("Argument__#{n}") | acc])

  def stop(process), do: stop(process, :normal, :infinity)

  # A helper process asks the target to terminate (a system message) and
  # reports how it ended.
  def stop(process, reason, timeout) do
    {pid, mref} =
      spawn_monitor(fn ->
        ref = Process.monitor(process)
        :ok = :sys.terminate(process, reason, :infinity)

        receive do
          {:DOWN, ^ref, _, _, exit_reason} -> exit(exit_reason)
        end
      end)

    receive do
      {:DOWN, ^mref, _, _, ^reason} ->
        :ok

      {:DOWN, ^mref, _, _, {:noproc, {:sys, :terminate, _}}} ->
        exit(:noproc)

      {:DOWN, ^mref, _, _, reason2} ->
        exit(reason2)
    after
      timeout ->
        Process.exit(pid, :kill)

        receive do
          {:DOWN, ^mref, _, _, _} -> exit(:timeout)
        end
    end
  end
end
