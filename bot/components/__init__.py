"""Custom Rasa NLU components of the assistant (imported by path from bot/config.yml)."""
