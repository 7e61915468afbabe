"""Helpers used to write the corpus sources: every computed date follows the
conventions in ../README.md and is computed from the message's `today`."""
import datetime as dt
import json

MESSAGES = {"zh": [], "en": []}
_today = dt.date(2026, 11, 29)
LANG = "zh"


def lang(code):
    global LANG
    LANG = code


def T(s="2026-11-29"):
    """Set `today` for the following messages."""
    global _today
    _today = dt.date.fromisoformat(s)


class A(str):
    """An approximate (age-derived) date value."""


def _add_months(d, n):
    y, m = divmod(d.year * 12 + (d.month - 1) + n, 12)
    return y, m + 1


def ago(months):
    y, m = _add_months(_today, -months)
    return A(f"{y:04d}-{m:02d}")


def age(years, months=0):          # exact age in months
    return ago(years * 12 + months)


def yo(n):       # "N岁", "N岁半", "N岁多", "she's N": N years 6 months
    return ago(n * 12 + 6)


def just(n):     # "刚满N岁"
    return ago(n * 12)


def almost(n):   # "快N岁了"
    return ago(n * 12 - 1)


def mo(n):       # "N个月大"
    return ago(n)


def dago(n):     # "N天大", "N周大", "N天前": exact day, approx
    return A((_today - dt.timedelta(days=n)).isoformat())


def back(n):     # 昨天 (1), 前天 (2): exact day, not approx
    return (_today - dt.timedelta(days=n)).isoformat()


def today():
    return _today.isoformat()


def lastweek(wd):  # 上周X: weekday 0=Mon..6=Sun of the previous week
    mon = _today - dt.timedelta(days=_today.weekday())
    return (mon - dt.timedelta(days=7 - wd)).isoformat()


def thismonth(k=0):  # month precision, k months from today's month
    y, m = _add_months(_today, k)
    return f"{y:04d}-{m:02d}"


def year(k=0):
    return str(_today.year + k)


def pastmonth(month, day=None):  # a month (and day) alone: most recent not after today
    y = _today.year
    if (month, day or 1) > (_today.month, _today.day):
        y -= 1
    return f"{y:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def nextmonth(month, day=None):  # a due month alone: next not before today
    y = _today.year
    if (month, day or 31) < (_today.month, _today.day):
        y += 1
    return f"{y:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def preg(n):     # "怀孕N个月": due ~ today + (9 - N) months
    y, m = _add_months(_today, 9 - n)
    return A(f"{y:04d}-{m:02d}")


_KIND = {"s": "statement", "c": "confirmation", "r": "correction", "q": "question"}


def f(fact, value, k="s", child=None):
    e = {"fact": fact}
    if child is not None:
        e["child"] = child
    e["value"] = value
    if isinstance(value, A):
        e["approx"] = True
    e["kind"] = _KIND[k]
    return e


def bd(child, v, k="s"):
    return f("child.birth_date", v, k, child)


def due(child, v, k="s"):
    return f("child.due_date", v, k, child)


def ht(child, cm, k="s"):
    return f("child.height_cm", cm, k, child)


def below(child, cm, k="s"):
    """The child is said to be shorter than `cm` ("还不到1米3"), no height measured."""
    return f("child.height_below_cm", cm, k, child)


def chb(child, v, k="s"):
    return f("child.hardship_at_birth", v, k, child)


def n(count, k="s"):
    return f("child_count", count, k)


def K(**kw):
    """known: kids= list of birth dates (str) or dicts."""
    out = {}
    for key, v in kw.items():
        if key == "kids":
            out["children"] = [{"birth_date": c} if isinstance(c, str) else c for c in v]
        else:
            out[key] = v
    return out


_FACT_KIND = {
    "hardship_now": "now_vs_birth", "hardship_at_birth": "per_birth_hardship",
    "child.hardship_at_birth": "per_birth_hardship", "birth_insurance": "insurance",
    "housing_fund_contributors": "housing_fund", "hukou_in_city": "hukou",
    "child.height_cm": "height", "child.height_below_cm": "height", "owns_home_in_city": "negation_housing",
    "renting": "negation_housing", "buying_first_home": "negation_housing",
}


def _derived_kinds(expect):
    out = []
    for e in expect:
        k = _FACT_KIND.get(e["fact"])
        if e["fact"] == "child.due_date" and e["kind"] != "question":
            k = "pregnancy"
        if e["fact"] == "child.birth_date" and e.get("approx") and len(e["value"]) == 7:
            k = "age"
        if k:
            out.append(k)
        if e["kind"] in ("correction", "question"):
            out.append(e["kind"])
    dates = [e["value"] for e in expect if e["fact"] in ("child.birth_date", "child.due_date") and e["value"]]
    if len(dates) != len(set(dates)):
        out.append("multiples")
    return out


def m(kinds, text, expect=(), asked=None, known=None):
    ks = kinds.split()
    for k in _derived_kinds(expect):
        if k not in ks:
            ks.append(k)
    MESSAGES[LANG].append({
        "kinds": ks,
        "today": _today.isoformat(),
        "asked": asked,
        "known": known or {},
        "text": text,
        "expect": list(expect),
    })


# ---------- YAML writer (flow-style facts, like the documented example) ----------

def _scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    import re
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", s) or re.fullmatch(r"[a-z_]+", s):
        return s
    return json.dumps(s, ensure_ascii=False)


def _flow(d):
    return "{" + ", ".join(f"{k}: {_flow(v) if isinstance(v, dict) else _list(v) if isinstance(v, list) else _scalar(v)}" for k, v in d.items()) + "}"


def _list(l):
    return "[" + ", ".join(_flow(x) if isinstance(x, dict) else _scalar(x) for x in l) + "]"


def dump(msgs):
    out = []
    for x in msgs:
        out.append(f"- id: {x['id']}")
        out.append(f"  kinds: [{', '.join(x['kinds'])}]")
        out.append(f"  today: {x['today']}")
        out.append(f"  asked: {_scalar(x['asked'])}")
        if x["known"]:
            out.append("  known:")
            for k, v in x["known"].items():
                out.append(f"    {k}: {_list(v) if isinstance(v, list) else _scalar(v)}")
        else:
            out.append("  known: {}")
        out.append(f"  text: {json.dumps(x['text'], ensure_ascii=False)}")
        if x["expect"]:
            out.append("  expect:")
            for e in x["expect"]:
                out.append(f"    - {_flow(e)}")
        else:
            out.append("  expect: []")
    return "\n".join(out) + "\n"
