# The parts of String, Integer and friends that take a function or are most
# naturally Elixir; the first-order work is in C (bif_unicode.c, bif_string.c,
# bif_strsplit.c, bif_conv.c, bif_num.c).

defmodule String do
  # Arity-1/2 forms that delegate, so a FunctionClauseError names the full
  # arity as Elixir's does ("no function clause matching in String.upcase/2").
  def upcase(string), do: String.upcase(string, :default)
  def downcase(string), do: String.downcase(string, :default)
  def capitalize(string), do: String.capitalize(string, :default)
  def printable?(string), do: String.printable?(string, :infinity)
  def pad_leading(string, count), do: String.pad_leading(string, count, " ")
  def pad_trailing(string, count), do: String.pad_trailing(string, count, " ")
  def split(string, pattern), do: String.split(string, pattern, [])

  def replace(subject, pattern, replacement, options \\ [])

  def replace(subject, pattern, replacement, options)
      when is_binary(subject) and is_binary(replacement) and is_list(options) do
    String.__replace__(subject, pattern, replacement, __global__(options))
  end

  def replace(subject, pattern, replacement, options)
      when is_binary(subject) and is_function(replacement, 1) and is_list(options) do
    pieces = String.__matches__(subject, pattern, __global__(options))
    :erlang.iolist_to_binary(replace_pieces(pieces, replacement, []))
  end

  defp replace_pieces([text, match | rest], fun, acc),
    do: replace_pieces(rest, fun, [fun.(match), text | acc])

  defp replace_pieces([text], _fun, acc), do: :lists.reverse([text | acc])

  def __global__([{:global, value} | _]), do: value
  def __global__([_ | rest]), do: __global__(rest)
  def __global__([]), do: true

  def splitter(string, pattern, options \\ []) when is_binary(string) do
    String.split(string, pattern, options)
  end

  def chunk(string, trait) when is_binary(string) and trait in [:valid, :printable] do
    string
    |> String.codepoints()
    |> chunk_pieces(trait, nil, [], [])
  end

  defp chunk_pieces([], _trait, _kind, [], acc), do: :lists.reverse(acc)

  defp chunk_pieces([], _trait, _kind, cur, acc),
    do: :lists.reverse([:erlang.iolist_to_binary(:lists.reverse(cur)) | acc])

  defp chunk_pieces([cp | rest], trait, kind, cur, acc) do
    this = chunk_kind(cp, trait)

    cond do
      cur == [] -> chunk_pieces(rest, trait, this, [cp], acc)
      this == kind -> chunk_pieces(rest, trait, kind, [cp | cur], acc)
      true ->
        piece = :erlang.iolist_to_binary(:lists.reverse(cur))
        chunk_pieces(rest, trait, this, [cp], [piece | acc])
    end
  end

  defp chunk_kind(cp, :valid), do: String.valid?(cp)
  defp chunk_kind(cp, :printable), do: String.printable?(cp)

  def jaro_distance(string, string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {chars1, len1} = graphemes_and_length(string1)
    {chars2, len2} = graphemes_and_length(string2)

    case match(chars1, len1, chars2, len2) do
      {0, _trans} ->
        0.0

      {comm, trans} ->
        (comm / len1 + comm / len2 + (comm - trans) / comm) / 3
    end
  end

  defp graphemes_and_length(string) do
    chars = String.graphemes(string)
    {chars, length(chars)}
  end

  defp match(chars1, len1, chars2, len2) do
    if len1 < len2 do
      match(chars1, chars2, div(len2, 2) - 1)
    else
      match(chars2, chars1, div(len1, 2) - 1)
    end
  end

  defp match(chars1, chars2, lim) do
    match(chars1, chars2, {0, lim}, {0, 0, -1}, 0)
  end

  defp match([char | rest], chars, range, state, idx) do
    {chars, state} = submatch(char, chars, range, state, idx)

    case range do
      {lim, lim} -> match(rest, tl(chars), range, state, idx + 1)
      {pre, lim} -> match(rest, chars, {pre + 1, lim}, state, idx + 1)
    end
  end

  defp match([], _, _, {comm, trans, _}, _), do: {comm, trans}

  defp submatch(char, chars, {pre, _} = range, state, idx) do
    case detect(char, chars, range) do
      nil -> {chars, state}
      {subidx, chars} -> {chars, proceed(state, idx - pre + subidx)}
    end
  end

  defp detect(char, chars, {pre, lim}), do: detect(char, chars, pre + 1 + lim, 0, [])

  defp detect(_char, _chars, 0, _idx, _acc), do: nil
  defp detect(_char, [], _lim, _idx, _acc), do: nil
  defp detect(char, [char | rest], _lim, idx, acc), do: {idx, :lists.reverse(acc, [nil | rest])}

  defp detect(char, [other | rest], lim, idx, acc),
    do: detect(char, rest, lim - 1, idx + 1, [other | acc])

  defp proceed({comm, trans, former}, current) do
    if current < former do
      {comm + 1, trans + 1, current}
    else
      {comm + 1, trans, current}
    end
  end

  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, length1} = string_to_bag(String.graphemes(string1), %{}, 0)
    {bag2, length2} = string_to_bag(String.graphemes(string2), %{}, 0)
    diff1 = bag_difference(bag1, bag2)
    diff2 = bag_difference(bag2, bag1)
    1 - max(diff1, diff2) / max(length1, length2)
  end

  defp string_to_bag([g | rest], bag, n),
    do: string_to_bag(rest, :maps.put(g, :maps.get(g, bag, 0) + 1, bag), n + 1)

  defp string_to_bag([], bag, n), do: {bag, n}

  defp bag_difference(bag1, bag2) do
    :maps.fold(
      fn g, count, acc -> acc + max(count - :maps.get(g, bag2, 0), 0) end,
      0,
      bag1
    )
  end

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    graphemes1 = String.graphemes(string1)
    graphemes2 = String.graphemes(string2)

    List.myers_difference(graphemes1, graphemes2)
    |> Enum.map(fn {kind, chars} -> {kind, :erlang.iolist_to_binary(chars)} end)
  end
end

defmodule Integer do
  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}

  def extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    extended_gcd(integer2, integer1, 0, 1, 1, 0)
  end

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    div = div(r0, r1)

    case r0 - div * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - div * s1, s1, t0 - div * t1, t1)
    end
  end
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]
end
