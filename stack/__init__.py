"""Starting the whole assistant on one machine: action server, Rasa server, web app."""
