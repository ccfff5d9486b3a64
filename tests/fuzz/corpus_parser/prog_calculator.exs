defmodule Calc do
  # expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := int | '(' expr ')' | '-' factor
  def eval(s) do
    tokens = tokenize(String.replace(s, " ", ""))
    case expr(tokens) do
      {v, []} -> {:ok, v}
      {_, rest} -> {:error, {:trailing, rest}}
    end
  catch
    {:parse_error, msg} -> {:error, msg}
  end
  defp tokenize(""), do: []
  defp tokenize(<<c, rest::binary>>) when c in ?0..?9 do
    {n, rest2} = Integer.parse(<<c, rest::binary>>)
    [n | tokenize(rest2)]
  end
  defp tokenize(<<c, rest::binary>>) when c in '+-*/()', do: [<<c>> | tokenize(rest)]
  defp tokenize(<<c, _::binary>>), do: throw({:parse_error, "bad char #{<<c>>}"})
  defp expr(ts) do
    {v, rest} = term(ts)
    expr_rest(v, rest)
  end
  defp expr_rest(acc, ["+" | ts]), do: (fn {v, r} -> expr_rest(acc + v, r) end).(term(ts))
  defp expr_rest(acc, ["-" | ts]), do: (fn {v, r} -> expr_rest(acc - v, r) end).(term(ts))
  defp expr_rest(acc, ts), do: {acc, ts}
  defp term(ts) do
    {v, rest} = factor(ts)
    term_rest(v, rest)
  end
  defp term_rest(acc, ["*" | ts]), do: (fn {v, r} -> term_rest(acc * v, r) end).(factor(ts))
  defp term_rest(acc, ["/" | ts]) do
    case factor(ts) do
      {0, _} -> throw({:parse_error, "division by zero"})
      {v, r} -> term_rest(div(acc, v), r)
    end
  end
  defp term_rest(acc, ts), do: {acc, ts}
  defp factor([n | rest]) when is_integer(n), do: {n, rest}
  defp factor(["-" | rest]), do: (fn {v, r} -> {-v, r} end).(factor(rest))
  defp factor(["(" | rest]) do
    case expr(rest) do
      {v, [")" | r]} -> {v, r}
      _ -> throw({:parse_error, "missing )"})
    end
  end
  defp factor(ts), do: throw({:parse_error, "unexpected #{inspect(ts)}"})
end
for e <- ["1 + 2 * 3", "(1 + 2) * 3", "10 - 4 - 3", "2 * (3 + 4) * 5", "-3 * -(2 + 1)", "100 / 7", "1 / 0", "(1 + 2", "1 + ", "2 $ 3", "1 2", "99999999999 * 99999999999"] do
  IO.puts("#{e} => #{inspect(Calc.eval(e))}")
end
