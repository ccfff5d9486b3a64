IO.puts Exception.format_banner(:error, :undef, [])
IO.puts Exception.format_banner(:error, :undef, [{Foo, :bar, 1, []}])
IO.puts Exception.format_banner(:exit, :normal, [])
IO.puts Exception.format_banner(:throw, 1, [])
