"""The API's own reference page, written from its OpenAPI description (no script)."""
from __future__ import annotations

from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of an OpenAPI description: method, path, summary, description and
    parameters (name, where, type, required, default, constraints), in path order."""
    schemas = spec.get("components", {}).get("schemas", {})
    out = []
    for path, item in sorted(spec.get("paths", {}).items()):
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [{"name": p["name"], "in": p.get("in", "query"),
                       "required": p.get("required", False),
                       "type": type_text(p.get("schema", {}), schemas),
                       "default": p.get("schema", {}).get("default"),
                       "limits": _limits(p.get("schema", {}))}
                      for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": summary(op),
                        "description": op.get("description", ""), "params": params,
                        "tag": (op.get("tags") or [""])[0],
                        "example": path if method == "get" and "{" not in path
                        and not any(p["required"] for p in params) else None})
    return out


def summary(op: dict[str, Any]) -> str:
    """An operation's first sentence (FastAPI's own summary is the function's name)."""
    text = " ".join(str(op.get("description") or "").split())
    depth = 0
    for i, char in enumerate(text):  # up to the first stop outside parentheses
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char in ".;:" and text[i + 1:i + 2] in (" ", ""):
            return text[:i]
    return text or str(op.get("summary", ""))


def type_text(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    """A parameter's type as a reader wants it: "string", "integer", "one of a, b",
    "list of ..."; optional values (anyOf with null) read as their type."""
    if "$ref" in schema:
        schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        kinds = [type_text(s, schemas) for s in schema["anyOf"] if s.get("type") != "null"]
        return " or ".join(kinds) or "null"
    if schema.get("type") == "array":
        return "list of " + type_text(schema.get("items", {}), schemas)
    kind = str(schema.get("type", "any"))
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def _limits(schema: dict[str, Any]) -> str:
    for option in schema.get("anyOf", []):
        if option.get("type") != "null":
            schema = {**option, **schema}
    parts = [f"{label} {schema[key]}" for key, label in (
        ("minimum", "≥"), ("maximum", "≤"), ("exclusiveMinimum", ">"),
        ("minLength", "length ≥"), ("maxLength", "length ≤")) if key in schema]
    if "pattern" in schema:
        parts.append(f"pattern {schema['pattern']}")
    return ", ".join(parts)
