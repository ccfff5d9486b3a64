defmodule X do
  def run do
    r = Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 40); x end, ordered: false, max_concurrency: 3) |> Enum.to_list()
    IO.inspect(r)
    r = Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 40); x end, ordered: true, max_concurrency: 3) |> Enum.to_list()
    IO.inspect(r)
  end
end

X.run()
