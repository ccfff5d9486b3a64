defmodule SlowServer do
  def start, do: spawn(fn -> loop() end)

  defp loop do
    receive do
      {:req, from, ref, delay, v} ->
        Process.sleep(delay)
        send(from, {ref, {:reply, v}})
        loop()
    end
  end

  def call(srv, delay, v, timeout) do
    ref = make_ref()
    send(srv, {:req, self(), ref, delay, v})
    receive do
      {^ref, reply} -> reply
    after
      timeout -> {:timeout, ref}
    end
  end
end

defmodule ProcProgCallTimeout do
  def run do
    srv = SlowServer.start()
    IO.inspect(SlowServer.call(srv, 0, :fast, 500))
    {:timeout, late_ref} = SlowServer.call(srv, 300, :slow, 50)
    IO.puts("call timed out")
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(SlowServer.call(srv, 0, :after_slow, 1000))
    receive do
      {^late_ref, reply} -> IO.inspect({:late_reply_in_mailbox, reply})
    after
      0 -> IO.puts("no late reply")
    end
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ProcProgCallTimeout.run()
