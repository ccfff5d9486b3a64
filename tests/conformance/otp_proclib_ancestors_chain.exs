defmodule X do
  def run do
    me = self()
    :proc_lib.spawn(fn ->
      :proc_lib.spawn(fn ->
        send(me, {:anc, length(Process.get(:"$ancestors")), List.last(Process.get(:"$ancestors")) == me})
      end)
    end)
    receive do
      m -> IO.inspect(m)
    end
  end
end

X.run()
