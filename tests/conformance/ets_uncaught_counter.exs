defmodule X do
  def run do
    t = :ets.new(:t, [])
    IO.puts("start")
    :ets.update_counter(t, :missing, 1)
  end
end

X.run()
