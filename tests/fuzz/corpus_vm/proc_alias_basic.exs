defmodule ProcAliasBasic do
  def run do
    a = :erlang.alias()
    IO.inspect(is_reference(a))
    IO.inspect(is_pid(a))
    send(a, :via_alias)
    receive do
      m -> IO.inspect(m)
    after
      500 -> IO.puts("nothing")
    end
    spawn(fn ->
      receive do
        {:reply_to, reply} -> send(reply, {:answer, 42})
      end
    end)
    |> send({:reply_to, a})
    receive do
      {:answer, n} -> IO.inspect(n)
    after
      500 -> IO.puts("nothing")
    end
    a2 = :erlang.alias()
    IO.inspect(a == a2)
    send(a2, :second_alias)
    send(a, :first_alias)
    receive do
      :first_alias -> IO.puts("first alias works")
    end
    receive do
      :second_alias -> IO.puts("second alias works")
    end
  end
end

ProcAliasBasic.run()
