defmodule Account do
  @enforce_keys [:id]
  defstruct [:id, balance: 0, history: []]

  def new(id), do: %Account{id: id}
  def deposit(%Account{} = a, amt) when amt > 0 do
    %{a | balance: a.balance + amt, history: [{:dep, amt} | a.history]}
  end
  def withdraw(%Account{balance: b} = a, amt) when amt <= b do
    {:ok, %{a | balance: b - amt, history: [{:wd, amt} | a.history]}}
  end
  def withdraw(%Account{}, _), do: {:error, :insufficient}
end
defmodule RunAcc do
  def go do
    a = Account.new(1) |> Account.deposit(100) |> Account.deposit(50)
    IO.inspect(a)
    {:ok, a2} = Account.withdraw(a, 30)
    IO.inspect(a2.balance)
    IO.inspect(Account.withdraw(a2, 1000))
    IO.inspect(Enum.reverse(a2.history))
    try do
      struct!(Account, balance: 5)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
RunAcc.go()
