"""Issue 13, measured: citizen conversations (tests/conversations/citizens.yaml, written as
citizens talk, in Chinese and English) played over REST against the real Rasa and action
servers. Each must reach its correct answer after no more questions than the facts that decide
it, keep a full check's headline within five lines, and answer every follow-up as it must.

`python -m bench.citizens` plays the same conversations and prints the median and maximum
number of questions before the first correct answer."""

from typing import Any

import pytest

from bench.citizens import load, play, rest_sender

CONVERSATIONS = load()


def test_the_conversations_cover_every_point_in_both_languages() -> None:
    assert len(CONVERSATIONS) >= 60
    for point in range(1, 8):
        languages = {c["language"] for c in CONVERSATIONS if point in c["points"]}
        assert languages == {"zh", "en"}, f"point {point}: {languages}"


def _case(conversation: dict[str, Any]) -> Any:
    gap = conversation.get("known_gap")
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(conversation, id=conversation["name"], marks=marks)


@pytest.mark.parametrize("conversation", [_case(c) for c in CONVERSATIONS])
def test_citizen_conversation(rasa_url: str, conversation: dict[str, Any]) -> None:
    outcome = play(conversation, rest_sender(rasa_url))
    transcript = "\n".join(
        f">> {said}\n" + "\n".join("   " + r.replace("\n", "\n   ") for r in replies)
        for said, replies in outcome.transcript
    )
    assert outcome.ok, "\n".join(outcome.failures) + "\n" + transcript
