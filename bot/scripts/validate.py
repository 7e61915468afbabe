"""`rasa data validate --fail-on-warnings`, with one exact exception and one stricter rule.

Rasa counts a response as used only when a story or rule runs it. The form's questions
(utter_ask_<required slot>) are run by the form, and ACTION_RESPONSES by the custom actions, so
Rasa 3.6 reports them as unused whatever the data says; those alone count as used here (and each
must exist in the domain, so the list cannot go stale). Everything else is Rasa's own validation
with fail_on_warnings; in addition any warning Rasa raises while loading the data, which the CLI
lets pass with exit code 0, fails the run.

Usage (bot env, repo root): python bot/scripts/validate.py --config bot/config.yml \
    --domain bot/domain --data data
"""

from __future__ import annotations

import argparse
import sys
import warnings

# Responses that only the custom actions utter (dispatcher.utter_message(response=...)), or the
# server itself (bot/action_failures.py, when the action server does not answer).
ACTION_RESPONSES = {
    "utter_what_if_unclear": "action_what_if",
    "utter_service_unavailable": "bot/action_failures.py",
    "utter_which_item": "action_offer_accepted, action_explain_item, action_next_steps",
    "utter_others_after_questions": "action_explain_item (还有别的吗 while the form asks)",
    "utter_default": "action_unclear_in_form, action_route_unclear (a message nothing placed)",
    "utter_out_of_scope": "action_unclear_in_form, action_route_unclear (out of scope)",
}
# Rasa 3.6 raises this on every domain load, whatever the domain holds
# (rasa/shared/core/slot_mappings.py: validate_slot_mappings); it says nothing about ours.
ALWAYS_RAISED = ("Slot auto-fill has been removed in 3.0",)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="bot/config.yml")
    parser.add_argument("--domain", default="bot/domain")
    parser.add_argument("--data", default="data")
    args = parser.parse_args()

    from rasa.cli.utils import validate_files
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.validator import Validator

    exempt: set[str] = set()
    gather = Validator._gather_utterance_actions

    def gather_without_exempt(self: Validator) -> set[str]:
        return set(gather(self)) - exempt

    Validator._gather_utterance_actions = gather_without_exempt

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        importer = TrainingDataImporter.load_from_config(args.config, args.domain, [args.data])
        domain = importer.get_domain()
        form_questions = {
            f"utter_ask_{slot}"
            for form in domain.form_names
            for slot in domain.required_slots_for_form(form)
        }
        exempt.update(r for r in form_questions if r in domain.responses)
        missing = sorted(r for r in ACTION_RESPONSES if r not in domain.responses)
        exempt.update(ACTION_RESPONSES)
        try:
            validate_files(fail_on_warnings=True, max_history=None, importer=importer)
            code = 0
        except SystemExit as stop:
            code = int(stop.code or 0)

    problems = [
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning))
        and not str(w.message).startswith(ALWAYS_RAISED)
    ]
    problems += [f"ACTION_RESPONSES names '{r}', which the domain lacks" for r in missing]
    for line in problems:
        print(f"bot-validate: {line}", file=sys.stderr)
    if code or problems:
        print("bot-validate: FAILED", file=sys.stderr)
        return 1
    print(
        f"bot-validate: clean (form questions and action responses counted as used: "
        f"{', '.join(sorted(exempt))})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
