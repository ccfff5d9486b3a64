# The built-in exceptions, as ordinary defexception modules: their fields and
# message/1 are what Elixir 1.14 prints.

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule MatchError do
  defexception [:term]
  def message(e), do: "no match of right hand side value: " <> inspect(e.term)
end

defmodule CaseClauseError do
  defexception [:term]
  def message(e), do: "no case clause matching: " <> inspect(e.term)
end

defmodule TryClauseError do
  defexception [:term]
  def message(e), do: "no try clause matching: " <> inspect(e.term)
end

defmodule WithClauseError do
  defexception [:term]
  def message(e), do: "no with clause matching: " <> inspect(e.term)
end

defmodule CondClauseError do
  defexception []
  def message(_), do: "no cond clause evaluated to a truthy value"
end

defmodule BadMapError do
  defexception [:term]
  def message(e), do: "expected a map, got: " <> inspect(e.term)
end

defmodule BadStructError do
  defexception [:struct, :term]
  def message(e), do: "expected a struct named #{inspect(e.struct)}, got: #{inspect(e.term)}"
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(e),
    do: "expected a boolean on left-side of \"#{e.operator}\", got: #{inspect(e.term)}"
end

defmodule BadFunctionError do
  defexception [:term]
  def message(e), do: "expected a function, got: " <> inspect(e.term)
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(e) do
    {:arity, arity} = :erlang.fun_info(e.function, :arity)
    n = length(e.args)
    args = Enum.map_join(e.args, ", ", &inspect/1)
    word = if n == 1, do: "argument", else: "arguments"
    "#{inspect(e.function)} with arity #{arity} called with #{n} #{word} (#{args})"
  end
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(%{message: nil, key: key, term: nil}), do: "key #{inspect(key)} not found"

  def message(%{message: nil, key: key, term: term}),
    do: "key #{inspect(key)} not found in: #{inspect(term)}"

  def message(%{message: message}), do: message
end

defmodule ErlangError do
  defexception [:original, :reason]

  def message(e), do: "Erlang error: " <> inspect(e.original)
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(e) do
    "no function clause matching in #{Exception.format_mfa(e.module, e.function, e.arity)}"
  end
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(%{message: nil, function: f, arity: a}) when f == nil or a == nil,
    do: "undefined function"

  def message(%{message: nil} = e) do
    mfa = Exception.format_mfa(e.module, e.function, e.arity)

    if :erlang.module_loaded(e.module) do
      "function #{mfa} is undefined or private"
    else
      "function #{mfa} is undefined (module #{inspect(e.module)} is not available)"
    end
  end

  def message(%{message: message}), do: message
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]

  def message(e) do
    "protocol #{inspect(e.protocol)} not implemented for #{inspect(e.value)} of type " <>
      Exception.__type_name__(e.value)
  end
end

