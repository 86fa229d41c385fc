"""The public surface stays small and deliberate."""

import detente


def test_exports_all_is_exact() -> None:
    assert sorted(detente.__all__) == [
        "DetenteError", "Document", "InputError", "ModelError", "Pipeline", "Settings", "Store", "extract",
    ]
    for name in detente.__all__:
        assert getattr(detente, name) is not None
