"""Settings: declared once (options), edited in the settings dialog, first asked by the
first-start wizard."""

from ui.settings.dialog import SettingsDialog, open_settings

__all__ = ["SettingsDialog", "open_settings"]