defmodule Exception do
  def message(%module{} = e), do: module.message(e)

  def exception?(%{__exception__: true}), do: true
  def exception?(_), do: false

  def normalize(kind, reason, stacktrace \\ []),
    do: Kernel.__normalize__(kind, reason, stacktrace)

  def format_mfa(module, function, arity) when is_integer(arity) do
    case :erlang.atom_to_binary(function, :utf8) do
      "-" <> rest -> "anonymous fn/#{arity} in #{inspect(module)}.#{__outer__(rest, "")}"
      name -> "#{inspect(module)}.#{name}/#{arity}"
    end
  end

  def format_mfa(module, function, args), do: format_mfa(module, function, length(args))

  def format_banner(kind, reason, stacktrace \\ [])

  def format_banner(:error, reason, stacktrace) do
    e = Kernel.__normalize__(:error, reason, stacktrace)
    "** (#{inspect(e.__struct__)}) #{__blame__(e, reason, stacktrace)}"
  end

  def format_banner(:throw, reason, _), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _), do: "** (exit) " <> format_exit(reason)

  # Elixir 1.14's format_exit: {reason, {m, f, args}} reads "exited in: m.f(args)".
  def format_exit(reason), do: format_exit(reason, "\n    ")

  # :supervisor.start_link's reason when a child's start raised or returned
  # {:error, reason}
  def format_exit({:shutdown, {:failed_to_start_child, child, {:EXIT, reason}}}, joiner),
    do: __format_start_child__(child, reason, joiner)

  def format_exit({:shutdown, {:failed_to_start_child, child, reason}}, joiner),
    do: __format_start_child__(child, reason, joiner)

  # {exception, stacktrace}: an error; the entries are indented under it
  def format_exit({exception, [entry | _] = stacktrace}, joiner)
      when is_tuple(entry) and tuple_size(entry) in [3, 4] do
    message = "an exception was raised:" <> joiner <> format_banner(:error, exception, stacktrace)
    entries = Enum.map(stacktrace, &format_stacktrace_entry/1)
    Enum.join([message | entries], joiner <> "    ")
  end

  def format_exit({reason2, {mod, fun, args}}, joiner)
      when is_atom(mod) and is_atom(fun) and is_list(args) do
    "exited in: " <> __format_call__(mod, fun, args) <> joiner <> "** (EXIT) " <>
      format_exit(reason2, joiner <> "    ")
  end

  def format_exit(reason, _joiner), do: __exit_reason__(reason)

  # Elixir adds "(app vsn) " for modules of an application; proclab's have none.
  def format_stacktrace_entry({module, :__MODULE__, 0, location}),
    do: __location__(location) <> inspect(module) <> " (module)"

  def format_stacktrace_entry({_module, :__MODULE__, 1, location}),
    do: __location__(location) <> "(module)"

  def format_stacktrace_entry({_module, :__FILE__, 1, location}),
    do: __location__(location) <> "(file)"

  def format_stacktrace_entry({module, fun, arity, location}),
    do: __location__(location) <> format_mfa(module, fun, arity)

  def format_stacktrace_entry({fun, arity, location}),
    do: __location__(location) <> inspect(fun) <> "/#{arity}"

  def format_file_line(file, line, suffix \\ "") do
    cond do
      file == nil -> ""
      line != nil and line != 0 -> "#{file}:#{line}:#{suffix}"
      true -> "#{file}:#{suffix}"
    end
  end

  defp __location__(opts) when is_list(opts),
    do: format_file_line(Keyword.get(opts, :file), Keyword.get(opts, :line), " ")

  defp __location__(_), do: ""

  def __format_start_child__(child, reason, joiner) do
    "shutdown: failed to start child: " <>
      inspect(child) <> joiner <> "** (EXIT) " <> format_exit(reason, joiner <> "    ")
  end

  def __format_call__(mod, fun, args) do
    "#{inspect(mod)}.#{__fun_name__(fun)}(" <> Enum.map_join(args, ", ", &inspect/1) <> ")"
  end

  def __fun_name__(fun) do
    case inspect(fun) do
      ":" <> name -> name
      other -> other
    end
  end

  def __exit_reason__(:normal), do: "normal"
  def __exit_reason__(:shutdown), do: "shutdown"
  def __exit_reason__({:shutdown, reason}), do: "shutdown: #{inspect(reason)}"
  def __exit_reason__(:calling_self), do: "process attempted to call itself"
  def __exit_reason__(:timeout), do: "time out"
  def __exit_reason__(:killed), do: "killed"
  def __exit_reason__(:noconnection), do: "no connection"

  def __exit_reason__(:noproc),
    do: "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started"

  def __exit_reason__({:nodedown, node_name}) when is_atom(node_name),
    do: "no connection to #{node_name}"

  def __exit_reason__({:already_started, pid}), do: "already started: " <> inspect(pid)
  def __exit_reason__({:bad_return_value, value}), do: "bad return value: " <> inspect(value)
  def __exit_reason__({:bad_call, request}), do: "bad call: " <> inspect(request)
  def __exit_reason__({:bad_cast, request}), do: "bad cast: " <> inspect(request)

  # :supervisor.start_link's reasons
  def __exit_reason__({:bad_return, {mod, :init, value}}) when is_atom(mod),
    do: format_mfa(mod, :init, 1) <> " returned a bad value: " <> inspect(value)

  def __exit_reason__({:bad_start_spec, start_spec}),
    do: "bad child specification, invalid children: " <> inspect(start_spec)

  def __exit_reason__({:start_spec, start_spec}),
    do: "bad child specification, " <> __sup_spec__(start_spec)

  def __exit_reason__({:supervisor_data, data}),
    do: "bad supervisor configuration, " <> __sup_data__(data)

  def __exit_reason__({exception, [_ | _] = stacktrace} = reason) do
    if is_tuple(hd(stacktrace)) do
      "an exception was raised:\n    " <> format_banner(:error, exception, stacktrace)
    else
      inspect(reason)
    end
  end

  def __exit_reason__(reason), do: inspect(reason)

  def __sup_data__({:invalid_type, type}), do: "invalid type: " <> inspect(type)
  def __sup_data__({:invalid_strategy, s}), do: "invalid strategy: " <> inspect(s)
  def __sup_data__({:invalid_intensity, i}), do: "invalid max_restarts (intensity): " <> inspect(i)
  def __sup_data__({:invalid_period, p}), do: "invalid max_seconds (period): " <> inspect(p)
  def __sup_data__({:invalid_max_children, m}), do: "invalid max_children: " <> inspect(m)
  def __sup_data__({:invalid_extra_arguments, x}), do: "invalid extra_arguments: " <> inspect(x)
  def __sup_data__(other), do: "got: #{inspect(other)}"

  def __sup_spec__({:duplicate_child_name, id}) do
    """
    more than one child specification has the id: #{inspect(id)}.
    If using maps as child specifications, make sure the :id keys are unique.
    If using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:

        children = [
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)
        ]
    """
  end

  def __sup_spec__({:invalid_child_spec, spec}), do: "invalid child specification: #{inspect(spec)}"

  def __sup_spec__({:invalid_child_type, type}),
    do: "invalid child type: #{inspect(type)}. Must be :worker or :supervisor."

  def __sup_spec__({:invalid_mfa, mfa}), do: "invalid mfa: #{inspect(mfa)}"

  def __sup_spec__({:invalid_restart_type, restart}),
    do: "invalid restart type: #{inspect(restart)}. Must be :permanent, :transient or :temporary."

  def __sup_spec__({:invalid_shutdown, shutdown}),
    do: "invalid shutdown: #{inspect(shutdown)}. Must be an integer >= 0, :infinity or :brutal_kill."

  def __sup_spec__({:invalid_module, mod}), do: "invalid module: #{inspect(mod)}. Must be an atom."

  def __sup_spec__({:invalid_modules, modules}),
    do: "invalid modules: #{inspect(modules)}. Must be a list of atoms or :dynamic."

  def __sup_spec__(other), do: "got: #{inspect(other)}"

  def format(kind, reason, stacktrace \\ []), do: format_banner(kind, reason, stacktrace)

  # The first line of an uncaught error, with the details elixir adds.
  def __blame__(%ArithmeticError{} = e, :badarith, [{:erlang, op, [a, b], _} | _])
      when op in [:div, :rem, :band, :bor, :bxor, :bsl, :bsr],
      do: "#{message(e)}: #{op}(#{inspect(a)}, #{inspect(b)})"

  def __blame__(%ArithmeticError{} = e, :badarith, [{:erlang, op, [a, b], _} | _]),
    do: "#{message(e)}: #{inspect(a)} #{op} #{inspect(b)}"

  def __blame__(%ArithmeticError{} = e, :badarith, [{:erlang, op, [a], _} | _]),
    do: "#{message(e)}: #{op}(#{inspect(a)})"

  def __blame__(%FunctionClauseError{} = e, _, _), do: message(e) <> "    "

  def __blame__(%ErlangError{} = e, _, [{_, _, _, info} | _]) when is_list(info) do
    case :lists.keyfind(:error_info, 1, info) do
      {:error_info, detail} when is_binary(detail) -> message(e) <> ":" <> detail
      _ -> message(e)
    end
  end
  def __blame__(e, _, _), do: message(e)

  # "-outer/2-fun-0-" names an anonymous function defined in outer/2.
  def __outer__("-fun-" <> _, acc), do: acc
  def __outer__(<<c, rest::binary>>, acc), do: __outer__(rest, acc <> <<c>>)
  def __outer__("", acc), do: acc

  def __type_name__(v) when is_integer(v), do: "Integer"
  def __type_name__(v) when is_float(v), do: "Float"
  def __type_name__(v) when is_atom(v), do: "Atom"
  def __type_name__(v) when is_binary(v), do: "BitString"
  def __type_name__(v) when is_list(v), do: "List"
  def __type_name__(v) when is_tuple(v), do: "Tuple"
  def __type_name__(v) when is_map(v), do: "Map"
  def __type_name__(v) when is_function(v), do: "Function"
  def __type_name__(v) when is_pid(v), do: "PID"
  def __type_name__(_), do: "Reference"
end
