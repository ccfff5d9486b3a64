defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    name = :ets.new(:cache, [:named_table, :public])
    IO.inspect(name)
    :ets.insert(:cache, {"k", "v"})
    IO.inspect(:ets.lookup(:cache, "k"))
    IO.inspect(is_reference(:ets.whereis(:cache)))
    IO.inspect(:ets.whereis(:nothing_here))
    IO.inspect(:ets.lookup(:ets.whereis(:cache), "k"))
    m(fn -> :ets.new(:cache, [:named_table]) end)
    IO.inspect(is_reference(:ets.new(:cache, [])))
    :ets.delete(:cache)
    IO.inspect(:ets.whereis(:cache))
    IO.inspect(:ets.new(:cache, [:named_table]))
  end
end

X.run()
