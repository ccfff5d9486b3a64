defmodule X do
  def run do
    t = Task.async(fn -> Process.sleep(500) end)
    Task.await(t, 20)
  end
end

X.run()
