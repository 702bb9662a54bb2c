"""The architecture's contracts (.importlinter), checked as `make lint` checks them: the project
(config, demo) above the feature apps above members and search above the kernel (cen_portal),
the feature apps not importing each other, and search importing no other app. A new import
the wrong way fails here, naming the chain of imports that breaks the rule."""

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINT_IMPORTS = REPO / ".venv" / "bin" / "lint-imports"


def test_every_import_keeps_to_the_architecture_contracts():
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(REPO / ".importlinter")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
