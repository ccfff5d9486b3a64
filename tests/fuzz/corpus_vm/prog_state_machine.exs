defmodule Vending do
  @prices %{cola: 150, chips: 100, candy: 65}
  def new, do: %{state: :idle, credit: 0, dispensed: []}
  def handle(%{state: :idle} = m, {:coin, c}), do: %{m | state: :has_credit, credit: c}
  def handle(%{state: :has_credit} = m, {:coin, c}), do: %{m | credit: m.credit + c}
  def handle(%{state: :has_credit} = m, {:select, item}) do
    case Map.fetch(@prices, item) do
      :error -> m
      {:ok, p} when p > m.credit -> m
      {:ok, p} ->
        rest = m.credit - p
        %{m | credit: rest, dispensed: [item | m.dispensed], state: if(rest > 0, do: :has_credit, else: :idle)}
    end
  end
  def handle(%{state: :has_credit} = m, :refund), do: %{m | state: :idle, credit: 0}
  def handle(m, _event), do: m
end
events = [{:select, :cola}, {:coin, 100}, {:select, :cola}, {:coin, 25}, {:coin, 25}, {:select, :cola},
          {:coin, 100}, {:select, :candy}, {:select, :nothing}, :refund, :refund, {:coin, 65}, {:select, :candy}]
final = Enum.reduce(events, Vending.new(), fn e, m ->
  m2 = Vending.handle(m, e)
  IO.puts("#{inspect(e)} -> #{m2.state} credit=#{m2.credit}")
  m2
end)
IO.inspect(final)
next = fn :green -> :yellow; :yellow -> :red; :red -> :green end
IO.inspect(Enum.scan(1..6, :green, fn _, l -> next.(l) end))
