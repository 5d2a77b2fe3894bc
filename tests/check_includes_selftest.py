#!/usr/bin/env python3
"""scripts/check-includes checked on small trees made here: it passes an include with the flow and
fails one against it (format → model, the two exceptions there were), production code including
the test support, and an include not spelled from iso20k/. Run by CTest (check_includes_selftest)."""
import os
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "check-includes")


def run(files):
    """check-includes on a tree of `files` (path → text): (exit code, stderr)."""
    with tempfile.TemporaryDirectory() as root:
        for path, text in files.items():
            os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        p = subprocess.run([sys.executable, SCRIPT, root], capture_output=True, text=True)
        return p.returncode, p.stderr


BASE = {
    "engine/iso20k/util/printable.h": "#pragma once\n",
    "engine/iso20k/format/date.h": '#pragma once\n#include "iso20k/util/printable.h"\n',
    "engine/iso20k/model/date.h": '#pragma once\n#include "iso20k/format/date.h"\n',
    "tests/support/test_support.h": "#pragma once\n",
}

failures = []


def expect(name, files, code, message=""):
    got, err = run({**BASE, **files})
    if got != code or message not in err:
        failures.append(f"{name}: expected exit {code} with {message!r}, got {got}: {err.strip()}")


expect("the flow", {}, 0)
expect("a test may include anything of the engine and the support",
       {"engine/iso20k/format/date_test.cc": '#include "iso20k/model/date.h"\n#include "support/test_support.h"\n'}, 0)
expect("format must not include model",
       {"engine/iso20k/format/xml_file.h": '#pragma once\n#include "iso20k/model/date.h"\n'}, 1,
       'engine/iso20k/format/xml_file.h:2: format must not include model (#include "iso20k/model/date.h")')
expect("nor in a source file",
       {"engine/iso20k/format/source_text.cc": '#include <string>\n#include "iso20k/model/date.h"\n'}, 1,
       "format must not include model")
expect("production code never includes the test support",
       {"engine/iso20k/model/checklist.cc": '#include "support/test_support.h"\n'}, 1,
       "production code includes the test support")
expect("engine includes are spelled from iso20k/",
       {"engine/iso20k/model/checklist.h": '#pragma once\n#include "date.h"\n'}, 1,
       '#include "date.h": spell it from the iso20k/ prefix')
expect("across rooms too",
       {"engine/iso20k/model/checklist.h": '#pragma once\n#include "../format/date.h"\n'}, 1,
       '#include "../format/date.h": spell it from the iso20k/ prefix')

for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)
