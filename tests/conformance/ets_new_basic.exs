defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    t = :ets.new(:things, [])
    IO.inspect(is_reference(t))
    IO.inspect(:ets.insert(t, {:a, 1}))
    IO.inspect(:ets.lookup(t, :a))
    IO.inspect(:ets.lookup(t, :b))
    IO.inspect(:ets.member(t, :a))
    IO.inspect(:ets.member(t, :b))
    for item <- [:size, :type, :protection, :keypos, :named_table, :name] do
      IO.inspect({item, :ets.info(t, item)})
    end
    IO.inspect(:ets.info(t, :owner) == self())
    IO.inspect(:ets.info(t, :id) == t)
  end
end

X.run()
