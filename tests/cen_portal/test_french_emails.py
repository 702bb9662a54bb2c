"""Every email speaks its recipient's language: a French member gets it in French (subject, body,
dates and links under /fr/), an English member the same email in English, in the same run;
applicants in the language they wrote in; the Secretariat's address in SECRETARIAT_LANGUAGE."""

import datetime
import re

import pytest
from django.utils import dateformat, timezone, translation

from casestudies.models import PracticeSubmission
from casestudies.sharing import tell_submitter_published, tell_submitter_returned
from cen_portal.reviews import send_review_reminders
from forums import actions as forum_actions
from forums.models import Subscription
from forums.notifications import send_daily_digests
from indicators import corrections
from insights.tasks import send_weekly_search_gaps
from members import admission
from members.models import MembershipRequest
from tests.factories import (
    CaseStudyPageFactory,
    CategoryFactory,
    ElectionManagementBodyFactory,
    MemberProfileFactory,
    UserFactory,
    member,
    secretariat_user,
)

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"}
FRENCH_MONTHS |= {"octobre", "novembre", "décembre"}


def french(user):
    user.language = "fr"
    user.save(update_fields=["language"])
    return user


def to(mailoutbox, address):
    [message] = [message for message in mailoutbox if address in message.to]
    return message


def links(message):
    return re.findall(rf"{BASE}(/\S*)", message.body)


def assert_links_under(message, prefix):
    reader_links = [link for link in links(message) if not link.startswith("/admin/")]
    assert reader_links and all(link.startswith(prefix) for link in reader_links), links(message)


# Forums ---------------------------------------------------------------------------------------


@pytest.fixture
def thread():
    author = member(user__first_name="Ana", user__last_name="Vuki")
    return forum_actions.start_thread(CategoryFactory(name="Polling", slug="polling"), author, "Kiosks", "Who?")


def test_followers_hear_of_a_reply_each_in_their_own_language(thread, mailoutbox):
    follower_fr, follower_en = french(member()), member()
    for user in (follower_fr, follower_en):
        Subscription.objects.create(user=user, thread=thread)
    mailoutbox.clear()
    forum_actions.reply(thread, member(user__first_name="Kofi", user__last_name="Mensah"), "Nous avons essayé.")

    in_french, in_english = to(mailoutbox, follower_fr.email), to(mailoutbox, follower_en.email)
    assert in_french.subject == "Kofi Mensah a répondu dans «\u00a0Kiosks\u00a0»"
    assert "Lire et répondre\u00a0:" in in_french.body and "Ne plus recevoir ces courriels" in in_french.body
    assert "parce que vous suivez ce fil de discussion" in in_french.body
    assert_links_under(in_french, "/fr/forums/")
    assert in_french.extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/fr/forums/unsubscribe/")
    assert in_english.subject == 'Kofi Mensah replied in "Kiosks"'
    assert "Read and reply:" in in_english.body
    assert_links_under(in_english, "/en/forums/")


def test_a_mention_and_a_digest_come_in_the_members_language(thread, mailoutbox):
    mentioned = french(MemberProfileFactory(handle="aline").user)
    reader = french(member())
    Subscription.objects.create(user=reader, category=thread.category, mode=Subscription.Mode.DIGEST)
    mailoutbox.clear()
    forum_actions.reply(thread, member(user__first_name="Kofi", user__last_name="Mensah"), "Merci @aline !")
    mention = to(mailoutbox, mentioned.email)
    assert mention.subject == "Kofi Mensah vous a mentionné dans «\u00a0Kiosks\u00a0»"
    assert_links_under(mention, "/fr/forums/")

    mailoutbox.clear()
    assert send_daily_digests.call() == 1
    digest = to(mailoutbox, reader.email)
    assert digest.subject == "Votre résumé quotidien des forums\u00a0: 1 nouveau message"
    assert "Arrêter un résumé\u00a0:" in digest.body
    assert_links_under(digest, "/fr/forums/")


# Membership -----------------------------------------------------------------------------------


