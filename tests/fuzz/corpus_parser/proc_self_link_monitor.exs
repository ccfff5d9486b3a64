defmodule ProcSelfLinkMonitor do
  def run do
    IO.inspect(Process.link(self()))
    {:links, ls} = Process.info(self(), :links)
    IO.inspect(self() in ls)
    IO.inspect(Process.unlink(self()))
    ref = Process.monitor(self())
    IO.inspect(is_reference(ref))
    IO.inspect(Process.demonitor(ref))
    r =
      receive do
        m -> {:unexpected, m}
      after
        50 -> :no_messages
      end
    IO.inspect(r)
    p = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Keyword.has_key?(Process.info(p), :registered_name))
    Process.register(p, :has_name)
    IO.inspect(Keyword.get(Process.info(p), :registered_name))
    IO.inspect(Process.info(p) |> Keyword.keys() |> Enum.take(6))
    send(p, :stop)
  end
end

ProcSelfLinkMonitor.run()
