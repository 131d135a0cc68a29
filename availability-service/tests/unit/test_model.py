"""The entry's rules, without a database."""
from __future__ import annotations

import pytest
from availability_service.domain.errors import ImplausibleValue
from availability_service.domain.model import placeholder_report


@pytest.mark.parametrize("changes, field", [
    ({"intake_wait_weeks": -1}, "intakeWaitWeeks"), ({"treatment_wait_weeks": 105}, "treatmentWaitWeeks"),
    ({"age_min": 12, "age_max": 4}, "ageMax"), ({"free_places": -1}, "freePlaces"),
    ({"specialisms": ["onbekend"]}, "specialisms"), ({"bridging_offered": True}, "bridgingCare.description"),
])
def test_implausible_reports_name_the_field(changes, field):
    with pytest.raises(ImplausibleValue) as error:
        placeholder_report("Zeist").merged(changes).check()
    assert error.value.field == field


def test_a_plausible_report_passes():
    report = placeholder_report("Zeist").merged({"intake_wait_weeks": 104, "age_min": 23, "age_max": 23,
                                                "specialisms": ["lvb"]}).check()
    assert report.specialisms == ("lvb",)
