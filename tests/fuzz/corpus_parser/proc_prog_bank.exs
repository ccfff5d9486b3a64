defmodule Account do
  def open(balance), do: spawn(fn -> loop(balance, []) end)

  defp loop(balance, history) do
    receive do
      {:deposit, amt, from} when amt > 0 ->
        send(from, {:ok, balance + amt})
        loop(balance + amt, [{:deposit, amt} | history])
      {:withdraw, amt, from} when amt <= balance ->
        send(from, {:ok, balance - amt})
        loop(balance - amt, [{:withdraw, amt} | history])
      {:withdraw, _amt, from} ->
        send(from, {:error, :insufficient_funds})
        loop(balance, history)
      {:deposit, _, from} ->
        send(from, {:error, :invalid_amount})
        loop(balance, history)
      {:history, from} ->
        send(from, {:ok, Enum.reverse(history)})
        loop(balance, history)
    end
  end

  def call(acc, op, amt \\ nil) do
    msg = if amt, do: {op, amt, self()}, else: {op, self()}
    send(acc, msg)
    receive do
      reply -> reply
    end
  end
end

defmodule ProcProgBank do
  def run do
    acc = Account.open(100)
    IO.inspect(Account.call(acc, :deposit, 50))
    IO.inspect(Account.call(acc, :withdraw, 30))
    IO.inspect(Account.call(acc, :withdraw, 500))
    IO.inspect(Account.call(acc, :deposit, -5))
    IO.inspect(Account.call(acc, :withdraw, 120))
    IO.inspect(Account.call(acc, :history))
    parent = self()
    for _ <- 1..10, do: spawn(fn -> send(parent, Account.call(acc, :deposit, 10)) end)
    for _ <- 1..10, do: receive(do: ({:ok, _} -> :ok))
    IO.inspect(Account.call(acc, :withdraw, 0))
  end
end

ProcProgBank.run()
