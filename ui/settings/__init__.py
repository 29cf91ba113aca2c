"""Settings: declared once (options), edited in the settings dialog, first asked by the
first-start wizard.

The dialog (and the services it imports) loads when first asked for: the application
reads its options at start and should not pay for the dialog then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsDialog, open_settings

__all__ = ["SettingsDialog", "open_settings"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ui.settings import dialog

        return getattr(dialog, name)
    raise AttributeError(f"module 'ui.settings' has no attribute {name!r}")
