#!/usr/bin/env python3
"""One-off migration (issue 9, point 2): write each public enum member's wire name as
[JsonStringEnumMemberName("...")] and drop the per-enum KebabCaseEnumConverter attribute.

Input: a TSV of `EnumFullName<TAB>IsPublic<TAB>Member<TAB>WireName`, produced from the built assembly with the
spelling rule the library used until then (EnumWireName.Of: kebab-case of the member name, an underscore between
two digits written as a dot), so every wire name stays byte-identical. Usage:
    eng/add-wire-names.py wire.tsv src/MscDomain
"""
import os, re, sys
from collections import defaultdict

tsv, root = sys.argv[1], sys.argv[2]
names = defaultdict(dict)
for line in open(tsv, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 4 or parts[1] != "True":
        continue
    names[parts[0].rsplit(".", 1)[1]][parts[2]] = parts[3]

done = set()
for dirpath, _, files in os.walk(root):
    for fn in files:
        if not fn.endswith(".cs"):
            continue
        path = os.path.join(dirpath, fn)
        text = open(path, encoding="utf-8-sig").read()
        if "enum " not in text:
            continue
        lines = text.split("\n")
        out, i, changed = [], 0, False
        while i < len(lines):
            line = lines[i]
            m = re.match(r"^(\s*)public enum (\w+)", line)
            if m and m.group(2) in names:
                enum = m.group(2)
                # drop the converter attribute just above
                while out and re.match(r"^\s*\[JsonConverter\(typeof\(KebabCaseEnumConverter<\w+>\)\)\]\s*$", out[-1]):
                    out.pop()
                out.append(line)
                i += 1
                depth = 0
                while i < len(lines):
                    l = lines[i]
                    if "{" in l:
                        depth += l.count("{")
                    if "}" in l:
                        depth -= l.count("}")
                        if depth <= 0:
                            out.append(l)
                            i += 1
                            break
                    mm = re.match(r"^(\s*)([A-Z]\w*)\s*(=\s*[^,/]+)?,?\s*(//.*)?$", l)
                    if mm and depth == 1 and mm.group(2) in names[enum]:
                        out.append(f'{mm.group(1)}[JsonStringEnumMemberName("{names[enum][mm.group(2)]}")]')
                        done.add((enum, mm.group(2)))
                    out.append(l)
                    i += 1
                changed = True
                continue
            out.append(line)
            i += 1
        if changed:
            text = "\n".join(out)
            if "using System.Text.Json.Serialization;" not in text:
                text = "using System.Text.Json.Serialization;\n" + text
            if "KebabCaseEnumConverter" not in text and not re.search(r"\bMscDomainJson|EnumWireName|IVersionedDocument|MscDomainSchemaVersion|JsonConverter\(", text):
                text = text.replace("using MscDomain.Serialization;\n", "")
            open(path, "w", encoding="utf-8").write(text)

missing = [(e, m) for e in names for m in names[e] if (e, m) not in done]
print(f"{len(done)} members annotated; missing: {missing}")
