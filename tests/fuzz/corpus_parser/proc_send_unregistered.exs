defmodule ProcSendUnregistered do
  def run do
    try do
      send(:no_such_name, :hello)
    rescue
      e in ArgumentError ->
        IO.puts("rescued ArgumentError")
        IO.puts(Exception.message(e))
    end
    r =
      try do
        send(:nobody_here, :x)
        :sent
      rescue
        ArgumentError -> :badarg
      end
    IO.inspect(r)
    dead = spawn(fn -> :ok end)
    ref = Process.monitor(dead)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    IO.inspect(send(dead, :into_the_void))
    IO.puts("sending to a dead pid is fine")
  end
end

ProcSendUnregistered.run()
