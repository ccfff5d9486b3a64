defmodule VM do
  def run(program), do: exec(program, [], %{}, [])
  defp exec([], stack, _vars, out), do: {Enum.reverse(out), stack}
  defp exec([instr | rest], stack, vars, out) do
    case {instr, stack} do
      {{:push, v}, s} -> exec(rest, [v | s], vars, out)
      {:add, [b, a | s]} -> exec(rest, [a + b | s], vars, out)
      {:sub, [b, a | s]} -> exec(rest, [a - b | s], vars, out)
      {:mul, [b, a | s]} -> exec(rest, [a * b | s], vars, out)
      {:div, [0, _ | _]} -> {:error, :division_by_zero}
      {:div, [b, a | s]} -> exec(rest, [div(a, b) | s], vars, out)
      {:dup, [a | s]} -> exec(rest, [a, a | s], vars, out)
      {:swap, [a, b | s]} -> exec(rest, [b, a | s], vars, out)
      {{:store, name}, [a | s]} -> exec(rest, s, Map.put(vars, name, a), out)
      {{:load, name}, s} -> exec(rest, [Map.fetch!(vars, name) | s], vars, out)
      {:print, [a | s]} -> exec(rest, s, vars, [a | out])
      {{:loop, n, body}, s} ->
        {out2, s2, vars2} = Enum.reduce(1..n//1, {out, s, vars}, fn _, {o, st, v} ->
          {:ok, o2, st2, v2} = sub(body, st, v, o)
          {o2, st2, v2}
        end)
        exec(rest, s2, vars2, out2)
      {op, s} -> {:error, {:bad_instruction, op, s}}
    end
  end
  defp sub([], s, v, o), do: {:ok, o, s, v}
  defp sub(body, s, v, o) do
    {out_rev, s2} = exec(body, s, v, [])
    {:ok, Enum.reverse(out_rev) ++ o, s2, v}
  end
end
IO.inspect(VM.run([{:push, 2}, {:push, 3}, :add, {:push, 4}, :mul, :print]))
IO.inspect(VM.run([{:push, 10}, {:store, :x}, {:load, :x}, {:load, :x}, :mul, :dup, :print]))
IO.inspect(VM.run([{:push, 1}, {:push, 0}, :div]))
IO.inspect(VM.run([:add]))
IO.inspect(VM.run([{:push, 7}, {:push, 2}, :swap, :sub, :print]))
IO.inspect(VM.run([{:push, 1}, {:loop, 5, [{:push, 2}, :mul, :dup, :print]}]))
