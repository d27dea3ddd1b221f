"""Which language the command line speaks, from the environment."""

from __future__ import annotations

import pytest

from nejat_desk.cli.language import chosen_language


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "fa_IR.UTF-8"}, "fa"),
    ({"LANG": "ar_EG.UTF-8"}, "ar"),
    ({"LANG": "sq_AL.UTF-8"}, "sq"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalogue: English
    ({"LC_ALL": "ar_SA.UTF-8", "LANG": "fa_IR.UTF-8"}, "ar"),  # LC_ALL wins over LANG
    ({"LC_MESSAGES": "sq_AL", "LANG": "fa_IR.UTF-8"}, "sq"),
    ({"LANGUAGE": "de:fa", "LANG": "en_US.UTF-8"}, "fa"),  # a priority list, first shipped one
    ({"LANGUAGE": "en:fa", "LANG": "fa_IR.UTF-8"}, "en"),
    ({"NEJAT_DESK_LANGUAGE": "fa", "LC_ALL": "ar_EG.UTF-8"}, "fa"),  # our own variable first
    ({"LANG": "fa_IR.UTF-8@latin"}, "fa"),
])
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert chosen_language(environ) == expected
