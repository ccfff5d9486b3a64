defmodule ProcLinkRaisePropagates do
  def run do
    {middle, ref} = spawn_monitor(fn ->
      spawn_link(fn -> raise "boom in child" end)
      receive do
        :never -> :ok
      end
    end)
    receive do
      {:DOWN, ^ref, :process, ^middle, {%RuntimeError{message: m}, stack}} ->
        IO.inspect(m)
        IO.inspect(is_list(stack))
      {:DOWN, ^ref, :process, ^middle, other} ->
        IO.inspect({:other, other})
    end
    {m2, r2} = spawn_monitor(fn ->
      spawn_link(fn -> :erlang.error(:badarith) end)
      receive do
        :never -> :ok
      end
    end)
    receive do
      {:DOWN, ^r2, :process, ^m2, {reason, _}} -> IO.inspect(reason)
    end
    {m3, r3} = spawn_monitor(fn ->
      spawn_link(fn -> throw(:ball) end)
      receive do
        :never -> :ok
      end
    end)
    receive do
      {:DOWN, ^r3, :process, ^m3, {reason, _}} -> IO.inspect(reason)
    end
  end
end

ProcLinkRaisePropagates.run()
