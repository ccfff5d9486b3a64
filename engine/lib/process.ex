# Process functions that wait, written with receive as OTP writes them.

defmodule Process do
  def sleep(:infinity) do
    receive do
    after
      :infinity -> :ok
    end
  end

  def sleep(timeout) when is_integer(timeout) and timeout >= 0 do
    receive do
    after
      timeout -> :ok
    end
  end
end
