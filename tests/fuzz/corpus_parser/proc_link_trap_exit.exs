defmodule ProcLinkTrapExit do
  def run do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit(:something_bad) end)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect({:exit_msg, reason})
    end
    pid2 = spawn_link(fn -> raise ArgumentError, "bad" end)
    receive do
      {:EXIT, ^pid2, {e, _}} -> IO.inspect(e)
    end
    pid3 = spawn_link(fn -> :done end)
    receive do
      {:EXIT, ^pid3, reason} -> IO.inspect({:normal_exit_msg, reason})
    end
    pid4 = spawn_link(fn -> exit({:shutdown, :custom}) end)
    receive do
      {:EXIT, from, reason} -> IO.inspect({from == pid4, reason})
    end
    IO.puts("survived all")
  end
end

ProcLinkTrapExit.run()
