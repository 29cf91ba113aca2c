"""The shared widget kit: editor dialog, validated form, messages, import preview, ids."""
