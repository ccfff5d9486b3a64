defmodule Lexer do
  def tokenize(s), do: s |> String.to_charlist() |> lex([]) |> Enum.reverse()
  defp lex([], acc), do: acc
  defp lex([c | rest], acc) when c in ' \t\n', do: lex(rest, acc)
  defp lex([c | _] = s, acc) when c in ?0..?9 do
    {digits, rest} = Enum.split_while(s, &(&1 in ?0..?9))
    lex(rest, [{:int, List.to_integer(digits)} | acc])
  end
  defp lex([c | _] = s, acc) when c in ?a..?z or c == ?_ do
    {id, rest} = Enum.split_while(s, &(&1 in ?a..?z or &1 in ?0..?9 or &1 == ?_))
    tok = case List.to_string(id) do
      kw when kw in ["let", "in", "if"] -> {:kw, String.to_atom(kw)}
      name -> {:ident, name}
    end
    lex(rest, [tok | acc])
  end
  defp lex([?", rest], acc), do: lex([], [{:error, rest} | acc])
  defp lex([?= , ?= | rest], acc), do: lex(rest, [{:op, "=="} | acc])
  defp lex([c | rest], acc) when c in '+-*/=()', do: lex(rest, [{:op, <<c>>} | acc])
  defp lex([c | rest], acc), do: lex(rest, [{:unknown, <<c::utf8>>} | acc])
end
IO.inspect(Lexer.tokenize("let x = 42 + y_1 * (3 - 1)"))
IO.inspect(Lexer.tokenize("if a == b"))
IO.inspect(Lexer.tokenize("  "))
IO.inspect(Lexer.tokenize("1 $ 2 é"))
"a1 + b22 in let"
|> Lexer.tokenize()
|> Enum.each(fn {type, val} -> IO.puts("#{type}\t#{val}") end)
