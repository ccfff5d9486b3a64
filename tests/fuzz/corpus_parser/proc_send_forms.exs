defmodule ProcSendForms do
  def run do
    IO.inspect(send(self(), {:a, 1}))
    IO.inspect(Process.send(self(), :b, []))
    IO.inspect(:erlang.send(self(), :c))
    Process.register(self(), :me)
    IO.inspect(send(:me, :d))
    IO.inspect(send({:me, node()}, :e))
    IO.inspect(Kernel.send(self(), :f))
    {:messages, ms} = Process.info(self(), :messages)
    IO.inspect(ms)
    try do
      send({:nobody, node()}, :x)
      IO.puts("send to {name, node} with unknown name does not raise")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      send(123, :x)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
  end
end

ProcSendForms.run()
