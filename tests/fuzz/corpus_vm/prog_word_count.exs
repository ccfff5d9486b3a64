text = """
The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick, quick fox.
"""
words =
  text
  |> String.downcase()
  |> String.graphemes()
  |> Enum.filter(fn c -> c in [" ", "\n"] or (c >= "a" and c <= "z") end)
  |> Enum.join()
  |> String.split()
counts = Enum.frequencies(words)
IO.puts("total words: #{length(words)}")
IO.puts("unique words: #{map_size(counts)}")
counts
|> Enum.sort_by(fn {w, c} -> {-c, w} end)
|> Enum.take(5)
|> Enum.each(fn {w, c} -> IO.puts(String.pad_trailing(w, 8) <> Integer.to_string(c)) end)
IO.inspect(counts)
lines = String.split(text, "\n", trim: true)
Enum.with_index(lines, 1)
|> Enum.each(fn {l, i} -> IO.puts("#{i}: #{length(String.split(l))} words, #{String.length(l)} chars") end)
