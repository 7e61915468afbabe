"""What one message tells: fact updates, each with the words it came from and how it was said.

The fact names are the corpus's (tests/corpus/README.md), which are the knowledge base's household
fields (policy_kb/data/facts.yaml) with a child's fields written `child.<field>`."""

from dataclasses import dataclass
from typing import Any, Literal

UpdateKind = Literal["statement", "question", "confirmation", "correction"]
"""statement: the user says it; question: put hypothetically ("如果我们是济南户口"); confirmation:
a yes/no reply to the question just asked; correction: explicitly fixes a known fact."""

HOUSEHOLD_FACTS = (
    "city",
    "hukou_in_city",
    "child_count",
    "hardship_at_birth",
    "hardship_now",
    "birth_insurance",
    "housing_fund_contributors",
    "buying_first_home",
    "owns_home_in_city",
    "renting",
)
CHILD_FACTS = (
    "child.birth_date",
    "child.due_date",
    "child.height_cm",
    "child.height_below_cm",
    "child.hardship_at_birth",
)


@dataclass(frozen=True)
class FactUpdate:
    """One fact a message states.

    `value`: a household value (str, int, bool), a date as ISO text at its precision
    ("2024", "2024-09", "2024-09-05"), a height in cm (float; for `child.height_below_cm` the bound the child is under, "还不到1米3"), or None for a due date not yet
    known (or, as a correction of a birth date, a date no longer known: "她是老二" moves the
    child told of before, and the eldest's date is then to be asked). `child`: the birth order
    (1 = eldest) for `child.*` facts, else None. `approx`: the date was worked out from an age
    or a pregnancy month. `span`: the words it was read from. `guessed`: a correction that names
    no child, of a family with several, and no child under discussion: `child` is only the
    nearest date's guess, and the child is better asked."""

    fact: str
    value: Any
    kind: UpdateKind = "statement"
    child: int | None = None
    approx: bool = False
    span: str = ""
    guessed: bool = False

    @property
    def precision(self) -> str | None:
        """ "year", "month" or "day" for a date value, else None."""
        if self.fact not in ("child.birth_date", "child.due_date") or self.value is None:
            return None
        return {4: "year", 7: "month"}.get(len(str(self.value)), "day")
