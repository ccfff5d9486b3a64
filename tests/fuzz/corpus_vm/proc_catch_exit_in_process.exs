defmodule ProcCatchExitInProcess do
  def run do
    parent = self()
    {pid, ref} = spawn_monitor(fn ->
      r1 = try do
        exit(:inner)
      catch
        :exit, reason -> {:caught_exit, reason}
      end
      r2 = try do
        raise "inner raise"
      rescue
        e -> {:rescued, e.message}
      end
      r3 = try do
        throw(:t)
      catch
        v -> {:caught_throw, v}
      end
      send(parent, {:results, [r1, r2, r3]})
      exit(:finally)
    end)
    receive do
      {:results, rs} -> Enum.each(rs, &IO.inspect/1)
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
  end
end

ProcCatchExitInProcess.run()
