IO.inspect(:before)
raise ArgumentError, "bad input given"
