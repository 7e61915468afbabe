#!/usr/bin/env python3
"""Check the corpus files against the schema in README.md.

Prints counts per kind and per language for each half and exits 1 when an
entry is malformed.  Usage: python3 tests/corpus/check_format.py
"""

import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("dev.yaml", "heldout.yaml")
KINDS = {
    "age",
    "short_year",
    "numerals",
    "relative_date",
    "birth_order",
    "multiples",
    "pregnancy",
    "duration",
    "question",
    "now_vs_birth",
    "negation_housing",
    "correction",
    "hukou",
    "per_birth_hardship",
    "insurance",
    "housing_fund",
    "height",
    "answer",
    "chitchat",
}
ASKED = {
    None,
    "city",
    "hukou_in_city",
    "children",
    "children.height_cm",
    "birth_insurance",
    "hardship_at_birth",
    "housing_fund_contributors",
    "buying_first_home",
    "owns_home_in_city",
    "renting",
    "due_date",
}
UPDATE_KINDS = {"statement", "confirmation", "correction", "question"}
BOOL = {
    "hukou_in_city",
    "hardship_at_birth",
    "hardship_now",
    "buying_first_home",
    "owns_home_in_city",
    "renting",
    "child.hardship_at_birth",
}
CHILD_FACTS = {
    "child.birth_date",
    "child.due_date",
    "child.height_cm",
    "child.height_below_cm",
    "child.hardship_at_birth",
}
FACTS = BOOL | CHILD_FACTS | {"city", "child_count", "birth_insurance", "housing_fund_contributors"}
INSURANCE = {"employee_maternity", "resident_medical", "flexible_employment", "none"}
KNOWN_KEYS = (FACTS - CHILD_FACTS - {"child_count"}) | {"children"}
CHILD_KEYS = {"birth_date", "due_date", "height_cm", "height_below_cm", "hardship_at_birth"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def norm_date(v):
    """yaml.safe_load gives date for YYYY-MM-DD, int for YYYY, str for YYYY-MM."""
    if isinstance(v, (dt.date, int)) and not isinstance(v, bool):
        return str(v)
    return v


def valid_date(v):
    v = norm_date(v)
    if not isinstance(v, str) or not DATE_RE.match(v):
        return False
    if len(v) == 10:
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    return True


def check_value(fact, value, errs):
    if fact == "city":
        ok = value in ("jinan", "beijing")
    elif fact in BOOL:
        ok = isinstance(value, bool)
    elif fact in ("child_count", "housing_fund_contributors"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10
    elif fact == "birth_insurance":
        ok = value in INSURANCE
    elif fact in ("child.height_cm", "child.height_below_cm"):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 40 <= value <= 200
    elif fact == "child.birth_date":
        ok = valid_date(value)
    elif fact == "child.due_date":
        ok = value is None or valid_date(value)
    else:
        ok = False
    if not ok:
        errs.append(f"bad value {value!r} for {fact}")


def check_entry(e, seen):
    errs = []
    if not isinstance(e, dict):
        return ["entry is not a mapping"]
    extra = set(e) - {"id", "kinds", "today", "asked", "known", "text", "expect"}
    missing = {"id", "kinds", "today", "asked", "known", "text", "expect"} - set(e)
    if extra or missing:
        errs.append(f"keys: extra {sorted(extra)} missing {sorted(missing)}")
        return errs
    if not isinstance(e["id"], str) or not re.fullmatch(r"(zh|en)-\d{4}", e["id"]):
        errs.append("bad id")
    elif e["id"] in seen:
        errs.append("duplicate id")
    seen.add(e["id"])
    kinds = e["kinds"]
    if (
        not isinstance(kinds, list)
        or not kinds
        or set(kinds) - KINDS
        or len(set(kinds)) != len(kinds)
    ):
        errs.append(f"bad kinds {kinds!r}")
        kinds = []
    today = e["today"]
    if not isinstance(today, dt.date) or not (2024 <= today.year <= 2027):
        errs.append(f"bad today {today!r}")
    if e["asked"] not in ASKED:
        errs.append(f"bad asked {e['asked']!r}")
    if ("answer" in kinds) != (e["asked"] is not None):
        errs.append("kind 'answer' iff asked is set")
    if not isinstance(e["text"], str) or not e["text"].strip():
        errs.append("empty text")
    known = e["known"]
    if not isinstance(known, dict) or set(known) - KNOWN_KEYS:
        errs.append(f"bad known {known!r}")
    else:
        for c in known.get("children", []):
            if not isinstance(c, dict) or set(c) - CHILD_KEYS:
                errs.append(f"bad known child {c!r}")
    exp = e["expect"]
    if not isinstance(exp, list):
        return [*errs, "expect is not a list"]
    if ("chitchat" in kinds) and exp:
        errs.append("chitchat message with expected facts")
    if not exp and not ({"chitchat", "question"} & set(kinds)):
        errs.append("empty expect needs kind chitchat or question")
    for u in exp:
        if not isinstance(u, dict) or u.get("fact") not in FACTS:
            errs.append(f"bad update {u!r}")
            continue
        allowed = {"fact", "value", "kind", "child", "approx"}
        if set(u) - allowed or "value" not in u or "kind" not in u:
            errs.append(f"bad update keys {u!r}")
            continue
        if u["kind"] not in UPDATE_KINDS:
            errs.append(f"bad update kind {u['kind']!r}")
        if u["kind"] == "confirmation" and e["asked"] is None:
            errs.append("confirmation without a question asked")
        if u["kind"] == "correction" and "correction" not in kinds:
            errs.append("correction update without kind correction")
        if (u["fact"] in CHILD_FACTS) != ("child" in u):
            errs.append(f"child index required exactly for per-child facts: {u!r}")
        if "child" in u and not (isinstance(u["child"], int) and 1 <= u["child"] <= 10):
            errs.append(f"bad child index {u!r}")
        if "approx" in u and (
            u["approx"] is not True or u["fact"] not in ("child.birth_date", "child.due_date")
        ):
            errs.append(f"approx only as true on dates: {u!r}")
        check_value(u["fact"], u["value"], errs)
        if u["fact"] == "child.birth_date" and isinstance(today, dt.date):
            v = norm_date(u["value"])
            if isinstance(v, str) and v[: len(v)] > today.isoformat()[: len(v)]:
                errs.append(f"birth date after today: {u!r}")
    keys = [(u.get("fact"), u.get("child")) for u in exp if isinstance(u, dict)]
    if len(keys) != len(set(keys)):
        errs.append("the same fact twice")
    return errs


def main():
    bad = 0
    seen = set()
    total = collections.Counter()
    for name in FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            entries = yaml.safe_load(fh) or []
        per_kind = collections.defaultdict(collections.Counter)
        per_lang = collections.Counter()
        for e in entries:
            errs = check_entry(e, seen)
            if errs:
                bad += 1
                print(f"{name}: {e.get('id') if isinstance(e, dict) else e}: " + "; ".join(errs))
                continue
            lang = e["id"][:2]
            per_lang[lang] += 1
            for k in e["kinds"]:
                per_kind[k][lang] += 1
                total[k] += 1
        print(
            f"\n{name}: {sum(per_lang.values())} messages  "
            + "  ".join(f"{k}={v}" for k, v in sorted(per_lang.items()))
        )
        print(f"  {'kind':20s} {'zh':>4s} {'en':>4s}")
        for k in sorted(KINDS):
            print(f"  {k:20s} {per_kind[k]['zh']:4d} {per_kind[k]['en']:4d}")
            if not per_kind[k]:
                print(f"  WARNING: kind {k} missing from {name}")
    print("\ntotal per kind: " + ", ".join(f"{k}={total[k]}" for k in sorted(KINDS)))
    if bad:
        print(f"\n{bad} malformed entries")
        return 1
    print("\nall entries well-formed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
