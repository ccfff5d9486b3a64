defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:set])
    :ets.insert(t, [{"b", 2}, {"a", 1}, {:c, 3}, {4, 4}])
    IO.inspect(Enum.sort(:ets.tab2list(t)))
    IO.inspect(length(:ets.tab2list(t)))
    IO.inspect(Map.new(:ets.tab2list(t)))
  end
end

X.run()
