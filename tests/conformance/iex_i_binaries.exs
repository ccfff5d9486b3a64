# IEx.Helpers.i/1 on strings, strings with unprintable code points and
# binaries that are not UTF-8.
for term <- ["hello", "", "é ü ✓", "two\nlines", "tab\tand \"quotes\"",
             <<1, 2, 3>>, "a\x01b", "bell\a", <<200>>, <<104, 105, 255>>, "ok" <> <<0>>] do
  IO.inspect(IEx.Helpers.i(term))
end
