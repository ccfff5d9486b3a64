# spawn/1 and spawn_link/1 accept a fun of the wrong arity (the child crashes),
# but spawn_monitor/1 rejects it in the caller.
f = fn x -> x end
Process.flag(:trap_exit, true)
pid = spawn_link(f)
IO.inspect(is_pid(pid))
receive do
  {:EXIT, ^pid, {{:badarity, {fun, args}}, _stack}} ->
    IO.inspect(is_function(fun, 1))
    IO.inspect(args)
  {:EXIT, ^pid, other} ->
    IO.inspect({:other, other})
end
try do
  spawn_monitor(f)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.puts("parent continues")
