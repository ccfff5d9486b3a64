defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:t, [:duplicate_bag])
    :ets.insert(t, {:k, 1})
    :ets.insert(t, {:k, 1})
    :ets.insert(t, {:k, 2})
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.info(t, :size))
    :ets.delete_object(t, {:k, 1})
    IO.inspect(:ets.lookup(t, :k))
    :ets.insert(t, [{:k, 2}, {:k, 3}])
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.lookup_element(t, :k, 2))
    IO.inspect(:ets.match_object(t, {:k, 2}))
  end
end

X.run()
