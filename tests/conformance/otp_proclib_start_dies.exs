defmodule PL do
  def init(r), do: exit(r)
end

defmodule X do
  def run do
    IO.inspect(:proc_lib.start(PL, :init, [:oops]))
    Process.flag(:trap_exit, true)
    IO.inspect(:proc_lib.start_link(PL, :init, [:oops2]))
    receive do
      m -> IO.inspect({:leftover, m})
    after
      100 -> IO.puts("EXIT consumed")
    end
  end
end

X.run()
