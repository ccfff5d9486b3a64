for a <- [:foo, :"foo bar", :"Elixir.Foo", :"Elixir.Foo.Bar", :"Elixir.foo", :+, :-, :*, :/, :"1a", :a1,
          :"a-b", :!, :"?", :foo?, :foo!, :"foo?bar", :"@", :_, :__MODULE__, :"Elixir", :"Elixir.", :"Elixir.Foo bar",
          :==, :===, :"=>", :|>, :<<>>, :"::", :., :"\\\\", :^, :~>, :<~, :&, :|||, :"and", :"or", :not, :in, :when,
          :"nil", :"true", :ÿ, :"日本", :"A", :"AB.C", :"Elixir.A.b", :"a.b", :"with space", :"\n", :"'", :"\""] do
  IO.inspect(a)
end
