#!/usr/bin/env python3
"""Copy an executed notebook back into samples/notebooks with its outputs, so that it reads well on GitHub.

Execute the notebook as CI does (see .ci/run), from the repository root:

    dotnet pack MscDomain.sln -c Release -o artifacts/packages
    export NUGET_PACKAGES=$PWD/artifacts/nuget-cache JUPYTER_PATH=$PWD/samples/notebooks/jupyter
    rm -rf "$NUGET_PACKAGES" && dotnet tool restore
    /usr/bin/jupyter-nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=mscdomain-csharp \
        --output-dir artifacts/notebooks samples/notebooks/progressive-ms-msc-cohort.ipynb
    /usr/bin/python3 samples/notebooks/save-with-outputs.py artifacts/notebooks/progressive-ms-msc-cohort.ipynb \
        samples/notebooks/progressive-ms-msc-cohort.ipynb

It drops the kernel's front-end bootstrap script (meaningless outside a live session) and makes the machine's
absolute repository path relative; every other output is kept as executed.
"""
import json
import os
import sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
source, target = sys.argv[1], sys.argv[2]
root = os.getcwd().rstrip("/") + "/"
with open(source, encoding="utf-8") as f:
    notebook = json.load(f)
for cell in notebook["cells"]:
    if cell["cell_type"] == "code":
        cell["outputs"] = [o for o in cell.get("outputs", [])
                           if "dotnet-interactive-this-cell" not in "".join(o.get("data", {}).get("text/html", []))]
text = json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
with open(target, "w", encoding="utf-8") as f:
    f.write(text.replace(root, ""))
