defmodule ProcDeadMailboxLost do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        :first -> send(parent, :handled_first)
      end
    end)
    ref = Process.monitor(pid)
    send(pid, :unrelated)
    send(pid, :first)
    send(pid, :third)
    receive do
      :handled_first -> IO.puts("handled first")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
    IO.inspect(Process.info(pid, :messages))
    IO.inspect(send(pid, :after_death))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcDeadMailboxLost.run()
