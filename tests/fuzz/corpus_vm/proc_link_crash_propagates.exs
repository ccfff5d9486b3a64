defmodule ProcLinkCrashPropagates do
  def run do
    parent = self()
    middle = spawn(fn ->
      spawn_link(fn ->
        receive do
          :crash -> exit(:kaboom)
        end
      end)
      |> then(&send(parent, {:child, &1}))
      receive do
        :never -> :ok
      end
    end)
    ref = Process.monitor(middle)
    child =
      receive do
        {:child, c} -> c
      end
    cref = Process.monitor(child)
    send(child, :crash)
    receive do
      {:DOWN, ^cref, :process, ^child, r} -> IO.inspect({:child_down, r})
    end
    receive do
      {:DOWN, ^ref, :process, ^middle, r} -> IO.inspect({:middle_down, r})
    end
    IO.inspect(Process.alive?(middle))
    IO.puts("top process unaffected")
  end
end

ProcLinkCrashPropagates.run()
