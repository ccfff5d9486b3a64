# Range: the %Range{first, last, step} struct. new/2,3 and size/1 are C built-ins
# (engine/bif/bif_enum.c), as `first..last` compiles to Range.new/2.

defmodule Range do
  defstruct first: nil, last: nil, step: nil

  def shift(%Range{first: first, last: last, step: step}, steps)
      when is_integer(first) and is_integer(last) and is_integer(step) and is_integer(steps),
      do: Range.new(first + steps * step, last + steps * step, step)

  def disjoint?(%Range{first: f1, last: l1, step: s1} = r1, %Range{first: f2, last: l2, step: s2} = r2) do
    if Range.size(r1) == 0 or Range.size(r2) == 0 do
      true
    else
      {f1, l1, s1} = normalize(f1, l1, s1)
      {f2, l2, s2} = normalize(f2, l2, s2)

      cond do
        l2 < f1 or l1 < f2 -> true
        abs(s1) == 1 and abs(s2) == 1 -> false
        true -> not Enum.any?(Range.new(f1, l1, s1), &Enum.member?(Range.new(f2, l2, s2), &1))
      end
    end
  end

  defp normalize(first, last, step) when first > last, do: {last, first, -step}
  defp normalize(first, last, step), do: {first, last, step}

  def range?(%Range{first: f, last: l}) when is_integer(f) and is_integer(l), do: true
  def range?(_), do: false
end
