"""Tracker stores of the assistant, loaded by Rasa from endpoints files (`type: bot.stores...`)."""
