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
    parent = self()
    pid = spawn_link(fn ->
      :ets.new(:shared, [:named_table, :public])
      send(parent, :ready)
      receive do :crash -> exit(:boom) end
    end)
    receive do :ready -> :ok end
    :ets.insert(:shared, {1})
    IO.inspect(:ets.tab2list(:shared))
    send(pid, :crash)
    receive do {:EXIT, ^pid, reason} -> IO.inspect(reason) end
    IO.inspect(:ets.whereis(:shared))
    IO.inspect(:ets.new(:shared, [:named_table]))
    IO.inspect(:ets.info(:shared, :owner) == self())
  end
end

X.run()
