"""`python -m delegations`: the command line (see delegations.cli)."""

from delegations.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
