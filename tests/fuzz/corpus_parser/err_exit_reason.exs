IO.puts("exiting with reason")
exit(:something_bad)
