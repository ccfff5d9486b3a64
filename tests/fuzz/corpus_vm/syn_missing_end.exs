IO.puts("a")
defmodule M do
  def f do
    :ok
