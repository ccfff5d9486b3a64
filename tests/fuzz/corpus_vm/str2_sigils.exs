IO.inspect(~s(tab\there "q" #{1 + 1}))
IO.inspect(~S(raw\t #{x}))
IO.inspect(~s"\x41\u00e9\u{1F600}\e\0|")
IO.inspect(~c(abc\n))
IO.inspect(~C(abc\n))
IO.inspect(~w(foo bar  baz))
IO.inspect(~w(foo bar)a)
IO.inspect(~w(foo bar)c)
IO.inspect(~w(foo bar)s)
IO.inspect(~W(a\tb c))
IO.inspect(~w[a\tb c])
name = "x"
IO.inspect(~w(#{name}1 #{name}2))
IO.inspect(~s"""
  heredoc #{name}
    indented\tTab
  """)
IO.inspect(~S"""
  raw \n heredoc
  """)
