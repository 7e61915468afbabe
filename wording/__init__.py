"""The one wording layer of the project, imported by the chat actions, the web app and the CLI.

- `wording.language`: which language a text is written in (one CJK range), and `t`. Standard
  library only, so the Rasa environment (bot/channels, bot/action_failures) imports it too.
- `wording.cities`: the cities' names and the words that name them, as data (cities.yaml).
- `wording.entitlements`: an entitlement's label, the order items are shown in, the clause line.
- `wording.clock`: today's date in China (policy_kb.clock).

This file imports nothing, so importing `wording.language` loads neither pydantic nor policy_kb.
"""
