"""Property-based tests of the HTTP API from its own OpenAPI schema (schemathesis): every
generated request, valid or not, gets an answer below 500."""
from __future__ import annotations

import warnings
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings

from tacitus.model import Actor, Article, Event, Evidence, Record
from tacitus.store import Store

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
EXAMPLES = 40  # per operation; the suite stays fast, and CI runs it every time


def make_schema(folder: Path) -> schemathesis.BaseSchema:
    from tacitus.web.app import create_app

    db = folder / "api.duckdb"
    text = "Kim met Putin <b>in</b> Moscow on Monday."
    event = Event("CONSULT", None, "2023-09-11", (Actor("Kim", None, "PRK", "GOV"),),
                  (Actor("Putin", None, "RUS", "GOV"),), (Evidence(text, 4, 7, "met"),))
    with Store(db) as store:
        store.write([Record(Article("a1", text, "2023-09-13"), events=(event,))], "x")
        store.index_text()
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db))


def test_no_generated_request_makes_the_server_fail(tmp_path: Path) -> None:
    schema = make_schema(tmp_path)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    answers: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            response = case.call()
            answers.append(response.status_code)
            assert response.status_code < 500, (case.path, case.query, response.text)

        check()
    assert len(answers) >= 5 * len(operations)
    assert any(400 <= code < 500 for code in answers), "invalid input was tried too"
