# The parts of IO written in Elixir; puts/write/inspect are built-ins (bif_io.c).
defmodule IO do
  # Elixir also prints the caller's stacktrace under the message; proclab's
  # stacktraces are its own, so only the message and a blank line go out.
  def warn(message) do
    IO.puts(:stderr, ["warning: ", message, "\n"])
  end

  def warn(message, _stacktrace_or_env), do: warn(message)
end
