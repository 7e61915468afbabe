"""How the tests tell the assistant's result from its other replies."""

# The result's first line (actions/render.py); the greeting and the fallback also speak of what
# "your family can get", so the English marker includes the plan.
RESULT_MARKERS = ("您家目前可以享受", "plan your family can get")


def is_result(text: str) -> bool:
    return any(marker in text for marker in RESULT_MARKERS)
