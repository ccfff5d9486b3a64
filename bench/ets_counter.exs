# ets_counter.exs: :ets.update_counter on one key of a public set, N times.
defmodule EtsCounter do
  @n 1_000_000

  def run do
    t = :ets.new(:counters, [:set, :public])
    :ets.insert(t, {:hits, 0})
    {us, _} = :timer.tc(fn -> loop(@n, t) end)
    IO.puts(:stderr, "tc ets_counter total_us=#{us}")
    IO.puts("ets_counter updates=#{@n} value=#{:ets.lookup_element(t, :hits, 2)}")
  end

  defp loop(0, _t), do: :ok

  defp loop(n, t) do
    :ets.update_counter(t, :hits, 1)
    loop(n - 1, t)
  end
end

EtsCounter.run()
