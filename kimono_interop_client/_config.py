"""Configuration from the environment; explicit constructor arguments always win.

KIMONO_BASE_URL                        the service (default https://api.us2.kimonocloud.com)
KIMONO_API_KEY                         account API key (InteropClient)
KIMONO_CLIENT_ID, KIMONO_CLIENT_SECRET actor credentials (OAuth2 client credentials)
KIMONO_LOG=debug                       send the SDK's DEBUG log to stderr
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_BASE_URL = "https://api.us2.kimonocloud.com"
LOGGER_NAME = "kimono_interop_client"


@dataclass(frozen=True, slots=True)
class EnvConfig:
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    log: str | None = None

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> EnvConfig:
        env = os.environ if environ is None else environ

        def value(name: str) -> str | None:
            text = env.get(name, "").strip()
            return text or None

        return cls(
            base_url=value("KIMONO_BASE_URL"),
            api_key=value("KIMONO_API_KEY"),
            client_id=value("KIMONO_CLIENT_ID"),
            client_secret=value("KIMONO_CLIENT_SECRET"),
            log=value("KIMONO_LOG"),
        )


_debug_handler: logging.Handler | None = None


def apply_log_setting(config: EnvConfig) -> None:
    """With KIMONO_LOG=debug, attach one stderr handler at DEBUG (once per process)."""
    global _debug_handler
    if (config.log or "").lower() != "debug" or _debug_handler is not None:
        return
    logger = logging.getLogger(LOGGER_NAME)
    _debug_handler = logging.StreamHandler()
    _debug_handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(_debug_handler)
    logger.setLevel(logging.DEBUG)
