"""Who may do what: the minimum each role needs, in one table a test walks whole."""

from __future__ import annotations

ROLES = ("agent", "evaluator", "officer", "admin")

# what each role may do; pages check these, never a role's name
CAN: dict[str, frozenset[str]] = {
    "agent": frozenset({"read_own", "dispute"}),
    "evaluator": frozenset({"read_all", "resolve", "calibration", "review"}),
    "officer": frozenset({"read_all", "resolve", "unredacted", "audit"}),
    "admin": frozenset({"users"}),
}


def can(role: str, action: str) -> bool:
    return action in CAN.get(role, frozenset())


def reads_transcripts(role: str) -> bool:
    return can(role, "read_own") or can(role, "read_all")
