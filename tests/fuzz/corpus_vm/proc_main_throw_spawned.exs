defmodule ProcMainThrowSpawned do
  def run do
    {pid, ref} = spawn_monitor(fn -> throw(:in_child) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _}} -> IO.inspect(reason)
    end
    throw(:in_main)
  end
end

ProcMainThrowSpawned.run()
