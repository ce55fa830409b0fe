"""Implementation of the `kimono-interop` command (see kimono_interop_client.cli)."""
