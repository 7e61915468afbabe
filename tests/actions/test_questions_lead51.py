"""Tester 51 (lead fixes after the merges): a reply is never its source line and the plan's
silences alone."""

from actions.turn import _says_something


def test_a_block_trimmed_to_its_source_and_silence_says_nothing() -> None:
    """Tester 51 c02 (hotline) read "依据：第(12)条 / 方案未指明负责部门。" alone, three times:
    the trimmed block said nothing, so the block goes again in full."""
    assert not _says_something("依据：第(12)条\n方案未指明负责部门。")
    assert not _says_something("北京：\n依据：第(12)条\n方案未指明负责部门。")
    assert not _says_something("Source: clause (12)\nThe plan names no responsible department.")


def test_a_block_with_its_answer_says_something() -> None:
    assert _says_something(
        "第3个孩子：每月600+200=800元，发到孩子满3周岁（第12条）。\n依据：第12条"
    )
    assert _says_something("No. The Beijing plan has no monthly cash payment (clause (12)).")


def test_each_measure_of_a_two_city_answer_has_its_own_lead_department() -> None:
    """Tester 51 c02 (hotline): the Jinan grandparents' long-term care insurance (clause 15, lead:
    Municipal Health Insurance Bureau) was read under the childcare subsidy's Health Commission."""
    from actions.hotline_verdicts import both_cities

    found = both_cities("孩子爷爷奶奶能有啥补贴不 济南那种长护险北京有吗", "zh")
    assert found is not None
    lines = found[0].split("\n")
    care = next(i for i, x in enumerate(lines) if x.startswith("祖父母参加长期护理保险"))
    assert "第15条" in lines[care + 1], lines
    assert lines[care + 2] == "牵头部门：济南市医疗保障局", lines
