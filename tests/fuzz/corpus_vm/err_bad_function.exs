f = Enum.at([:not_fun], 0)
f.(1)
