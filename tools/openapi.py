#!/usr/bin/env python3
"""Writes each function module's static OpenAPI document (src/main/resources/META-INF/openapi.yaml).

Funqy is not scanned by SmallRye OpenAPI, so the documents are static files. This script drafts them from the
sources (the @Funq names, their Javadoc, the request DTOs, the roles each declares with @Allowed or @Public) and
keeps each operation's HTTP method; review the diff, then commit. OpenApiDocumentTest fails when a function and its document disagree.
Run from the repository root: python3 tools/openapi.py
"""
import glob
import os
import re

MODULES = ["upload-signing", "report-intake", "status-query", "triage-routing", "reminder-scheduling",
           "points-redemption"]
SOURCES = glob.glob("shared/src/main/java/**/*.java", recursive=True) + \
    glob.glob("functions/*/src/main/java/**/*.java", recursive=True)
SCALARS = {"String": ("string", None), "Long": ("integer", "int64"), "long": ("integer", "int64"),
           "Integer": ("integer", "int32"), "int": ("integer", "int32"), "Double": ("number", "double"),
           "double": ("number", "double"), "Boolean": ("boolean", None), "boolean": ("boolean", None),
           "Instant": ("string", "date-time"), "LocalDate": ("string", "date"), "BigDecimal": ("number", None)}


def existing_methods():
    """name → method of every operation in the documents as they are: a GET stays a GET (Funqy binds GET query
    parameters through setters, so changing a method changes the contract)."""
    methods = {}
    for path in glob.glob("functions/*/src/main/resources/META-INF/openapi.yaml"):
        for name, method in re.findall(r'(?m)^  /([a-z-]+):\n    (get|post):', open(path).read()):
            methods[name] = method.upper()
    return methods


def roles_of(annotation):
    """The roles an @Allowed({Role.X, ...}) declares, as JWT group names; [] for @Public."""
    return [r.lower() for r in re.findall(r'Role\.([A-Z_]+)', annotation or "")]


def access_table():
    """name → (method, roles): the roles from each @Funq's @Allowed / @Public, the method from the documents (a new
    function: GET when it takes no input or a setter class, POST when it takes a record)."""
    methods = existing_methods()
    table = {}
    for module in MODULES:
        for name, _, param, roles in functions(module):
            method = methods.get(name)
            if method is None:
                kind, _ = find_type(param) if param else (None, None)
                method = "POST" if kind is not None and kind.group(1) == "record" else "GET"
            table[name] = (method, roles)
    return table


PREFERRED = []  # the sources of the module being documented: its own DTOs win over a same-named type elsewhere


def find_type(name, near=None):
    pattern = re.compile(r'(record|class) ' + re.escape(name) + r'\b(\(([^)]*)\))?[^{]*\{', re.S)
    for path in ([near] if near else []) + PREFERRED + SOURCES:
        text = open(path).read()
        m = pattern.search(text)
        if m:
            return m, text
    return None, None


def fields(type_name, depth=0, near=None):
    """(name, java type) of a record's components or a setter class's properties, with superclasses."""
    m, text = find_type(type_name, near)
    if not m:
        return []
    if m.group(1) == "record":
        comps = re.sub(r'@\w+(\([^)]*\))?\s*', '', m.group(3) or "")
        out = []
        for part in split_top(comps):
            part = part.strip()
            if part:
                t, n = part.rsplit(None, 1)
                out.append((n, t))
        return out
    out = []
    ext = re.search(r'class ' + re.escape(type_name) + r'\s+extends\s+(\w+)', text)
    if ext and depth < 3:
        out += fields(ext.group(1), depth + 1)
    for t, n in re.findall(r'public void set\w+\((\w[\w<>, ]*) (\w+)\)', text[m.start():]):
        if n not in [f[0] for f in out]:
            out.append((n, t))
    return out


def locate(name):
    pattern = re.compile(r'(record|class) ' + re.escape(name) + r'\b')
    for path in PREFERRED + SOURCES:
        if pattern.search(open(path).read()):
            return None, None, path
    return None, None, None


