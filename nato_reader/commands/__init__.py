"""Subcommands of ``nato-reader``; each module holds one, imported only when it runs."""
