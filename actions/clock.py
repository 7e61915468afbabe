"""Today's date for the conversation, in one place. ASSISTANT_TODAY=YYYY-MM-DD fixes it for
demos and end-to-end tests; tests of single actions patch `today`."""

import os
from datetime import date


def today() -> date:
    fixed = os.environ.get("ASSISTANT_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()
