# IEx.Helpers.i/1 on lists: empty, charlists, keyword lists, improper lists.
for term <- [[], [1, 2, 3], 'abc', 'ab\n', [200], [a: 1, b: 2], [{:a, 1}, {"b", 2}],
             [1 | 2], [{:a, 1} | :b], [[1], [2]], Enum.to_list(1..30), ['x', 'y']] do
  IO.inspect(IEx.Helpers.i(term))
end
