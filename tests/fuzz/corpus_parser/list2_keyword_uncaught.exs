kw = Keyword.new(a: 1)
Keyword.fetch!(kw, :b)
