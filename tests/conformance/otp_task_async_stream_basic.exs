defmodule X do
  def run do
    r = Task.async_stream([1, 2, 3, 4], fn x -> x * 10 end) |> Enum.to_list()
    IO.inspect(r)
    r = Task.async_stream(1..5, fn x -> Process.sleep(10 * (6 - x)); x end, max_concurrency: 5) |> Enum.to_list()
    IO.inspect(r)
    IO.inspect(Task.async_stream([], fn x -> x end) |> Enum.to_list())
    IO.inspect(Task.async_stream([1, 2], Integer, :to_string, []) |> Enum.to_list())
    IO.inspect(Task.async_stream([1, 2, 3], Kernel, :+, [100]) |> Enum.map(fn {:ok, v} -> v end))
  end
end

X.run()
