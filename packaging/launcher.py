"""Entry point of the frozen bundle: the same `nejat-desk` command the wheel installs."""

import sys

from nejat_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
