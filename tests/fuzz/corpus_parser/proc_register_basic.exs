defmodule ProcRegisterBasic do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        {:hello, from} -> send(from, :hi_back)
      end
    end)
    IO.inspect(Process.register(pid, :greeter))
    IO.inspect(Process.whereis(:greeter) == pid)
    IO.inspect(Process.whereis(:nobody))
    send(:greeter, {:hello, parent})
    receive do
      :hi_back -> IO.puts("reply via name")
    end
    IO.inspect(send(self(), :x))
    receive do
      :x -> :ok
    end
    Process.register(self(), :main_proc)
    send(:main_proc, :to_myself)
    receive do
      m -> IO.inspect(m)
    end
    IO.inspect(Process.whereis(:main_proc) == self())
    IO.inspect(Process.info(self(), :registered_name))
  end
end

ProcRegisterBasic.run()
