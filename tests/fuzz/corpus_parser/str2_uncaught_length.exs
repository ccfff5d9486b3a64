IO.puts("before")
IO.puts(String.length("ok"))
String.length(:not_a_string)
IO.puts("never")
