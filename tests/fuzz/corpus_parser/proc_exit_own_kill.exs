defmodule ProcExitOwnKill do
  def run do
    parent = self()
    victim = spawn(fn ->
      spawn_link(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :trapper_ready)
        receive do
          {:EXIT, _, why} -> send(parent, {:trapper_got, why})
        end
      end)
      plain = spawn_link(fn -> receive do :never -> :ok end end)
      send(parent, {:plain, plain})
      receive do
        :die -> exit(:kill)
      end
    end)
    receive do
      :trapper_ready -> :ok
    end
    plain = receive do
      {:plain, p} -> p
    end
    pref = Process.monitor(plain)
    vref = Process.monitor(victim)
    send(victim, :die)
    receive do
      {:DOWN, ^vref, _, _, r} -> IO.inspect({:victim_monitor, r})
    end
    receive do
      {:trapper_got, why} -> IO.inspect({:linked_trapper_got, why})
    end
    receive do
      {:DOWN, ^pref, _, _, r} -> IO.inspect({:linked_plain_died, r})
    end
  end
end

ProcExitOwnKill.run()
