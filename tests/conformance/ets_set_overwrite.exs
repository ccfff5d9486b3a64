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
    :ets.insert(t, {:k, 1})
    :ets.insert(t, {:k, 2, :extra})
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.info(t, :size))
    :ets.insert(t, {1, :int})
    :ets.insert(t, {1.0, :float})
    IO.inspect(:ets.lookup(t, 1))
    IO.inspect(:ets.lookup(t, 1.0))
    IO.inspect(:ets.info(t, :size))
  end
end

X.run()