def split_top(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        depth += ch == "<"
        depth -= ch == ">"
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def schema(java_type, indent, depth=0, near=None):
    pad = " " * indent
    java_type = java_type.strip()
    if java_type in SCALARS:
        t, f = SCALARS[java_type]
        return f"{pad}type: {t}\n" + (f"{pad}format: {f}\n" if f else "")
    lm = re.match(r'(List|Set)<(.+)>$', java_type)
    if lm:
        return f"{pad}type: array\n{pad}items:\n" + schema(lm.group(2), indent + 2, depth, near)
    if java_type.startswith("Map<"):
        return f"{pad}type: object\n{pad}additionalProperties: true\n"
    name = java_type.split(".")[-1]
    if near is None:
        _, _, near = locate(name)
    props = fields(name, 0, near) if depth < 2 else []
    out = f"{pad}type: object\n"
    if props:
        out += f"{pad}properties:\n"
        for n, t in props:
            out += f"{pad}  {n}:\n" + schema(t, indent + 4, depth + 1, near)
    return out


def functions(module):
    found = []
    for path in sorted(glob.glob(f"functions/{module}/src/main/java/**/*.java", recursive=True)):
        text = open(path).read()
        for m in re.finditer(r'(/\*\*(?:(?!\*/).)*\*/\s*)?(@Allowed\(\{[^}]*\}\)\s*|@Public\s*)?'
                             r'@Funq\("([a-z-]+)"\)\s*public ([\w<>, ]+?) \w+\(([^)]*)\)', text, re.S):
            doc = re.sub(r'\s*\*\s*', ' ', (m.group(1) or "").strip("/* \n")).strip()
            doc = re.sub(r'\{@\w+ ([^}]*)\}', r'\1', doc)
            summary = (doc.split(". ")[0].rstrip(".") if doc else m.group(3).replace("-", " ").capitalize())
            param = m.group(5).strip().rsplit(None, 1)[0] if m.group(5).strip() else None
            if not m.group(2):
                raise SystemExit(f"{path}: @Funq(\"{m.group(3)}\") declares neither @Allowed nor @Public")
            found.append((m.group(3), summary, param, roles_of(m.group(2))))
    return found


PROBLEM_ONLY = ("      responses:\n        \"200\":\n          description: OK\n"
                "        default:\n          $ref: \"#/components/responses/Problem\"\n")
# routes that are not Funqy functions: Open311 GeoReport v2 (see README, Open311)
EXTRA = {
    "report-intake": "  /open311/v2/requests.json:\n    post:\n      operationId: open311-post-request\n"
                     "      summary: \"Open311 GeoReport v2: submit a service request (form fields, api_key)\"\n"
                     "      description: \"Callable with an api_key from create-api-key.\"\n" + PROBLEM_ONLY,
    "status-query": "".join(
        f"  {path}:\n    get:\n      operationId: {op}\n      summary: \"Open311 GeoReport v2: {what}\"\n"
        "      description: \"Callable by anyone (no token).\"\n" + PROBLEM_ONLY
        for path, op, what in [("/open311/v2/services.json", "open311-services", "the service list"),
                               ("/open311/v2/requests.json", "open311-requests", "search service requests"),
                               ("/open311/v2/discovery.json", "open311-discovery", "the discovery document")]),
}


def document(title, what, modules, table):
    out = [f"openapi: 3.0.3\ninfo:\n  title: {title}\n  version: 0.1.0\n"
           f"  description: >-\n    {what} of Suishoupai. Errors are RFC 9457 problem details\n"
           f"    (application/problem+json) with a stable `code`.\npaths:\n"]
    out += [paths(module, table) for module in modules]
    out.append(COMPONENTS)
    return "".join(out)


def paths(module, table):
    PREFERRED[:] = sorted(glob.glob(f"functions/{module}/src/main/java/**/*.java", recursive=True))
    out = []
    for name, summary, param, _ in functions(module):
        method, roles = table.get(name, ("POST", []))
        who = "anyone (no token)" if not roles else "roles " + ", ".join(roles)
        summary = summary.replace('"', "'")
        op = [f"  /{name}:\n    {method.lower()}:\n      operationId: {name}\n"
              f"      summary: \"{summary[:200]}\"\n      description: \"Callable by {who}.\"\n"]
        if roles:
            op.append("      security:\n        - bearer: []\n")
        if param and method == "GET":
            props = fields(param)
            if props:
                op.append("      parameters:\n")
                for n, t in props:
                    op.append(f"        - name: {n}\n          in: query\n          required: false\n"
                              f"          schema:\n" + schema(t, 12))
        elif param:
            op.append("      requestBody:\n        required: true\n        content:\n          application/json:\n"
                      "            schema:\n" + schema(param, 14))
        op.append("      responses:\n        \"200\":\n          description: OK\n"
                  "          content:\n            application/json:\n              schema:\n"
                  "                type: object\n"
                  "        default:\n          $ref: \"#/components/responses/Problem\"\n")
        out.append("".join(op))
    out.append(EXTRA.get(module, ""))
    return "".join(out)


COMPONENTS = ("components:\n  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n"
               "      bearerFormat: JWT\n  responses:\n    Problem:\n      description: A problem (4xx, or 503)\n"
               "      content:\n        application/problem+json:\n          schema:\n            type: object\n"
               "            required: [status, code, title]\n            properties:\n"
               "              type: {type: string}\n              title: {type: string}\n"
               "              status: {type: integer}\n              code: {type: string}\n"
               "              detail: {type: string}\n              instance: {type: string}\n"
               "              errors: {type: array, items: {type: object}}\n")


if __name__ == "__main__":
    table = access_table()
    docs = {m: document("Suishoupai " + m.replace("-", " ").title(), f"The {m} function", [m], table)
            for m in MODULES}
    # the all-in-one process serves every function, so its document (first on its class path) has every path
    docs["all-in-one"] = document("Suishoupai (all functions)", "Every function", MODULES, table)
    for module, text in docs.items():
        path = f"functions/{module}/src/main/resources/META-INF/openapi.yaml"
        if module == "all-in-one":
            path = "functions/all-in-one/src/main/openapi/openapi.yaml"  # see the all-in-one POM
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        print(path)
