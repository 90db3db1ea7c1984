"""``python manage.py import`` with a pause inside the write transaction, for test_concurrency.

Run as ``python -m tests.welfare.importing._paused_import MARKER SECONDS import FILE ...``: the
real command line, except that writing the dataset touches MARKER and then waits SECONDS
before the transaction commits, so the test can kill the process at exactly that moment. The
pause lives here, in the tests, by wrapping the real write function; production code has no
hook for it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from welfare.importing import facade


def paused_write(seconds: float, marker: Path | None = None):  # noqa: ANN201
    """The real :func:`~welfare.importing.write.write_dataset`, then a pause of ``seconds``
    (inside the import's transaction), after touching ``marker`` if given."""
    write = facade.write_dataset

    def paused(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        written = write(*args, **kwargs)
        if marker is not None:
            marker.write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(seconds)
        return written

    return paused


if __name__ == "__main__":
    import manage

    facade.write_dataset = paused_write(float(sys.argv[2]), Path(sys.argv[1]))
    sys.exit(manage.main(sys.argv[3:]))
