# IEx.Helpers.i/1 on atoms that are not modules, and on numbers.
for term <- [:foo, nil, true, false, :"with space", :"do not show this result in output",
             NotAModule, 0, 42, -3, 123_456_789_012_345_678_901, 1.5, -0.25, 1.0e20] do
  IO.inspect(IEx.Helpers.i(term))
end
