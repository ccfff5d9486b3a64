terms = [
  "", "a", "abc", "hello world", <<0, 1, 2>>,
  {}, {1}, {1, 2}, {:a, "b", 3},
  [], [1], [1, 2, 3], 'abc', [1 | 2],
  %{}, %{a: 1}, %{"k" => [1, 2]}, %{1 => 2, 3 => 4},
  1.0, 0.5, -2.5, 1.0e100, 0.0,
  Integer.pow(2, 64), -Integer.pow(2, 64), Integer.pow(10, 30), 576_460_752_303_423_488
]
for t <- terms do
  IO.puts("#{inspect(t)} -> #{:erlang.phash2(t)}")
end
