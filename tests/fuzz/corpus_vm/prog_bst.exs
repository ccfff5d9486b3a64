defmodule BST do
  def new, do: nil
  def insert(nil, v), do: {nil, v, nil}
  def insert({l, x, r}, v) when v < x, do: {insert(l, v), x, r}
  def insert({l, x, r}, v) when v > x, do: {l, x, insert(r, v)}
  def insert(node, _v), do: node
  def member?(nil, _), do: false
  def member?({l, x, r}, v) do
    cond do
      v == x -> true
      v < x -> member?(l, v)
      true -> member?(r, v)
    end
  end
  def inorder(nil), do: []
  def inorder({l, x, r}), do: inorder(l) ++ [x] ++ inorder(r)
  def height(nil), do: 0
  def height({l, _, r}), do: 1 + max(height(l), height(r))
  def min_val({nil, x, _}), do: x
  def min_val({l, _, _}), do: min_val(l)
  def fold(nil, acc, _f), do: acc
  def fold({l, x, r}, acc, f), do: fold(r, f.(x, fold(l, acc, f)), f)
end
tree = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 30, 65], BST.new(), &BST.insert(&2, &1))
IO.inspect(tree)
IO.inspect(BST.inorder(tree))
IO.inspect(BST.height(tree))
IO.inspect(BST.min_val(tree))
IO.inspect(Enum.map([40, 45, 65, 100], &BST.member?(tree, &1)))
IO.inspect(BST.fold(tree, 0, &+/2))
big = Enum.reduce(1..1000, nil, fn i, t -> BST.insert(t, rem(i * 37, 1009)) end)
IO.inspect(length(BST.inorder(big)))
IO.inspect(BST.height(big))
