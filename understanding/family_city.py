"""Whether a city a message names is where the family lives: a city other than the known one,
named in passing ("孩子姥姥在北京", "we went to Beijing for the birth"), does not move the
family; a move (搬到北京了, "we moved back to Jinan"), the family said to live there (我们住济南,
"we live in Beijing"), a correction or the answer to the city question does."""

import re

# The family moves (or goes back) to a city: 回济南生, 搬到北京了, "we moved back to Jinan".
MOVED_TO_CITY = re.compile(
    r"(?:回|搬到|搬回|搬去|迁到|迁回|来到|定居(?:在)?|move[ds]? (?:back )?to|moving (?:back )?to"
    r"|relocat\w* to|back (?:in|to))\s*(?:了)?\s*(?:济南|泉城|北京|jinan|beijing)",
    re.I,
)
# Where the family itself lives ("我们住济南", "we live in Jinan"): that city is the family's.
FAMILY_LIVES = re.compile(
    r"(?:我们|我家|家里|一家|咱们?|俺们?|全家)\s*(?:现在|目前|一直)?\s*(?:住|住在|在|生活在|定居在?)"
    r"\s*(?:济南|泉城|北京)"
    # "我住济南 … 是孩他爸在北京上班": the speaker's own home
    r"|(?:我|俺)\s*(?:现在|目前|一直)?\s*(?:住|住在|生活在|定居在?)\s*(?:济南|泉城|北京)"
    r"|\bwe(?:'re| are)? (?:now |still )?(?:live|living|are|stay|staying|based) (?:in )?"
    r"(?:jinan|beijing)\b",
    re.I,
)


def named_in_passing(
    text: str, city: str, known_city: str | None, asked: str | None, correcting: bool
) -> bool:
    """`city` (read from `text`, normalised) differs from the family's known city and nothing
    makes it theirs: no correction, no move there, not said to be where the family lives, not
    the answer to the city question."""
    if known_city is None or city == known_city or correcting or asked == "city":
        return False
    return not (MOVED_TO_CITY.search(text) or FAMILY_LIVES.search(text))
