"""Small helpers every layer may use: text folding and cleaning, atomic writes, YAML loading,
the bundled resources. Imports nothing else of tui."""
