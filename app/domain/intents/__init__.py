"""Every user action as a pure function of the logbook and the time: it checks the action and
returns the Change it makes, with its undo, for the window and the command line alike.

    change = intents.log_urge(logbook, now, kind=UrgeKind.TEXT)
    changes.apply(*change.edits)            # storage records them
    undo = change.undo                      # later, against the logbook as it is then:
    changes.apply(*undo(logbook, now).edits)
"""

from app.domain.intents.change import (
    Action,
    Change,
    Intent,
    added,
    deleted_goal_ids,
    restore,
)
from app.domain.intents.check_ins import check_in, delete_check_in, edit_check_in
from app.domain.intents.edits import (
    AddCheckIn,
    AddCompletions,
    AddEvents,
    AddHardDate,
    AddJournalEntry,
    DeleteCheckIn,
    DeleteEvent,
    DeleteHardDate,
    DeleteJournalEntry,
    Edit,
    RemoveCompletion,
    ReplaceCheckIn,
    ReplaceEvent,
    ReplaceHardDate,
    ReplaceJournalEntry,
    SetBreakupReasons,
    SetGoals,
    SetPreferences,
    Touched,
    apply,
)
from app.domain.intents.entries import (
    add_urge_details,
    delete_entry,
    edit_entry,
    log_urge,
    record_contact,
)
from app.domain.intents.goals import (
    add_goal,
    answer_healing_swap,
    delete_goal,
    move_goal,
    put_goal_back,
    rename_goal,
    set_goal_done,
    set_goal_recurrence,
)
from app.domain.intents.hard_dates import add_hard_date, edit_hard_date, remove_hard_date
from app.domain.intents.journal import (
    add_journal_entry,
    choose_breakup_reason,
    delete_journal_entry,
    edit_journal_entry,
    set_breakup_reasons,
)
from app.domain.intents.settings import begin, replan, set_preferences
from app.domain.intents.undo import UndoStack

__all__ = [
    "Action",
    "AddCheckIn",
    "AddCompletions",
    "AddEvents",
    "AddHardDate",
    "AddJournalEntry",
    "Change",
    "DeleteCheckIn",
    "DeleteEvent",
    "DeleteHardDate",
    "DeleteJournalEntry",
    "Edit",
    "Intent",
    "RemoveCompletion",
    "ReplaceCheckIn",
    "ReplaceEvent",
    "ReplaceHardDate",
    "ReplaceJournalEntry",
    "SetBreakupReasons",
    "SetGoals",
    "SetPreferences",
    "Touched",
    "UndoStack",
    "add_goal",
    "add_hard_date",
    "add_journal_entry",
    "add_urge_details",
    "added",
    "answer_healing_swap",
    "apply",
    "begin",
    "check_in",
    "choose_breakup_reason",
    "delete_check_in",
    "delete_entry",
    "delete_goal",
    "delete_journal_entry",
    "deleted_goal_ids",
    "edit_check_in",
    "edit_entry",
    "edit_hard_date",
    "edit_journal_entry",
    "log_urge",
    "move_goal",
    "put_goal_back",
    "record_contact",
    "remove_hard_date",
    "rename_goal",
    "replan",
    "restore",
    "set_breakup_reasons",
    "set_goal_done",
    "set_goal_recurrence",
    "set_preferences",
]
