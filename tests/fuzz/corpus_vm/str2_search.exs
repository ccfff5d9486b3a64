s = "Hello, wörld"
IO.inspect(String.contains?(s, "wö"))
IO.inspect(String.contains?(s, ["xyz", "lo,"]))
IO.inspect(String.contains?(s, []))
IO.inspect(String.contains?(s, ""))
IO.inspect(String.contains?("", ""))
IO.inspect(String.starts_with?(s, "Hell"))
IO.inspect(String.starts_with?(s, ["x", "H"]))
IO.inspect(String.starts_with?(s, []))
IO.inspect(String.starts_with?(s, ""))
IO.inspect(String.ends_with?(s, "rld"))
IO.inspect(String.ends_with?(s, ["x", "d"]))
IO.inspect(String.ends_with?("", ""))
IO.inspect(s =~ "ö")
IO.inspect(s =~ "z")
IO.inspect("" =~ "")
long = String.duplicate("ab", 50_000) <> "c"
IO.inspect(String.contains?(long, "abc"))
IO.inspect(String.contains?(long, "aa"))
IO.inspect(length(String.split(long, "b")))
try do
  String.contains?(s, [1])
rescue
  e -> IO.inspect(e.__struct__)
end
