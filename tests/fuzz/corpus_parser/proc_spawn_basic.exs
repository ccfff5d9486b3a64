defmodule ProcSpawnBasic do
  def run do
    parent = self()
    pid = spawn(fn -> send(parent, {:hello, self()}) end)
    IO.inspect(is_pid(pid))
    IO.inspect(pid == self())
    receive do
      {:hello, from} ->
        IO.inspect(from == pid)
        IO.puts("got hello")
    end
    IO.inspect(is_pid(self()))
    IO.inspect(is_pid(:self))
    IO.inspect(is_pid(make_ref()))
  end
end

ProcSpawnBasic.run()
