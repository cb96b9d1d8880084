from datetime import UTC, datetime, timedelta, timezone

from llmops.api.conditions import get_condition, is_condition_true, remove_condition, set_condition
from llmops.api.meta import ConditionStatus

T0 = datetime(2026, 11, 3, 12, 0, 0, 123456, tzinfo=UTC)
T1 = T0 + timedelta(minutes=5)


def test_new_condition_is_appended_with_now_truncated_to_seconds():
    conditions = set_condition([], "Ready", True, "Available", "all replicas ready", 3, T0)
    (ready,) = conditions
    assert ready.type == "Ready"
    assert ready.status == ConditionStatus.TRUE
    assert ready.last_transition_time == T0.replace(microsecond=0)
    assert ready.observed_generation == 3


def test_same_status_keeps_transition_time_but_updates_reason_message_generation():
    before = set_condition(None, "Ready", "False", "Progressing", "0/1 ready", 1, T0)
    after = set_condition(before, "Ready", "False", "ImagePullFailed", "cannot pull", 2, T1)
    assert after[0].last_transition_time == T0.replace(microsecond=0)
    assert (after[0].reason, after[0].message, after[0].observed_generation) == ("ImagePullFailed", "cannot pull", 2)


def test_status_flip_moves_transition_time():
    before = set_condition(None, "Ready", False, "Progressing", "", 1, T0)
    after = set_condition(before, "Ready", True, "Available", "", 1, T1)
    assert after[0].last_transition_time == T1.replace(microsecond=0)


def test_input_is_not_modified_and_order_is_kept():
    before = set_condition(None, "Ready", False, "Progressing", "", 1, T0)
    before = set_condition(before, "Reconciling", True, "Progressing", "", 1, T0)
    after = set_condition(before, "Ready", True, "Available", "", 1, T1)
    assert [c.type for c in after] == ["Ready", "Reconciling"]
    assert before[0].status == ConditionStatus.FALSE


def test_unchanged_set_gives_an_equal_list():
    before = set_condition(None, "Ready", True, "Available", "ok", 1, T0)
    assert set_condition(before, "Ready", True, "Available", "ok", 1, T1) == before


def test_naive_and_other_zone_times_become_utc():
    naive = set_condition(None, "A", True, "R", "", None, datetime(2026, 1, 1, 10, 0, 0))
    assert naive[0].last_transition_time.tzinfo is not None
    plus_two = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone(timedelta(hours=2)))
    zoned = set_condition(None, "A", True, "R", "", None, plus_two)
    assert zoned[0].last_transition_time == datetime(2026, 1, 1, 10, 0, 0, tzinfo=UTC)


def test_is_condition_true_and_get_and_remove():
    conditions = set_condition(None, "Ready", True, "Available", "", 1, T0)
    conditions = set_condition(conditions, "Stalled", False, "Progressing", "", 1, T0)
    assert is_condition_true(conditions, "Ready")
    assert not is_condition_true(conditions, "Stalled")
    assert not is_condition_true(conditions, "Missing")
    assert not is_condition_true(None, "Ready")
    assert get_condition(conditions, "Stalled").reason == "Progressing"
    assert [c.type for c in remove_condition(conditions, "Ready")] == ["Stalled"]


def test_wire_form_is_metav1_shaped():
    (ready,) = set_condition(None, "Ready", True, "Available", "ok", 4, T0)
    assert ready.to_api() == {
        "type": "Ready",
        "status": "True",
        "reason": "Available",
        "message": "ok",
        "observedGeneration": 4,
        "lastTransitionTime": "2026-11-03T12:00:00Z",
    }


def test_condition_types_are_the_designed_ones():
    from llmops.api.conditions import ConditionType

    assert [t.value for t in ConditionType] == [
        "Ready", "Reconciling", "Stalled", "Available", "BudgetExceeded", "ResolvedRefs", "GuardrailsCurrent",
        "AuthKeysValid",
    ]  # fmt: skip
    conditions = set_condition(None, ConditionType.READY, True, "Available", "", 1, T0)
    assert is_condition_true(conditions, "Ready")
    assert conditions[0].to_api()["type"] == "Ready"
