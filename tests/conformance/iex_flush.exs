# IEx.Helpers.flush/0 prints every waiting message with IO.inspect and
# returns :ok without waiting for more.
defmodule Main do
  def run do
    IO.inspect(IEx.Helpers.flush())
    send(self(), :one)
    send(self(), {:two, 2})
    send(self(), %{three: [3, 3.0, "three"]})
    send(self(), Enum.to_list(1..40))
    IO.inspect(IEx.Helpers.flush())
    IO.inspect(IEx.Helpers.flush())

    parent = self()
    pid = spawn(fn -> Enum.each(1..3, fn i -> send(parent, {:from_child, i}) end) end)
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    IO.inspect(IEx.Helpers.flush())

    # a message that arrives later is not waited for
    Process.send_after(self(), :late, 50)
    IO.inspect(IEx.Helpers.flush())
    Process.sleep(100)
    IO.inspect(IEx.Helpers.flush())
  end
end

Main.run()
