defmodule ProcDictDefault do
  def count_word(w) do
    Process.put({:count, w}, Process.get({:count, w}, 0) + 1)
  end

  def run do
    parent = self()
    spawn(fn ->
      send(parent, Process.get(:nope, :default_value))
      Process.put(:k, nil)
      send(parent, Process.get(:k, :default_value))
      send(parent, Process.get(:other))
      for w <- ~w(a b a c a b), do: count_word(w)
      counts = for w <- ~w(a b c d), do: {w, Process.get({:count, w}, 0)}
      send(parent, counts)
      send(parent, :end)
    end)
    loop()
  end

  def loop do
    receive do
      :end -> :ok
      m -> IO.inspect(m); loop()
    end
  end
end

ProcDictDefault.run()
