"""The bundle's program: the same entry point as the installed `truce` command."""

from ui.app import main

raise SystemExit(main())
