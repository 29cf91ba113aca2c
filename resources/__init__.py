"""The app's fonts, icons, translations and demo data; installed as `delegations.resources`."""
