"""How Delegations leaves the repository: the wheel and the desktop bundle."""
