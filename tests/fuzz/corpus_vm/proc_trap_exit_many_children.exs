defmodule ProcTrapExitManyChildren do
  def run do
    Process.flag(:trap_exit, true)
    specs = [
      {1, fn -> :ok end},
      {2, fn -> exit(:two) end},
      {3, fn -> raise "three" end},
      {4, fn -> throw(:four) end},
      {5, fn -> exit({:shutdown, 5}) end},
      {6, fn -> Process.exit(self(), :kill) end}
    ]
    pids = for {id, f} <- specs, into: %{}, do: {spawn_link(f), id}
    results = for _ <- 1..6 do
      receive do
        {:EXIT, pid, reason} -> {Map.fetch!(pids, pid), summarize(reason)}
      end
    end
    Enum.each(Enum.sort(results), &IO.inspect/1)
  end

  def summarize({%RuntimeError{message: m}, _}), do: {:runtime_error, m}
  def summarize({{:nocatch, v}, _}), do: {:nocatch, v}
  def summarize(other), do: other
end

ProcTrapExitManyChildren.run()
