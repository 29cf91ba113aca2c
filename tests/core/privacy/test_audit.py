"""The audit log: every change, by whom and when, field names only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from delegations.errors import ValidationError
from delegations.privacy.audit import acting_as, audit_entities, list_audit, system_user
from delegations.services import contacts, duplicates


def test_create_update_delete_are_logged_with_field_names_only(store):
    with acting_as("planner"):
        c = contacts.create_contact(store, {"name": "Åse Nordmann", "email": "ase@x.no"})
        contacts.update_contact(store, c.id, {"phone": "+47 555 0101", "notes": "kommt"})
        contacts.delete_contact(store, c.id)
    rows = list_audit(store, entity="contact")
    assert [r.action for r in rows] == ["delete", "update", "create"]
    assert {r.actor for r in rows} == {"planner"} and {r.key for r in rows} == {str(c.id)}
    assert set(rows[1].fields) == {"phone", "notes"}
    assert {"name", "email"} <= set(rows[2].fields)
    assert "Åse" not in repr(rows) and "ase@x.no" not in repr(rows)


def test_default_actor_is_the_system_user_and_dates_filter(store):
    contacts.create_contact(store, {"name": "Bo"})
    [row] = list_audit(store)
    assert row.actor == system_user() != ""
    now = datetime.now(UTC)
    assert list_audit(store, start=now - timedelta(minutes=5), end=now + timedelta(minutes=5))
    assert list_audit(store, end=now - timedelta(minutes=5)) == []
    assert audit_entities(store) == ["contact"]


def test_a_failed_save_logs_nothing(store):
    with pytest.raises(ValidationError):
        contacts.create_contact(store, {"name": ""})
    assert list_audit(store) == []


def test_bulk_statements_are_logged_per_table(store):
    a = contacts.create_contact(store, {"name": "Ada Lovelace", "email": "ada@x.org"})
    b = contacts.create_contact(store, {"name": "Ada Lovelace", "email": "ada@x.org"})
    duplicates.merge_contacts(store, a.id, b.id)
    assert any(r.detail == "bulk" for r in list_audit(store))


def test_a_program_that_only_imports_the_services_is_audited(tmp_path):
    """The audit log registers with the store when the services load (the store does not
    import it): a fresh interpreter that never names the audit log still logs."""
    import subprocess
    import sys

    from delegations.storage.store import open_store

    db = tmp_path / "fresh.sqlite"
    script = ("import sys; from delegations.storage.store import open_store; "
              "from delegations.services import contacts; s = open_store(sys.argv[1]); "
              "contacts.create_contact(s, {'name': 'Kämpfer'}); s.close()")
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=120)
    store = open_store(db)
    try:
        assert [r.action for r in list_audit(store, entity="contact")] == ["create"]
    finally:
        store.close()


def test_the_system_user_is_the_account_not_what_logname_says(store, monkeypatch):
    import getpass

    real = system_user()
    for name in ("LOGNAME", "USER", "USERNAME"):
        monkeypatch.setenv(name, "mallory")
    assert getpass.getuser() == "mallory"  # what the variables claim…
    contacts.create_contact(store, {"name": "Bo"})
    [row] = list_audit(store)
    assert row.actor == real != "mallory"  # …is not who made the change
