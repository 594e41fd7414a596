"""``python -m tui`` runs the diptych command line."""

from tui.cli import main

raise SystemExit(main())
