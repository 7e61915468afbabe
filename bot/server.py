"""`python -m bot.server run ...`: Rasa's own command line, with speed fixes and a deadline.

The deadline: calls to the action server end after ACTION_TIMEOUT_SECONDS with an apology in
the user's language instead of Rasa's 300 s wait (bot/action_failures.py).

The speed fixes (bot/speedups.py) remove work Rasa 3.6 repeats on every turn: re-checking the
action-response schema against the meta-schema, and searching the Event class tree for the
class of every event it reads."""

import sys

from bot import action_failures, speedups


def install() -> None:
    speedups.install()
    action_failures.install()


def main() -> None:
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
