defmodule X do
  def run do
    t = :ets.new(:t, [])
    :ets.delete(t)
    IO.puts("before")
    :ets.lookup(t, :key)
    IO.puts("after")
  end
end

X.run()
