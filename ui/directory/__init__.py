"""The Cities & Contacts section: the office's directory of places and people."""
