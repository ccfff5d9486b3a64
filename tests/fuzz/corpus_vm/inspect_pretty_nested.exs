config = [
  database: [adapter: :postgres, host: "db.internal.example.com", port: 5432, pool_size: 20],
  cache: %{backend: :redis, ttl_seconds: 3600, namespaces: ["users", "sessions", "feeds"]},
  features: %{dark_mode: true, beta_dashboard: false, experimental_search: {:enabled, 0.25}},
  endpoints: [{"/api/v1/users", :users}, {"/api/v1/posts", :posts}, {"/health", :health}]
]
IO.inspect(config)
IO.inspect({:reply, {:ok, %{id: 12345, items: Enum.to_list(1..20), meta: %{page: 1, per_page: 20}}}, :state})
IO.inspect([%{a: 1, b: [1, 2, 3]}, %{c: "a string long enough to push the line past the limit"}])
IO.inspect(%{matrix: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], label: "identity"})
