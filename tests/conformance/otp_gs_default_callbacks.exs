defmodule Bare do
  use GenServer
  def init(s), do: {:ok, s}
end

defmodule X do
  def run do
    {:ok, _pid} = GenServer.start(Bare, nil, name: :bare1)
    try do
      GenServer.call(:bare1, :hello)
    catch
      :exit, {{%RuntimeError{message: m}, _}, _} -> IO.puts(m)
    end
    {:ok, pid} = GenServer.start(Bare, nil, name: :bare)
    ref = Process.monitor(pid)
    GenServer.cast(:bare, :hi)
    receive do
      {:DOWN, ^ref, _, _, {%RuntimeError{message: m}, _}} -> IO.puts(m)
    end
    {:ok, pid} = GenServer.start(Bare, nil)
    send(pid, :unexpected)
    Process.sleep(20)
    IO.inspect(Process.alive?(pid))
  end
end

X.run()
