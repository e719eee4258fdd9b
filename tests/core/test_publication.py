"""Publication: drafts by default, publishing with what a record depends on,
withdrawing only what nothing published points at, and who sees what."""

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from apps.core.constants import PublicationState
from apps.core.models import Source
from apps.core.publication import (
    published_dependants,
    record_publish,
    record_withdraw,
    records_withdraw,
    unpublished_dependencies,
    visible,
)
from apps.parties.models import ContactPoint
from tests.core.factories import CitationFactory, SourceFactory
from tests.goals.factories import ReliabilityScoreFactory
from tests.parties.factories import ContactPointFactory, MembershipFactory, PartyFactory
from tests.roles.factories import RoleTypeFactory
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db: None) -> User:
    return User.objects.create_user(username="staff", is_staff=True)


def state(record) -> str:
    record.refresh_from_db()
    return record.publication_state


def test_a_new_record_is_a_draft():
    source = Source.objects.create(title="Annual report")

    assert source.publication_state == PublicationState.DRAFT


def test_publishing_sets_who_published_and_when(staff):
    source = SourceFactory(draft=True)

    record_publish(record=source, user=staff)

    source.refresh_from_db()
    assert source.publication_state == PublicationState.PUBLISHED
    assert source.published_by == staff
    assert source.published_at is not None


def test_publishing_a_membership_publishes_its_member_and_organisation(staff):
    membership = MembershipFactory(
        draft=True, member__draft=True, organisation__draft=True
    )

    record_publish(record=membership, user=staff)

    assert state(membership) == PublicationState.PUBLISHED
    assert state(membership.member) == PublicationState.PUBLISHED
    assert state(membership.organisation) == PublicationState.PUBLISHED


def test_publishing_publishes_the_dependencies_of_dependencies(staff):
    source = SourceFactory(draft=True)
    party = PartyFactory(draft=True)
    CitationFactory(record=party, source=source)
    membership = MembershipFactory(draft=True, member=party)

    record_publish(record=membership, user=staff)

    assert state(source) == PublicationState.PUBLISHED


def test_publishing_publishes_the_cited_sources(staff):
    role_type = RoleTypeFactory(draft=True)
    source = SourceFactory(draft=True)
    CitationFactory(record=role_type, source=source)

    record_publish(record=role_type, user=staff)

    assert state(source) == PublicationState.PUBLISHED


def test_publishing_a_review_publishes_the_dimensions_its_scores_point_at(staff):
    score = ReliabilityScoreFactory(review__draft=True, dimension__draft=True)

    record_publish(record=score.review, user=staff)

    assert state(score.dimension) == PublicationState.PUBLISHED


def test_publishing_without_cascade_refuses_with_the_unpublished_dependencies(
    staff,
):
    membership = MembershipFactory(
        draft=True, member__name="Tilburg", member__draft=True
    )

    with pytest.raises(ValidationError, match='"Tilburg"'):
        record_publish(record=membership, user=staff, cascade=False)

    assert state(membership) == PublicationState.DRAFT
    assert state(membership.member) == PublicationState.DRAFT


def test_publishing_without_cascade_succeeds_when_everything_is_published(staff):
    membership = MembershipFactory(draft=True)

    record_publish(record=membership, user=staff, cascade=False)

    assert state(membership) == PublicationState.PUBLISHED


def test_unpublished_dependencies_lists_only_records_not_yet_published():
    membership = MembershipFactory(draft=True, member__draft=True)

    assert unpublished_dependencies(membership) == [membership.member]


def test_publishing_is_kept_in_the_history(staff):
    source = SourceFactory(draft=True)

    record_publish(record=source, user=staff)

    assert [row.publication_state for row in source.history.all()] == [
        PublicationState.PUBLISHED,
        PublicationState.DRAFT,
    ]


def test_a_withdrawn_record_can_be_published_again(staff):
    source = SourceFactory(withdrawn=True)

    record_publish(record=source, user=staff)

    assert state(source) == PublicationState.PUBLISHED


def test_withdrawing_a_record_nothing_points_at_succeeds(staff):
    source = SourceFactory()

    record_withdraw(record=source, user=staff)

    assert state(source) == PublicationState.WITHDRAWN


def test_withdrawing_is_refused_while_a_published_record_points_at_it(staff):
    membership = MembershipFactory(member__name="Tilburg")

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="Tilburg is a member of"),
    ):
        record_withdraw(record=membership.member, user=staff)

    assert state(membership.member) == PublicationState.PUBLISHED


def test_withdrawing_is_refused_while_a_published_record_cites_it(staff):
    source = SourceFactory()
    CitationFactory(record=EventFactory(title="OpenZaak 1.0"), source=source)

    with pytest.raises(ValidationError, match=r"OpenZaak 1\.0"):
        record_withdraw(record=source, user=staff)


def test_withdrawing_is_refused_while_a_published_reviews_score_points_at_it(staff):
    score = ReliabilityScoreFactory()

    with pytest.raises(ValidationError, match="review"):
        record_withdraw(record=score.dimension, user=staff)


def test_withdrawing_is_refused_while_an_incompatible_role_type_is_published(staff):
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)

    assert published_dependants(review) == [development]


def test_withdrawing_is_allowed_when_only_drafts_point_at_it(staff):
    membership = MembershipFactory(draft=True)

    record_withdraw(record=membership.member, user=staff)

    assert state(membership.member) == PublicationState.WITHDRAWN


def test_withdrawing_a_draft_is_refused(staff):
    source = SourceFactory(draft=True)

    with pytest.raises(ValidationError) as error:
        record_withdraw(record=source, user=staff)

    assert error.value.code == "not_published"


def test_a_published_record_pointing_at_a_draft_is_refused_by_clean():
    membership = MembershipFactory()
    membership.member = PartyFactory(draft=True)

    with pytest.raises(ValidationError) as error:
        membership.full_clean()

    assert "member" in error.value.message_dict


def test_a_draft_may_point_at_a_draft():
    membership = MembershipFactory(draft=True, member__draft=True)

    membership.full_clean()


def test_the_public_sees_published_records_only():
    published = SourceFactory()
    SourceFactory(draft=True)
    SourceFactory(withdrawn=True)

    assert list(visible(Source.objects.all(), AnonymousUser())) == [published]


def test_a_coordinator_sees_every_record(staff):
    SourceFactory()
    SourceFactory(draft=True)
    SourceFactory(withdrawn=True)

    assert visible(Source.objects.all(), staff).count() == 3


def test_the_public_never_sees_a_personal_contact_point():
    functional = ContactPointFactory()
    ContactPointFactory(is_personal=True, party=functional.party)

    assert list(visible(ContactPoint.objects.all(), AnonymousUser())) == [functional]


def test_a_coordinator_sees_personal_contact_points(staff):
    ContactPointFactory(is_personal=True)

    assert visible(ContactPoint.objects.all(), staff).count() == 1


def test_records_pointing_at_each_other_are_withdrawn_together(staff):
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)

    withdrawn, refused = records_withdraw(records=[development, review], user=staff)

    assert {record.pk for record in withdrawn} == {development.pk, review.pk}
    assert refused == []


def test_withdrawing_together_refuses_what_an_unselected_record_points_at(staff):
    membership = MembershipFactory()

    withdrawn, refused = records_withdraw(
        records=[membership.member, membership.organisation], user=staff
    )

    assert withdrawn == []
    assert [record for record, _reason in refused] == [
        membership.member,
        membership.organisation,
    ]
