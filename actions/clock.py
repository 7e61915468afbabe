"""Today's date for the conversation: China's date (wording.clock, from policy_kb.clock), so
"today", "上个月" and every deadline are counted on China's calendar whatever the server's clock
zone. Tests of single actions patch `today`."""

from datetime import date

from wording import clock


def today() -> date:
    return clock.today()
