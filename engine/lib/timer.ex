# :timer's functions that the sequential engine needs: tc measures with the
# engine's monotonic clock (the host clock under `proclab run`).

defmodule :timer do
  def sleep(timeout), do: Process.sleep(timeout)

  # Like OTP's, these timers are run by a process: send_interval's ticks come
  # from a helper process that lives as long as the caller and the timer do.
  def send_after(time, message), do: send_after(time, self(), message)

  def send_after(time, dest, message) when is_integer(time) and time >= 0,
    do: {:ok, {:once, :erlang.send_after(time, dest, message)}}

  def send_interval(time, message), do: send_interval(time, self(), message)

  def send_interval(time, dest, message) when is_integer(time) and time >= 0 do
    owner = self()
    pid = spawn(fn -> interval(owner, Process.monitor(owner), time, dest, message) end)
    {:ok, {:interval, pid}}
  end

  def cancel({:once, ref}) do
    :erlang.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel({:interval, pid}) do
    send(pid, :cancel)
    {:ok, :cancel}
  end

  def cancel(_), do: {:error, :badarg}

  defp interval(owner, ref, time, dest, message) do
    receive do
      :cancel -> :ok
      {:DOWN, ^ref, _, _, _} -> :ok
    after
      time ->
        send(dest, message)
        interval(owner, ref, time, dest, message)
    end
  end

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
