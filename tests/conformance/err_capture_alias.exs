IO.inspect([&En/1])
