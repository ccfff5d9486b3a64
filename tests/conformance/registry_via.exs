defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Names)
    parent = self()
    pid = spawn(fn ->
      IO.inspect(Registry.register_name({Names, :srv}, self()))
      send(parent, :ok)
      receive do msg -> send(parent, {:srv_got, msg}) end
    end)
    receive do :ok -> :ok end
    IO.inspect(Registry.whereis_name({Names, :srv}) == pid)
    IO.inspect(Registry.whereis_name({Names, :none}))
    Registry.send({Names, :srv}, :ping)
    receive do {:srv_got, msg} -> IO.inspect(msg) end
    try do
      Registry.send({Names, :none}, :ping)
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(Registry.register_name({Names, :me}, self()))
    IO.inspect(Registry.register_name({Names, :me}, self()))
    IO.inspect(Registry.unregister_name({Names, :me}))
    IO.inspect(Registry.whereis_name({Names, :me}))
  end
end

X.run()
