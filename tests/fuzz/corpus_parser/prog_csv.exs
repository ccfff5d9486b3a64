csv = """
name,dept,salary,age
Alice,eng,120000,34
Bob,eng,95000,28
Carol,sales,70000,45
Dan,sales,65000,23
Eve,hr,60000,39
Frank,eng,105000,41
"""
[header | rows] = String.split(csv, "\n", trim: true)
keys = header |> String.split(",") |> Enum.map(&String.to_atom/1)
records =
  Enum.map(rows, fn row ->
    Enum.zip(keys, String.split(row, ","))
    |> Map.new()
    |> Map.update!(:salary, &String.to_integer/1)
    |> Map.update!(:age, &String.to_integer/1)
  end)
IO.inspect(hd(records))
by_dept = Enum.group_by(records, & &1.dept)
for {dept, people} <- Enum.sort(by_dept) do
  total = people |> Enum.map(& &1.salary) |> Enum.sum()
  avg = total / length(people)
  IO.puts("#{String.pad_trailing(dept, 6)} n=#{length(people)} total=#{total} avg=#{Float.round(avg, 2)}")
end
oldest = Enum.max_by(records, & &1.age)
IO.puts("oldest: #{oldest.name} (#{oldest.age})")
IO.inspect(records |> Enum.filter(&(&1.age < 35)) |> Enum.map(& &1.name))
IO.inspect(Enum.map(records, & &1.salary) |> Enum.sum() |> div(length(records)))
