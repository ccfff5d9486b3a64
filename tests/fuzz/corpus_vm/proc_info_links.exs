defmodule ProcInfoLinks do
  def idle, do: receive(do: (:stop -> :ok))

  def run do
    parent = self()
    hub = spawn(fn ->
      a = spawn_link(&idle/0)
      b = spawn_link(&idle/0)
      send(parent, {:kids, a, b})
      idle()
    end)
    {a, b} =
      receive do
        {:kids, a, b} -> {a, b}
      end
    {:links, hl} = Process.info(hub, :links)
    IO.inspect(length(hl))
    IO.inspect(Enum.sort(hl) == Enum.sort([a, b]))
    IO.inspect(Process.info(a, :links) == {:links, [hub]})
    c = spawn(&idle/0)
    IO.inspect(Process.info(c, :links))
    Process.link(c)
    IO.inspect(Process.info(c, :links) == {:links, [self()]})
    Process.link(c)
    IO.inspect(length(elem(Process.info(c, :links), 1)))
    Process.unlink(c)
    IO.inspect(Process.info(c, :links))
    IO.inspect(Process.unlink(c))
  end
end

ProcInfoLinks.run()
