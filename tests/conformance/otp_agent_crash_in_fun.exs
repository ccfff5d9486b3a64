defmodule X do
  def run do
    {:ok, a} = Agent.start(fn -> 1 end)
    try do
      Agent.update(a, fn _ -> raise ArgumentError, "bad update" end)
    catch
      :exit, {{%ArgumentError{message: m}, _}, _} -> IO.puts(m)
    end
    IO.inspect(Process.alive?(a))
  end
end

X.run()
