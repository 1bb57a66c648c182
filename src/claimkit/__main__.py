"""Run the command line: ``python -m claimkit``."""

from claimkit.cli import main

main()
