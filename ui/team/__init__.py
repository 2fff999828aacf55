"""The team library in the window: its own window beside the main one (window.py) and the File
menu's commands that open it, publish to it and take sessions out of it (commands.py)."""
