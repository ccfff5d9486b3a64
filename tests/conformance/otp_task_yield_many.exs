defmodule X do
  def run do
    tasks = [
      Task.async(fn -> :fast end),
      Task.async(fn -> Process.sleep(300); :slow end),
      Task.async(fn -> 42 end)
    ]
    results = Task.yield_many(tasks, 100)
    IO.inspect(Enum.map(results, fn {t, r} -> {Enum.find_index(tasks, &(&1 == t)), r} end))
    [_, {slow, nil}, _] = results
    IO.inspect(Task.shutdown(slow, :brutal_kill))
  end
end

X.run()
