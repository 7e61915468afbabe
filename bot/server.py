"""`python -m bot.server run ...`: Rasa's own command line, with the project's patches installed.

The patches (bot/patches/, listed in bot/patches/README.md) remove work Rasa 3.6 repeats on
every turn, put a deadline on action-server calls, answer a message sent again from its stored
turn, and let tracker store failures reach the channel. Each checks the Rasa version and its
target first: if one cannot be installed, the server prints one line naming it and exits with
status 3 instead of starting with Rasa's behaviour silently changed or unchanged. The settings
(bot/settings.py) are read first: a bad value is one line naming its variable, and status 2."""

import sys

from bot.patches import PatchError, install_all
from bot.settings import SettingsError, settings

EXIT_BAD_SETTING = 2
EXIT_PATCH_REFUSED = 3


def main() -> None:
    try:
        settings()
    except SettingsError as error:
        print(f"bot.server: {error}", file=sys.stderr)
        sys.exit(EXIT_BAD_SETTING)
    try:
        install_all()
    except PatchError as error:
        print(f"bot.server: {error}", file=sys.stderr)
        sys.exit(EXIT_PATCH_REFUSED)
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
