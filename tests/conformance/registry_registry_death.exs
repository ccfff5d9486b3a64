defmodule X do
  def m(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
  end
  def run do
    Process.flag(:trap_exit, true)
    {:ok, reg} = Registry.start_link(keys: :unique, name: Dying)
    IO.inspect(Process.whereis(Dying) == reg)
    IO.inspect(:ets.info(Dying, :named_table))
    Process.unlink(reg)
    ref = Process.monitor(reg)
    Process.exit(reg, :kill)
    receive do {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason) end
    IO.inspect(:ets.whereis(Dying))
    IO.inspect(Process.whereis(Dying))
  end
end

X.run()
