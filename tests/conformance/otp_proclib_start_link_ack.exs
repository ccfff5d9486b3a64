defmodule PL do
  def init(x) do
    :proc_lib.init_ack({:ok, x})
    Process.sleep(10)
  end
  def init2(parent) do
    :ok = :proc_lib.init_ack(parent, :ack2)
  end
end

defmodule X do
  def run do
    IO.inspect(:proc_lib.start_link(PL, :init, [:hello]))
    IO.inspect(:proc_lib.start(PL, :init, [:world]))
    IO.inspect(:proc_lib.start_link(PL, :init2, [self()]))
  end
end

X.run()
