"""The public surface stays small and deliberate."""

import detente


def test_exports_all_is_exact() -> None:
    assert sorted(detente.__all__) == [
        "Article", "DetenteError", "DetenteWarning", "Document", "InputError", "ModelError", "Pipeline", "Record",
        "Settings", "Store", "extract", "extract_many", "frames", "show",
    ]
    for name in detente.__all__:
        assert getattr(detente, name) is not None
