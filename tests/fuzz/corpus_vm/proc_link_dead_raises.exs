defmodule ProcLinkDeadRaises do
  def run do
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    try do
      Process.link(dead)
      IO.puts("no raise")
    rescue
      e in ErlangError ->
        IO.inspect(e.original)
        IO.puts(Exception.message(e))
    end
    r =
      try do
        Process.link(dead)
      catch
        :error, reason -> {:caught, reason}
      end
    IO.inspect(r)
    IO.inspect(Process.unlink(dead))
    IO.puts("still alive")
  end
end

ProcLinkDeadRaises.run()
