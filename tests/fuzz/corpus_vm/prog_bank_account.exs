defmodule Bank.Account do
  defstruct owner: nil, balance: 0, log: []
end
defmodule Bank do
  alias Bank.Account
  def open(owner, initial \\ 0), do: %Account{owner: owner, balance: initial}
  def deposit(%Account{} = a, amount) when is_integer(amount) and amount > 0,
    do: {:ok, %{a | balance: a.balance + amount, log: [{:deposit, amount} | a.log]}}
  def deposit(_, amount), do: {:error, {:invalid_amount, amount}}
  def withdraw(%Account{balance: b} = a, amount) when amount <= b,
    do: {:ok, %{a | balance: b - amount, log: [{:withdraw, amount} | a.log]}}
  def withdraw(%Account{balance: b}, amount), do: {:error, {:insufficient, b, amount}}
  def transfer(from, to, amount) do
    with {:ok, from2} <- withdraw(from, amount),
         {:ok, to2} <- deposit(to, amount) do
      {:ok, from2, to2}
    end
  end
  def statement(%Account{owner: o, balance: b, log: log}) do
    lines = log |> Enum.reverse() |> Enum.map(fn {k, v} -> "  #{k} #{v}" end)
    Enum.join(["Account of #{o}" | lines] ++ ["  balance: #{b}"], "\n")
  end
end
a = Bank.open("alice", 100)
b = Bank.open("bob")
{:ok, a} = Bank.deposit(a, 50)
IO.inspect(Bank.deposit(a, -5))
IO.inspect(Bank.withdraw(b, 10))
{:ok, a, b} = Bank.transfer(a, b, 70)
IO.inspect(Bank.transfer(b, a, 1000))
IO.puts(Bank.statement(a))
IO.puts(Bank.statement(b))
IO.inspect(a)
IO.inspect({a.balance + b.balance})
