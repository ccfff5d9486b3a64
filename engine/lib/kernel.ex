# Kernel functions written in Elixir: raise, apply, then/tap and the formatting
# of uncaught errors for `proclab run`.

defmodule Kernel do
  def __raise__(message) when is_binary(message),
    do: :erlang.error(RuntimeError.exception(message))

  def __raise__(%{__exception__: true} = exception), do: :erlang.error(exception)
  def __raise__(module) when is_atom(module), do: :erlang.error(module.exception([]))
  def __raise__(other), do: :erlang.error(ArgumentError.exception(
    "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: #{inspect(other)}"))

  def __raise__(module, attrs) when is_atom(module), do: :erlang.error(module.exception(attrs))

  # apply/2,3 compile to the APPLY opcode; these are what &apply/2 and a
  # dynamic Kernel.apply reach.
  def apply(fun, args), do: :erlang.apply(fun, args)
  def apply(module, name, args), do: :erlang.apply(module, name, args)

  def then(value, fun), do: fun.(value)

  # Every spawned process starts here, so that calling an undefined function
  # crashes the new process rather than the one that spawned it.
  def __spawned__(fun), do: fun.()
  def __spawned__(module, function, args), do: apply(module, function, args)

  def tap(value, fun) do
    fun.(value)
    value
  end

  def __format_error__(kind, reason, stacktrace),
    do: Exception.format_banner(kind, reason, stacktrace) <> "\n"

  # The error report of a process that crashed (Logger prints it in Elixir;
  # proclab writes it to stderr so stdout stays the program's).
  def __report_crash__(pid, kind, reason, stacktrace) do
    IO.puts(:stderr, "[error] Process #{inspect(pid)} raised an exception\n" <>
      Exception.format_banner(kind, reason, stacktrace))
  end

  # ---- Nested access (the function forms; Access does the work) ----

  def get_in(data, keys), do: Access.get_in(data, keys)
  def put_in(data, keys, value), do: Access.put_in(data, keys, value)
  def update_in(data, keys, fun), do: Access.update_in(data, keys, fun)
  def pop_in(data, keys), do: Access.pop_in(data, keys)
  def get_and_update_in(data, keys, fun), do: Access.get_and_update_in(data, keys, fun)
end

# :erlang.apply/2,3 for dynamic calls and captures (a direct call compiles to
# the APPLY opcode; the rest of :erlang is C BIFs).
defmodule :erlang do
  def apply(fun, args), do: :erlang.apply(fun, args)
  def apply(module, name, args), do: :erlang.apply(module, name, args)
end
