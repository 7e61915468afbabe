"""Messages of stop 66: fresh probes and tester 102's families. A household, what the citizen
wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_forum_kin_with_a_bare_number_after_it_is_an_age() -> None:
    """ "ds 7 dd 4 and the little one 10 mo": three children of 7, 4 and 10 months — "dd 4" is
    the daughter's age, not "our fourth daughter"; "dd 2 born 2024" stays the second daughter."""
    got = reading(date(2026, 9, 10))("ds 7 dd 4 and the little one 10 mo", {})
    assert got[("child.birth_date", 1)] == "2019-03"
    assert got[("child.birth_date", 2)] == "2022-03"
    assert got[("child.birth_date", 3)] == "2025-11"
    got = reading(date(2026, 9, 10))("dd 2 born 2024, ds 1 born 2019", {})
    assert got[("child.birth_date", 2)] == "2024"
    assert got[("child.birth_date", 1)] == "2019"


def test_the_older_two_named_after_their_ages_are_the_same_two() -> None:
    """A Jinan family: "son 7 daughter 4 and the little one 10 mo. we werent on anything when
    the older 2 were born": the older two are the son and the daughter, the little one the
    third — no child before the son."""
    got = reading(date(2026, 9, 10))(
        "son 7 daughter 4 and the little one 10 mo. no dibao when the older 2 were born", {}
    )
    assert got[("child.birth_date", 1)] == "2019-03"
    assert got[("child.birth_date", 3)] == "2025-11"
    assert got[("child.hardship_at_birth", 1)] is False
    assert got[("child.hardship_at_birth", 2)] is False
    assert ("child.birth_date", 4) not in got
