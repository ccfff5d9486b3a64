defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:bag])
    :ets.insert(t, {:k, 1})
    :ets.insert(t, {:k, 2})
    :ets.insert(t, {:k, 1})
    :ets.insert(t, [{:j, 1}, {:k, 3}])
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.lookup(t, :j))
    IO.inspect(:ets.info(t, :size))
    IO.inspect(:ets.info(t, :type))
    IO.inspect(Enum.sort(:ets.tab2list(t)))
    :ets.delete_object(t, {:k, 2})
    IO.inspect(:ets.lookup(t, :k))
    :ets.delete(t, :k)
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.info(t, :size))
  end
end

X.run()
