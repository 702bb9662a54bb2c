#!/usr/bin/env python3
"""The test files a change touches, for `make test-fast`: prints pytest arguments, one a line.

    python3 devtools/changed_tests.py            # changes since HEAD (staged, unstaged, new files)
    python3 devtools/changed_tests.py main~3     # and the commits since main~3

A changed test file is run itself; a changed module or template of an app runs that app's
tests (tests/<app>/); the search contract (tests/search/test_contract.py) always runs, since
every app's content reaches search. Files without tests of their own (docs, bench) add nothing.

Standard library only, like the other devtools.
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
ALWAYS = ["tests/search/test_contract.py", "tests/search/test_contract_changes.py"]


def changed_files(base):
    def git(*args):
        result = subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True)
        return result.stdout.splitlines()

    files = set(git("diff", "--name-only", base)) | set(git("ls-files", "--others", "--exclude-standard"))
    return sorted(files)


def tests_for(path):
    """The test files or folders that cover a changed file (a path relative to the repository)."""
    parts = Path(path).parts
    if not parts:
        return []
    if parts[0] == "tests":
        if path.endswith(".py") and Path(path).name.startswith(("test_", "conftest")) and (REPO / path).exists():
            return [path if Path(path).name.startswith("test_") else str(Path(path).parent)]
        return [str(Path(*parts[:2]))] if len(parts) > 2 and (REPO / Path(*parts[:2])).is_dir() else []
    # templates/<app>/... mirrors the apps; locale/ is the French interface.
    app = parts[1] if parts[0] == "templates" and len(parts) > 2 else parts[0]
    if parts[0] == "locale":
        app = "cen_portal"
    return [f"tests/{app}"] if (TESTS / app).is_dir() else []


def main(argv):
    base = argv[1] if len(argv) > 1 else "HEAD"
    selected = []
    for path in changed_files(base):
        for target in tests_for(path):
            if target not in selected:
                selected.append(target)
    # A folder already selected covers the files beneath it.
    folders = [target for target in selected if not target.endswith(".py")]
    selected = [t for t in selected if not any(t.startswith(folder + "/") for folder in folders)]
    for target in ALWAYS:
        if not any(target == t or target.startswith(t + "/") for t in selected):
            selected.append(target)
    print("\n".join(selected))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
