defmodule Lisp do
  def parse(src) do
    {expr, _} = src |> String.replace("(", " ( ") |> String.replace(")", " ) ") |> String.split() |> read()
    expr
  end
  defp read(["(" | rest]), do: read_list(rest, [])
  defp read([tok | rest]) do
    case Integer.parse(tok) do
      {n, ""} -> {n, rest}
      _ -> {String.to_atom(tok), rest}
    end
  end
  defp read_list([")" | rest], acc), do: {Enum.reverse(acc), rest}
  defp read_list(toks, acc) do
    {e, rest} = read(toks)
    read_list(rest, [e | acc])
  end
  def eval(n, _env) when is_integer(n), do: n
  def eval(a, env) when is_atom(a), do: Map.fetch!(env, a)
  def eval([:if, c, t, e], env), do: if(eval(c, env) not in [false, 0], do: eval(t, env), else: eval(e, env))
  def eval([:let, [name, val], body], env), do: eval(body, Map.put(env, name, eval(val, env)))
  def eval([:lambda, params, body], env), do: {:closure, params, body, env}
  def eval([:define | _], _env), do: raise("define not supported")
  def eval([f | args], env) do
    fun = eval(f, env)
    vals = Enum.map(args, &eval(&1, env))
    apply_fn(fun, vals)
  end
  defp apply_fn({:closure, params, body, cenv}, vals), do: eval(body, Map.merge(cenv, Map.new(Enum.zip(params, vals))))
  defp apply_fn(f, vals) when is_function(f), do: apply(f, vals)
  def global do
    %{:+ => &(&1 + &2), :- => &(&1 - &2), :* => &(&1 * &2), :< => &(&1 < &2), := => &(&1 == &2),
      :list => fn a, b -> [a, b] end}
  end
  def run(src), do: eval(parse(src), global())
end
IO.inspect(Lisp.parse("(+ 1 (* 2 3))"))
IO.inspect(Lisp.run("(+ 1 (* 2 3))"))
IO.inspect(Lisp.run("(let (x 10) (* x x))"))
IO.inspect(Lisp.run("(if (< 1 2) 100 200)"))
IO.inspect(Lisp.run("((lambda (a b) (- a b)) 10 3)"))
IO.inspect(Lisp.run("(let (sq (lambda (n) (* n n))) (sq (sq 3)))"))
IO.inspect(Lisp.run("(list (= 1 1) (= 1 2))"))
IO.inspect(Lisp.run("(let (f (lambda (x) (if (< x 1) 0 (+ x 1)))) (f 5))"))
try do
  Lisp.run("(+ y 1)")
rescue
  e in KeyError -> IO.puts("unbound: #{inspect(e.key)}")
end
