"""``python -m welfare`` moved to ``python manage.py`` (the domain package has no command line).

Imports nothing of the project: it only says where the command went, with the arguments it was
given, and exits with code 2 (wrong usage).
"""

import shlex
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = shlex.join(["python", "manage.py", *args])
    print(f"Perintah ini pindah: jalankan `{command}`", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
