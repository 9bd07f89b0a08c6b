"""Groups of PLOVER event types that the steps treat alike."""
from __future__ import annotations

# A stated intention to do one of these is an AGREE ("will visit", "agreed to withdraw") ...
TO_AGREE = frozenset({"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# ... and to use force or pressure, a THREATEN.
TO_THREATEN = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Said rather than done: the recipient may be the subject of the clause said.
VERBAL = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Reciprocal: "A and B met" is one event between them.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})
