"""Protocol: forms of address in the editors, the office's rules, letter templates."""
