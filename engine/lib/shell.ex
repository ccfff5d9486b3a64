# The iex evaluator behind proclab's prompt. The host (the prompt) compiles
# each input into a function of the bindings so far and sends it here, as
# IEx's server sends {:eval, ...} to IEx.Evaluator; the user's code runs in
# this very process, so self(), receive and flush() behave as they do in iex.
# The next input is sent only after :proclab.shell_done/1, so the user's own
# `receive` never sees an eval request.
defmodule :proclab_shell do
  # iex keeps the last 20 results for v/1 (its :history_size).
  @history_size 20

  def start(), do: loop()

  defp loop() do
    receive do
      {:"$proclab_eval", n, fun, args, width} ->
        eval(n, fun, args, width)
        loop()
    end
  end

  # [width]: the columns results are laid out for (iex uses the terminal's)
  defp eval(n, fun, args, width) do
    try do
      apply(fun, args)
    catch
      kind, reason ->
        # iex prints the banner and a blank line on stdout, like its results
        IO.write(Exception.format_banner(kind, reason, __STACKTRACE__) <> "\n\n")
        :proclab.shell_done(:error)
    else
      {value, binding} ->
        history = Process.get(:"$proclab_history", [])
        Process.put(:"$proclab_history", Enum.take([{n, value} | history], @history_size))
        # i/1 and h/1 print for themselves and return this (IEx.dont_display_result/0)
        if value != :"do not show this result in output" do
          IO.puts(inspect(value, pretty: true, width: width))
        end

        :proclab.shell_done(binding)
    end
  end
end
