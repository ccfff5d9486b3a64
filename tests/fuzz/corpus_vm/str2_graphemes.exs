samples = [
  "héllo",
  "e\u0301te\u0301",
  "😀👍🏽",
  "👨‍👩‍👧‍👦 family",
  "🇫🇷🇩🇪🇯",
  "한국어",
  "\u1100\u1161\u11A8",
  "a\r\nb\n\rc",
  "ﬁ ligature",
  "नमस्ते",
  ""
]

for s <- samples do
  IO.inspect({s, byte_size(s), String.length(s)})
  IO.inspect(String.graphemes(s))
  IO.inspect(String.codepoints(s) |> length())
  IO.inspect(String.reverse(s))
  IO.inspect({String.first(s), String.last(s)})
end

IO.inspect(String.next_grapheme("👍🏽x"))
IO.inspect(String.next_grapheme(""))
IO.inspect(String.next_codepoint("👍🏽x"))
IO.inspect(String.next_codepoint(""))
IO.inspect(String.graphemes(<<"a", 255, "b", 0xCC, 0x81>>))
IO.inspect(String.length(<<"a", 255, "b">>))
IO.inspect(String.codepoints(<<"x", 0xC3>>))
