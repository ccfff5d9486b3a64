# :timer's functions that the sequential engine needs: tc measures with the
# engine's monotonic clock (the host clock under `proclab run`).

defmodule :timer do
  def sleep(timeout), do: Process.sleep(timeout)

  def tc(fun) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = fun.()
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(fun, args) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(module, function, args) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(module, function, args)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end
end
