defmodule St do
  use GenServer
  def init(r), do: {:stop, r}
end

defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    IO.inspect(GenServer.start_link(St, :bad_thing))
    receive do
      {:EXIT, pid, reason} -> IO.inspect({:exit_msg, is_pid(pid), reason})
    after
      500 -> IO.puts("no EXIT")
    end
  end
end

X.run()
