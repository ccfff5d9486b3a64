defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    Process.flag(:trap_exit, true)
    {:ok, _} = Registry.start_link(keys: :unique, name: L)
    {:ok, reg} = Registry.register(L, :x, 1)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(reg in links)
    Registry.unregister(L, :x)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(reg in links)
  end
end

X.run()
