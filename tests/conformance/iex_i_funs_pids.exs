# IEx.Helpers.i/1 on captures of named functions, on a pid that names no
# process, and facts about the terms whose inspect text changes between runs.
defmodule Main do
  def double(x), do: 2 * x

  def run do
    IO.inspect(IEx.Helpers.i(&Enum.map/2))
    IO.inspect(IEx.Helpers.i(&IO.puts/1))
    IO.inspect(IEx.Helpers.i(&Main.double/1))
    IO.inspect(IEx.Helpers.i(IEx.Helpers.pid(0, 30000, 0)))
    IO.inspect(IEx.Helpers.i({:ok, IEx.Helpers.pid(0, 30001, 5)}))

    info = :erlang.fun_info(fn x -> x end)
    IO.inspect({info[:type], info[:arity]})
    IO.inspect(is_reference(make_ref()))
  end
end

Main.run()
