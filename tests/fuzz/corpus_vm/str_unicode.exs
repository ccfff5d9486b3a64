e = "é"
IO.inspect({byte_size(e), String.length(e)})
combining = "e\u0301"
IO.inspect({byte_size(combining), String.length(combining)})
IO.inspect(String.codepoints(combining))
IO.inspect(String.graphemes(combining))
emoji = "😀"
IO.inspect({byte_size(emoji), String.length(emoji)})
flag = "🇫🇷"
IO.inspect({byte_size(flag), String.length(flag), length(String.codepoints(flag))})
family = "👨‍👩‍👧"
IO.inspect({byte_size(family), String.length(family)})
IO.inspect(String.upcase("straße"))
IO.inspect(String.downcase("ÀÉÎ"))
IO.inspect(String.reverse("héllo"))
IO.inspect(String.reverse("e\u0301a"))
IO.inspect(String.graphemes("añb"))
IO.inspect(String.codepoints("日本"))
IO.inspect(String.to_charlist("日本"))
IO.inspect(String.valid?("abc"))
IO.inspect(String.valid?(<<255>>))
IO.inspect(String.printable?("abc\n"))
IO.inspect(String.printable?(<<0>>))
IO.inspect(:binary.bin_to_list("é"))
IO.inspect(String.capitalize("élan"))
IO.inspect(String.length("\r\n"))
IO.inspect(?é)
IO.inspect(<<?é::utf8>>)
IO.inspect(String.next_codepoint("ébc"))
