defmodule PL do
  def init, do: Process.sleep(1000)
end

defmodule X do
  def run do
    IO.inspect(:proc_lib.start(PL, :init, [], 50))
    Process.flag(:trap_exit, true)
    IO.inspect(:proc_lib.start_link(PL, :init, [], 50))
    receive do
      m -> IO.inspect({:leftover, m})
    after
      100 -> IO.puts("mailbox empty")
    end
  end
end

X.run()
