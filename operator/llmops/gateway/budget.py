"""Budget admission on this replica: reserve the worst case, settle the real cost.

The operator computes the spend of all replicas from metrics and hands each replica an
allowance in the config. Between two configs, this ledger keeps the replica inside its
allowance: a request is admitted only if its worst-case cost still fits next to what was
spent and what is reserved by requests in flight.
"""

from __future__ import annotations

from decimal import Decimal

from llmops.api.gateway_config import Budget


class Reservations:
    """What a ledger counts: settled spend and the worst cases of requests in flight. The
    request path calls try_reserve / force_reserve / settle on either ledger (this one's
    allowance, or grants.ProcessLedger's ceiling)."""

    def __init__(self) -> None:
        self.spent = Decimal(0)
        self.reserved = Decimal(0)

    def _reserve_within(self, worst_case: Decimal, cap: Decimal) -> bool:
        if self.spent + self.reserved + worst_case > cap:
            return False
        self.reserved += worst_case
        return True

    def force_reserve(self, worst_case: Decimal) -> None:
        """Reserve past the cap (action Alert admits anyway)."""
        self.reserved += worst_case

    def settle(self, reserved: Decimal, actual: Decimal) -> None:
        self.reserved -= reserved
        self.spent += actual


class BudgetLedger(Reservations):
    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self.budget = budget
        self.action = budget.action
        self.allowance = budget.allowance or Decimal(0)
        self.remaining_at_load = budget.remaining if budget.remaining is not None else self.allowance

    def try_reserve(self, worst_case: Decimal) -> bool:
        """Reserve `worst_case` if it fits in the allowance; say whether it did."""
        return self.remaining_at_load > 0 and self._reserve_within(worst_case, self.allowance)

    @property
    def remaining(self) -> Decimal:
        """The period's remaining budget as seen from this replica (never below zero)."""
        return max(Decimal(0), self.remaining_at_load - self.spent)

    def refusal_message(self) -> str:
        resets = self.budget.resets_at or "the start of the next budget period"
        return (
            f"Budget exhausted: this replica's allowance of {self.allowance} is used up "
            f"(remaining budget {self.remaining}). Resets at {resets}."
        )
