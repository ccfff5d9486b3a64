words = ["hello World", "straße", "ǆemal", "ﬁnal ﬂow", "ŉ", "ΐ", "İstanbul", "ΣΑΣ ΟΔΟΣ", "Ǆ", "ὈΔΥΣΣΕΎΣ", "ǰ", "ÀÉÎÕÜ", "123 abc!", ""]

for w <- words do
  IO.inspect({w, String.upcase(w), String.downcase(w), String.capitalize(w)})
end

IO.inspect(String.upcase("olá", :ascii))
IO.inspect(String.downcase("OLÁ", :ascii))
IO.inspect(String.capitalize("élan vital", :ascii))
IO.inspect(String.upcase("ıi", :turkic))
IO.inspect(String.downcase("Iİ", :turkic))
IO.inspect(String.downcase("Iİ"))
IO.inspect(String.capitalize("iyi", :turkic))
IO.inspect(String.downcase("ΣΣ ΑΣ", :greek))
IO.inspect(String.capitalize("ßa"))
IO.inspect(String.capitalize("e\u0301COLE"))
IO.inspect(String.upcase(<<"a", 255, "é">>))
