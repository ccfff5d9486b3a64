defmodule ProcAliasUnalias do
  def poll do
    receive do
      m -> {:got, m}
    after
      100 -> :nothing
    end
  end

  def run do
    a = :erlang.alias()
    send(a, :before)
    IO.inspect(poll())
    IO.inspect(:erlang.unalias(a))
    send(a, :after_unalias)
    IO.inspect(poll())
    IO.inspect(:erlang.unalias(a))
    IO.inspect(Process.info(self(), :message_queue_len))
    worker = spawn(fn ->
      receive do
        {:alias, al} ->
          send(al, :one)
          receive do
            :continue -> send(al, :two)
          end
      end
    end)
    b = :erlang.alias()
    send(worker, {:alias, b})
    IO.inspect(poll())
    :erlang.unalias(b)
    send(worker, :continue)
    IO.inspect(poll())
    IO.inspect(send(b, :send_still_returns_msg))
  end
end

ProcAliasUnalias.run()
