"""Input channels of the assistant, loaded by Rasa from bot/credentials.yml by module path."""
