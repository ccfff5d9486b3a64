IO.puts("throwing")
throw({:oops, 42})
