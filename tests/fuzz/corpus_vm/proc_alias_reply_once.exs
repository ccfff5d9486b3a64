defmodule ProcAliasReplyOnce do
  def drain(acc) do
    receive do
      m -> drain([m | acc])
    after
      100 -> Enum.reverse(acc)
    end
  end

  def run do
    a = :erlang.alias([:reply])
    send(a, :first)
    send(a, :second)
    send(a, :third)
    IO.inspect(drain([]))
    b = :erlang.alias([:explicit_unalias])
    send(b, 1)
    send(b, 2)
    IO.inspect(drain([]))
    :erlang.unalias(b)
    send(b, 3)
    IO.inspect(drain([]))
    try do
      :erlang.alias([:bogus_option])
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
  end
end

ProcAliasReplyOnce.run()
