IO.puts(List.to_string(['ok', " "]))
List.to_string([:bad])
