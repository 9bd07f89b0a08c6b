"""Word lists that more than one stage reads: each defined here, once."""
from __future__ import annotations

# Auxiliaries of the future: "will meet", "shall", "won't" (spaCy splits "wo" + "n't").
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
