defmodule ProcExitLinkedThirdParty do
  def run do
    Process.flag(:trap_exit, true)
    parent = self()
    a = spawn_link(fn -> receive do :never -> :ok end end)
    killer = spawn(fn ->
      Process.exit(a, :terminated_by_third)
      send(parent, :done)
    end)
    receive do
      :done -> :ok
    end
    receive do
      {:EXIT, from, reason} -> IO.inspect({from == a, from == killer, reason})
    end
    b = spawn_link(fn -> receive do :never -> :ok end end)
    spawn(fn -> Process.exit(b, :normal) end)
    r =
      receive do
        {:EXIT, ^b, reason} -> {:b_exited, reason}
      after
        200 -> :b_ignored_normal
      end
    IO.inspect(r)
    IO.inspect(Process.alive?(b))
    Process.exit(b, :kill)
    receive do
      {:EXIT, ^b, reason} -> IO.inspect({:b, reason})
    end
  end
end

ProcExitLinkedThirdParty.run()
