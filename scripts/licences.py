#!/usr/bin/env python3
"""Checks that every crate in the build may be combined with Poortwachter's EUPL-1.2.

usage: scripts/licences.py [--list]

Reads `cargo metadata` (the locked dependency graph, every target platform and every
feature, so an optional part cannot slip in unchecked) and evaluates each package's SPDX
expression against ALLOWED: a package passes when the expression can be satisfied with
allowed licences alone (`A OR B` needs one of them, `A AND B` both; `X WITH exception`
counts as X). A package without a licence expression, or with one that needs a licence
outside the list, fails the check with its name, version and expression. `--list`
prints every package with its expression.

The list holds permissive licences (and the EUPL itself): code under them may be
distributed as part of an EUPL-1.2 work. Copyleft licences other than the EUPL (GPL,
LGPL, AGPL, MPL) are left out on purpose, even where the EUPL's compatibility clause
might allow them: a maintainer should decide such a case and add it here with a reason.
"""
import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib",
    "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "BSL-1.0", "CC0-1.0", "0BSD",
    "EUPL-1.2",
}


def tokens(expr):
    # Old crates write `MIT/Apache-2.0` for `MIT OR Apache-2.0`.
    return re.findall(r"\(|\)|[A-Za-z0-9.+\-]+", expr.replace("/", " OR "))


def satisfiable(expr):
    """True when the SPDX expression can be met with ALLOWED licences only."""
    toks = tokens(expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def primary():
        if peek() == "(":
            take()
            v = disjunction()
            if take() != ")":
                raise ValueError("unbalanced parentheses")
            return v
        lic = take()
        if peek() == "WITH":
            take()
            take()  # the exception only adds permissions
        return lic.rstrip("+") in ALLOWED

    def conjunction():
        v = primary()
        while peek() == "AND":
            take()
            v = primary() and v
        return v

    def disjunction():
        v = conjunction()
        while peek() == "OR":
            take()
            v = conjunction() or v
        return v

    value = disjunction()
    if pos != len(toks):
        raise ValueError("trailing tokens")
    return value


def self_test():
    """The evaluator itself, on expressions with a known answer (run before every check)."""
    cases = {
        "MIT OR Apache-2.0": True, "MIT/Apache-2.0": True, "GPL-2.0 OR MIT": True,
        "(MIT OR Apache-2.0) AND Unicode-3.0": True,
        "Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT": True,
        "GPL-3.0-only": False, "MIT AND GPL-2.0": False, "LGPL-2.1-or-later": False,
        "(GPL-2.0 OR LGPL-3.0) AND MIT": False,
    }
    for expr, want in cases.items():
        assert satisfiable(expr) is want, expr


def main():
    self_test()
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--all-features"],
        capture_output=True, text=True, check=True).stdout)
    bad = []
    for p in sorted(meta["packages"], key=lambda p: (p["name"], p["version"])):
        expr = p.get("license")
        if "--list" in sys.argv:
            print(f"{p['name']} {p['version']}: {expr}")
        try:
            ok = bool(expr) and satisfiable(expr)
        except (ValueError, IndexError):
            ok = False
        if not ok:
            bad.append(f"{p['name']} {p['version']}: {expr or 'no licence expression'}")
    if bad:
        print("licences not known to be compatible with EUPL-1.2:", *bad, sep="\n  ")
        return 1
    print(f"licences: {len(meta['packages'])} packages, all compatible with EUPL-1.2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
