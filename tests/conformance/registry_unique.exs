defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    {:ok, pid} = Registry.start_link(keys: :unique, name: Reg)
    IO.inspect(is_pid(pid))
    {:ok, owner} = Registry.register(Reg, "alice", :admin)
    IO.inspect(is_pid(owner))
    IO.inspect(Registry.lookup(Reg, "alice") == [{self(), :admin}])
    IO.inspect(Registry.lookup(Reg, "bob"))
    {:error, {:already_registered, who}} = Registry.register(Reg, "alice", :other)
    IO.inspect(who == self())
    IO.inspect(Registry.register(Reg, "carol", 1) |> elem(0))
    IO.inspect(Registry.keys(Reg, self()) |> Enum.sort())
    IO.inspect(Registry.count(Reg))
    IO.inspect(Registry.unregister(Reg, "alice"))
    IO.inspect(Registry.lookup(Reg, "alice"))
    IO.inspect(Registry.keys(Reg, self()))
    IO.inspect(Registry.count(Reg))
    IO.inspect(Registry.unregister(Reg, "nobody"))
  end
end

X.run()