@pytest.fixture
def emb():
    return ElectionManagementBodyFactory(name="Commission électorale nationale")


def request_data(emb, email):
    return {
        "first_name": "Aline",
        "last_name": "Mugisha",
        "email": email,
        "job_title": "Chargée de communication",
        "emb": emb.pk,
        "message": "Je gère nos réseaux sociaux.",
    }


def test_an_applicant_is_answered_in_the_language_of_their_request(client, emb, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    client.post("/fr/members/join/", request_data(emb, "aline@nec.example.org"))
    client.post("/en/members/join/", request_data(emb, "bo@nec.example.org"))

    received_fr = to(mailoutbox, "aline@nec.example.org")
    assert received_fr.subject == "Nous avons bien reçu votre demande d’adhésion au Portail de connaissances du REC"
    assert "Commission électorale nationale" in received_fr.body and "Le Secrétariat" in received_fr.body
    received_en = to(mailoutbox, "bo@nec.example.org")
    assert received_en.subject == "We have received your request to join the CEN Knowledge Portal"
    # The Secretariat reads its notices in English unless SECRETARIAT_LANGUAGE says otherwise.
    notices = [message for message in mailoutbox if message.to == ["secretariat@cen.example.org"]]
    assert [message.subject.split(":")[0] for message in notices] == ["Membership request"] * 2
    assert_links_under(notices[0], "/en/members/")

    mailoutbox.clear()
    secretariat = secretariat_user()
    french_request = MembershipRequest.objects.get(email="aline@nec.example.org")
    admission.decline(french_request, decided_by=secretariat, note="Votre organisme n’est pas membre.")
    declined = to(mailoutbox, "aline@nec.example.org")
    assert declined.subject == "Votre demande d’adhésion au Portail de connaissances du REC"
    assert "n’est pas en mesure de vous admettre" in declined.body

    mailoutbox.clear()
    admission.approve(MembershipRequest.objects.get(email="bo@nec.example.org"), decided_by=secretariat)
    invitation = to(mailoutbox, "bo@nec.example.org")
    assert invitation.subject == "You are invited to the CEN Knowledge Portal"
    assert_links_under(invitation, "/en/members/invitation/")


def test_an_invitation_in_french_has_a_french_link_and_date(emb, mailoutbox):
    with translation.override("en"):  # the Secretariat works in English and invites in French
        invitation = admission.invite(
            email="aline@nec.example.org",
            first_name="Aline",
            last_name="Mugisha",
            emb=emb,
            invited_by=secretariat_user(first_name="Sam", last_name="Dlamini"),
            language="fr",
        )
    message = to(mailoutbox, "aline@nec.example.org")
    assert message.subject == "Vous êtes invité(e) sur le Portail de connaissances du REC"
    assert message.body.startswith("Bonjour Aline,")
    assert "Sam Dlamini, du Secrétariat du Commonwealth, vous invite" in message.body
    assert_links_under(message, "/fr/members/invitation/")
    with translation.override("fr"):
        expiry = dateformat.format(invitation.expires_at, "j F Y")
    assert f"expire le {expiry}." in message.body and expiry.split()[1] in FRENCH_MONTHS


def test_the_secretariat_can_read_its_notices_in_french(client, emb, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    settings.SECRETARIAT_LANGUAGE = "fr"
    client.post("/en/members/join/", request_data(emb, "bo@nec.example.org"))
    notice = to(mailoutbox, "secretariat@cen.example.org")
    assert notice.subject == "Demande d’adhésion\u00a0: Aline Mugisha (Commission électorale nationale)"
    assert_links_under(notice, "/fr/members/secretariat/")


def test_allauth_emails_follow_the_accounts_language_not_the_page(client, mailoutbox):
    from allauth.account.models import EmailAddress

    people = {"fr": french(UserFactory()), "en": UserFactory()}
    for user in people.values():
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.post("/en/accounts/password/reset/", {"email": people["fr"].email})
    client.post("/fr/accounts/password/reset/", {"email": people["en"].email})

    in_french, in_english = to(mailoutbox, people["fr"].email), to(mailoutbox, people["en"].email)
    assert in_french.subject.startswith("[Portail de connaissances du REC] ")
    assert "réinitialisation de mot de passe" in in_french.subject
    assert_links_under(in_french, "/fr/accounts/password/reset/key/")
    assert in_english.subject.startswith("[CEN Knowledge Portal] ") and "Password Reset" in in_english.subject
    assert_links_under(in_english, "/en/accounts/password/reset/key/")


# Corrections ----------------------------------------------------------------------------------


@pytest.fixture
def item(sections):
    return CaseStudyPageFactory(parent=sections["case_studies"], title="Kiosques de vote")


def suggest(item, user, language):
    from django.contrib.auth.models import AnonymousUser

    data = {"explanation": "L’année est fausse.", "email": "lecteur@example.org"}
    with translation.override(language):
        return corrections.suggest(data=data, user=user or AnonymousUser(), page=item)


def test_a_suggester_without_an_account_hears_back_in_the_language_they_wrote_in(item, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    correction = suggest(item, None, "fr")
    assert to(mailoutbox, "secretariat@cen.example.org").subject == "Suggested correction: Kiosques de vote"
    mailoutbox.clear()
    corrections.accept(correction, decided_by=secretariat_user())
    accepted = to(mailoutbox, "lecteur@example.org")
    assert accepted.subject == "Merci\u00a0: votre correction a été acceptée"
    assert "le contenu sera mis à jour" in accepted.body


def test_a_member_hears_back_in_their_own_language_wherever_they_wrote(item, mailoutbox):
    suggester = member()  # English, writing from a French page
    correction = suggest(item, suggester, "fr")
    mailoutbox.clear()
    corrections.decline(correction, decided_by=secretariat_user(), reason="The year is right.")
    declined = to(mailoutbox, suggester.email)
    assert declined.subject == "Your suggested correction"
    assert "decided not to make it" in declined.body


# Shared practice, reviews and search gaps ------------------------------------------------------


def test_a_sharer_hears_in_their_language_that_their_practice_is_returned_or_published(item, mailoutbox):
    sharer = french(member(user__first_name="Aline"))
    PracticeSubmission.objects.create(page=item, submitter=sharer)
    tell_submitter_returned(item, "Quelle année ?")
    returned = to(mailoutbox, sharer.email)
    assert returned.subject == "Le Secrétariat a des questions sur «\u00a0Kiosques de vote\u00a0»"
    assert returned.body.startswith("Bonjour Aline,") and "Quelle année ?" in returned.body
    assert_links_under(returned, "/fr/share-your-practice/")
    mailoutbox.clear()
    tell_submitter_published(item)
    published = to(mailoutbox, sharer.email)
    assert published.subject == "Votre pratique est publiée\u00a0: Kiosques de vote"
    assert "peuvent désormais la consulter" in published.body


def test_review_reminders_go_to_each_secretariat_member_in_their_language(item, mailoutbox):
    item.next_review = timezone.localdate() - datetime.timedelta(days=3)
    item.save()
    in_french, in_english = french(secretariat_user()), secretariat_user()
    assert send_review_reminders.call() == 2
    assert to(mailoutbox, in_french.email).subject == "1 contenu à soumettre au bilan des enseignements tirés"
    assert to(mailoutbox, in_english.email).subject == "1 item due for a lessons-learned review"
    assert "Kiosques de vote (échéance le" in to(mailoutbox, in_french.email).body


def test_the_weekly_search_gaps_follow_secretariat_language(mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    settings.SECRETARIAT_LANGUAGE = "fr"
    send_weekly_search_gaps.call()
    message = to(mailoutbox, "secretariat@cen.example.org")
    assert message.subject == "Les recherches de la semaine qui n’ont rien trouvé"
    assert "Aucune\u00a0: chaque recherche a trouvé quelque chose." in message.body
    assert "Le rapport complet" in message.body
