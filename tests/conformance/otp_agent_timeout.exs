defmodule X do
  def run do
    {:ok, a} = Agent.start_link(fn -> 0 end)
    try do
      Agent.get(a, fn s -> Process.sleep(200); s end, 50)
    catch
      :exit, {:timeout, {GenServer, :call, [_, {:get, _}, 50]}} -> IO.puts("agent get timed out")
    end
    IO.inspect(Agent.get(a, & &1))
  end
end

X.run()
