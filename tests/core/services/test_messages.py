"""Every message the services can show has a German translation."""

from pathlib import Path

from babel.messages.extract import extract_from_dir

import delegations.services
from delegations.i18n import gettext


def test_every_service_message_is_translated():
    folder = Path(delegations.services.__file__).parent
    messages = {msg for _file, _line, msg, _comments, _context
                in extract_from_dir(str(folder), keywords={"N_": None})}
    assert len(messages) > 20
    assert sorted(m for m in messages if gettext(m, "de") == m) == []
