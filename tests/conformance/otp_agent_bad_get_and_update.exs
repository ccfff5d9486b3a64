defmodule X do
  def run do
    {:ok, a} = Agent.start(fn -> 1 end)
    try do
      Agent.get_and_update(a, fn s -> s end)
    catch
      :exit, {r, {GenServer, :call, _}} -> IO.inspect(r)
    end
    IO.inspect(Process.alive?(a))
  end
end

X.run()
