"""Every GUI test runs with the window's write check strict (gui/write_check.py): a library write
the window's code makes off the writer thread raises `WriteOffWriter` and fails the test.

The tests below still drive a window write that is not on the writer yet (docs/architecture.md,
"Threads"); each leaves this list when its write moves, and a test checks the list names only
tests that exist, so it cannot hide a new one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nejat_desk.gui.write_check import STRICT_ENV

NOT_YET_ON_THE_WRITER: dict[str, str] = {
    # test (file::name) -> the write it drives off the writer
    "test_article_editor.py::test_new_article_and_list_selection_opens_it": "articles/workspace.py new_article",
    "test_keyboard_flow.py::test_return_in_the_title_moves_to_the_body": "articles/workspace.py new_article",
    "test_keyboard_flow.py::test_new_article_asks_nothing_and_picks_the_edition": "articles/workspace.py new_article",
    "test_keyboard_flow.py::test_an_untouched_new_article_is_discarded": "articles/workspace.py new_article",
    "test_rtl_reading.py::test_ctrl_tab_leaves_the_body_for_the_preview_and_then_the_metadata":
        "articles/workspace.py new_article",
    "test_library_trouble.py::test_a_read_only_library_shows_a_bar_and_refuses_edits_with_the_reason":
        "articles/workspace.py new_article",
    "test_no_english_leaks.py::test_no_english_in_any_workspace[fa]": "articles/workspace.py new_article",
    "test_no_english_leaks.py::test_no_english_in_any_workspace[ar]": "articles/workspace.py new_article",
    "test_first_start.py::test_window_first_then_examples_without_a_dialog": "the examples' media, a pool write",
    "test_media_workspace.py::test_detail_panel_keeps_caption_and_alt_per_edition": "media/detail_panel.py save",
    "test_media_workspace.py::test_gallery_order_by_drag_and_drop_with_undo_redo": "media/gallery_editor.py",
    "test_media_workspace.py::test_gallery_cannot_be_ready_without_alt_text": "media/gallery_editor.py save",
    "test_media_workspace.py::test_pictures_dragged_from_the_grid_join_the_gallery": "media/gallery_editor.py",
    "test_media_workspace.py::test_gallery_titles_are_kept_per_edition_like_captions": "media/gallery_editor.py",
    "test_preflight_gate_objects.py::test_calendar_drags_of_galleries_and_issues_meet_the_gate":
        "schedule/commands.py move",
    "test_preflight_gate_objects.py::test_the_gallery_editor_plans_and_publishes_only_through_the_gate":
        "media/gallery_editor.py save, the override",
    "test_preflight_gate_objects.py::test_publishing_a_gallery_in_its_editor_meets_the_gate":
        "media/gallery_editor.py save, the override",
    "test_preflight_gate_objects.py::test_the_issue_editor_plans_only_through_the_gate": "schedule/issue_editor.py",
    "test_preflight_panel.py::test_schedule_meets_the_gate_and_an_override_is_kept": "preflight_gate.py override",
    "test_preflight_panel.py::test_calendar_moves_and_the_publish_dialog_meet_the_gate": "preflight_gate.py override",
    "test_schedule_workspace.py::test_drag_in_month_view_reschedules_and_undo_restores": "schedule/commands.py move",
    "test_schedule_workspace.py::test_drag_in_week_view_to_another_hour": "schedule/commands.py move",
    "test_schedule_workspace.py::test_drop_into_repeated_hour_asks_and_never_shifts_silently":
        "schedule/commands.py move",
    "test_schedule_workspace.py::test_skipped_hour_offers_the_first_valid_minute": "schedule/commands.py move",
    "test_schedule_workspace.py::test_keyboard_moves_the_selected_item": "schedule/commands.py move",
    "test_schedule_workspace.py::test_issue_editor_orders_the_toc_and_reports_refusals": "schedule/issue_editor.py",
    "test_schedule_workspace.py::test_issue_editor_new_series_and_newsletter_email": "schedule/issue_editor.py",
    "test_send_for_review_editor.py::test_send_for_review_from_the_editor_sends_the_open_linked_article":
        "articles/send_for_review.py",
    "test_sites_insecure_http.py::test_a_plain_http_site_is_saved_only_after_the_warning_is_confirmed":
        "sites/workspace.py add a site",
    "test_sites_insecure_http.py::test_https_and_this_computer_are_saved_without_asking":
        "sites/workspace.py add a site",
    "test_sites_workspace.py::test_add_a_site_through_the_dialog_and_remove_it": "sites/workspace.py add a site",
    "test_sites_workspace.py::test_pick_articles_and_publish_them": "sites/workspace.py add a site; the push's records",
}


def _key(item: pytest.Item) -> str:
    return f"{Path(str(item.path)).name}::{item.name}"


@pytest.fixture(autouse=True)
def strict_window_writes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Autouse, so it runs before the fixtures that build an AppContext (which reads the variable)."""
    if _key(request.node) not in NOT_YET_ON_THE_WRITER:
        monkeypatch.setenv(STRICT_ENV, "1")
