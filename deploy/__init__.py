"""Running Serambi as several app servers behind nginx (see deploy/README.md)."""
