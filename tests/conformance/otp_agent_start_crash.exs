defmodule X do
  def run do
    {:error, {e, _}} = Agent.start(fn -> raise "bad init" end)
    IO.inspect(e)
    Process.flag(:trap_exit, true)
    {:error, r} = Agent.start_link(fn -> exit(:nope) end)
    IO.inspect(r)
    receive do
      {:EXIT, _, r} -> IO.inspect({:exit, r})
    end
  end
end

X.run()
