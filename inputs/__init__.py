"""Reading what users send, shared by every edge (CLI, web API, chat channels) and both Python
environments: standard library only."""
