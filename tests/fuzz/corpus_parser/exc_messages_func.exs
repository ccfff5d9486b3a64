defmodule Fc do
  def only_int(x) when is_integer(x), do: x
  def two(:a, :b), do: :ok
end
show = fn f ->
  try do
    f.()
  rescue
    e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
  end
end
arg = "str"
show.(fn -> Fc.only_int(arg) end)
show.(fn -> Fc.two(:a, String.to_atom("c")) end)
anon = fn 1 -> :one end
show.(fn -> anon.(2) end)
f2 = fn a, b -> a + b end
try do
  f2.(1)
rescue
  e in BadArityError -> IO.inspect({e.__struct__, e.args, is_function(e.function, 2)})
end
notfun = String.to_atom("not_a_fun")
show.(fn -> notfun.(1) end)
mod = String.to_atom("Elixir.NoSuchModule")
show.(fn -> mod.foo(1) end)
show.(fn -> apply(Fc, :missing, [1, 2]) end)
show.(fn -> apply(String, :no_such_fn, []) end)
