defmodule X do
  def run do
    :io.format('~p ~w ~s ~p~n', [[1, 2], 'ab', 'str', 'ab'])
    :io.format("~p|~p|~p~n", [:atom, "bin", {:a, 1.0}])
    :io.format('~~ ~a ~B~n', [:x, 42])
    IO.puts(:io_lib.format('~p', [%{a: [1]}]))
  end
end

X.run()
