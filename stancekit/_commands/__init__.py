"""One module per ``stancekit`` command; see ``stancekit.cli``."""
