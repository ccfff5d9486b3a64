defmodule ProcMonitorAbnormal do
  def down_reason(fun) do
    pid = spawn(fn -> receive do :go -> fun.() end end)
    ref = Process.monitor(pid)
    send(pid, :go)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def run do
    IO.inspect(down_reason(fn -> exit(:boom) end))
    IO.inspect(down_reason(fn -> exit({:error, 42}) end))
    IO.inspect(down_reason(fn -> exit(:shutdown) end))
    {e, st} = down_reason(fn -> raise "oops" end)
    IO.inspect(e)
    IO.inspect(is_list(st))
    {e2, _} = down_reason(fn -> 1 = Enum.count([1, 2]) end)
    IO.inspect(e2)
    {e3, _} = down_reason(fn -> throw(:up) end)
    IO.inspect(e3)
    {e4, _} = down_reason(fn -> :erlang.error(:my_error) end)
    IO.inspect(e4)
    m = Map.new([{:a, 1}])
    {e5, _} = down_reason(fn -> Map.fetch!(m, :k) end)
    IO.inspect(e5)
  end
end

ProcMonitorAbnormal.run()
