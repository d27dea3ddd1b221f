"""Nejat Desk: a desktop editorial workstation for a multilingual WordPress newsroom.

Nothing runs at import: the composition roots are `nejat_desk.app` (window) and
`nejat_desk.cli.main` (command line).
"""

from nejat_desk.version import __version__

__all__ = ["__version__"]
