"""The one error type for bad input, and the errors for stores that cannot be opened."""

from __future__ import annotations

from typing import Any

from delegations.i18n import gettext


class DelegationsError(Exception):
    """Base of every error the core raises on purpose; its text is meant for people."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.template = message
        self.params = params

    def message(self, language: str | None = None) -> str:
        """The message in `language` (default: the current one)."""
        return gettext(self.template, language).format(**self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(DelegationsError):
    """Input that breaks a rule; `field` names the offending field (exchange-file spelling)."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field

    def at(self, path: str) -> ValidationError:
        """The same error with its field placed under `path` (for import error paths)."""
        field = f"{path}.{self.field}" if path and self.field else (path or self.field)
        err = ValidationError(field, self.template, **self.params)
        err.__cause__ = self.__cause__
        return err

    def __str__(self) -> str:
        text = self.message()
        return f"{self.field}: {text}" if self.field else text


class NotFoundError(DelegationsError):
    """A reference (id or ref) to something that is not in the store."""


class InUseError(DelegationsError):
    """Deleting something that others still refer to."""


class StoreError(DelegationsError):
    """The store cannot be opened or used as asked (wrong file, newer schema, locked…)."""


class ConflictError(DelegationsError):
    """Another planner changed the record since it was read: nothing was saved.

    `actor` and `at` say who changed it last and when (from the audit log; empty and
    None when the log cannot tell), for the window's "changed by … — show theirs / keep
    mine"; `entity` and `key` name the record.
    """

    def __init__(self, message: str, *, entity: str = "", key: str = "", actor: str = "",
                 at: Any = None, **params: Any) -> None:
        super().__init__(message, actor=actor, **params)
        self.entity, self.key, self.actor, self.at = entity, key, actor, at
