defmodule ProcReceivePinned do
  def run do
    wanted = :b
    for t <- [:a, :b, :c], do: send(self(), {:tag, t, Atom.to_string(t)})
    receive do
      {:tag, ^wanted, s} -> IO.inspect({:got, s})
    end
    key = 42
    send(self(), {41, :no})
    send(self(), {42, :yes})
    receive do
      {^key, v} -> IO.inspect(v)
    end
    ref = make_ref()
    other = make_ref()
    send(self(), {other, :wrong})
    send(self(), {ref, :right})
    receive do
      {^ref, v} -> IO.inspect(v)
    end
    {:messages, ms} = Process.info(self(), :messages)
    IO.inspect(length(ms))
    IO.inspect(Enum.map(ms, fn m -> elem(m, 1) end))
  end
end

ProcReceivePinned.run()
