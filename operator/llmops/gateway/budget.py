"""Budget admission on this replica: reserve the worst case, settle the real cost.

The operator computes the spend of all replicas from metrics and hands each replica an
allowance in the config. Between two configs, this ledger keeps the replica inside its
allowance: a request is admitted only if its worst-case cost still fits next to what was
spent and what is reserved by requests in flight.
"""

from __future__ import annotations

from decimal import Decimal

from llmops.api.gateway_config import Budget


class BudgetLedger:
    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.action = budget.action
        self.allowance = budget.allowance or Decimal(0)
        self.remaining_at_load = budget.remaining if budget.remaining is not None else self.allowance
        self.spent = Decimal(0)
        self.reserved = Decimal(0)

    def try_reserve(self, worst_case: Decimal) -> bool:
        """Reserve `worst_case` if it fits in the allowance; say whether it did."""
        if self.spent + self.reserved + worst_case > self.allowance or self.remaining_at_load <= 0:
            return False
        self.reserved += worst_case
        return True

    def force_reserve(self, worst_case: Decimal) -> None:
        """Reserve past the allowance (action Alert admits anyway)."""
        self.reserved += worst_case

    def settle(self, reserved: Decimal, actual: Decimal) -> None:
        self.reserved -= reserved
        self.spent += actual

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
