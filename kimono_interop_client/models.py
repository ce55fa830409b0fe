"""The generated models (attrs classes with ``from_dict``/``to_dict``), re-exported.

Import them from here, not from ``_generated``: this module is the public path. Importing it
loads every model (about 75 small modules); the package itself does not import it.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _generated_all
from ._generated.types import UNSET, Unset

__all__ = [*_generated_all, "UNSET", "Unset"]
