defmodule X do
  def run do
    {:ok, a} = Agent.start_link(fn -> {0, 0} end)
    work = fn x ->
      Agent.update(a, fn {cur, mx} -> {cur + 1, max(mx, cur + 1)} end)
      Process.sleep(20)
      Agent.update(a, fn {cur, mx} -> {cur - 1, mx} end)
      x
    end
    r = Task.async_stream(1..8, work, max_concurrency: 3) |> Enum.to_list()
    IO.inspect(length(r))
    IO.inspect(Agent.get(a, fn {_, mx} -> mx end))
    Agent.update(a, fn _ -> {0, 0} end)
    Task.async_stream(1..6, work, max_concurrency: 1) |> Enum.to_list()
    IO.inspect(Agent.get(a, fn {_, mx} -> mx end))
  end
end

X.run()
