"""Every table model of the window passes Qt's model tester; the ColumnModel base answers rows,
columns, headers and flags from the columns a model declares."""

from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import TODAY
from ui.models.contacts import ContactsModel
from ui.models.participants import ParticipantsModel
from ui.models.sessions import ListingSource, SessionTableModel
from ui.models.tracker import TrackerModel
from workshop_app.domain import Contact
from workshop_app.tracker import TrackerFilter


def test_the_participants_model_passes_the_model_tester(qtmodeltester, demo):
    model = ParticipantsModel()
    model.set_participants(demo.participants)
    assert model.rowCount() == len(demo.participants) > 0
    qtmodeltester.check(model)


def test_the_contacts_model_passes_the_model_tester(qtmodeltester):
    model = ContactsModel()
    model.set_contacts(
        [
            Contact(id="c1", topic="Pricing", person="Łukasz", contact="<b>ext. 12</b>"),
            Contact(id="c2", topic="陳"),
        ]
    )
    qtmodeltester.check(model)


def test_the_tracker_model_passes_the_model_tester(qtmodeltester, repo, demo):
    model = TrackerModel()
    model.set_rows(repo.tracked_actions(TrackerFilter()), TODAY)
    assert model.rowCount() == len(demo.actions) > 0
    qtmodeltester.check(model)


def test_the_library_model_passes_the_model_tester(qtmodeltester, repo, demo):
    model = SessionTableModel()
    model.set_source(
        ListingSource(
            ids=lambda column, descending: repo.session_ids(sort=column, descending=descending),
            rows=repo.summaries,
        )
    )
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_columns_declared_once_give_counts_headers_and_flags(demo):
    model = ParticipantsModel()
    model.set_participants(demo.participants)
    assert model.columnCount() == len(model.columns) == 4
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name or label",
        "Department",
        "Role",
        "Anonymous",
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal) is None
    name, anonymous = model.flags(model.index(0, 0)), model.flags(model.index(0, 3))
    assert name & Qt.ItemFlag.ItemIsEditable and not name & Qt.ItemFlag.ItemIsUserCheckable
    assert (
        anonymous & Qt.ItemFlag.ItemIsUserCheckable and not anonymous & Qt.ItemFlag.ItemIsEditable
    )
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
