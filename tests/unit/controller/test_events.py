from llmops.controller.events import event_name


def test_event_names_are_stable_per_object_and_reason():
    a = event_name("support-llm", "uid-1", "Unschedulable")
    assert a == event_name("support-llm", "uid-1", "Unschedulable")
    assert a != event_name("support-llm", "uid-1", "CrashLoopBackOff")
    assert a != event_name("support-llm", "uid-2", "Unschedulable")   # a re-created object
    assert a.startswith("support-llm.") and len(a.split(".")[1]) == 10
