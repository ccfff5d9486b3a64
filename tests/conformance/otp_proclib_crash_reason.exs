defmodule X do
  def run do
    Process.flag(:trap_exit, true)
    pid = :proc_lib.spawn_link(fn -> raise "kaboom" end)
    receive do
      {:EXIT, ^pid, {%RuntimeError{message: m}, st}} -> IO.inspect({m, is_list(st)})
    end
    pid = :proc_lib.spawn_link(fn -> throw(:thrown) end)
    receive do
      {:EXIT, ^pid, {{:nocatch, v}, _}} -> IO.inspect({:nocatch, v})
    end
    pid = :proc_lib.spawn_link(fn -> exit(:bye) end)
    receive do
      {:EXIT, ^pid, r} -> IO.inspect(r)
    end
    pid = :proc_lib.spawn_link(fn -> :done end)
    receive do
      {:EXIT, ^pid, r} -> IO.inspect(r)
    end
  end
end

X.run()
