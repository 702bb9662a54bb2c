"""The Secretariat's service dashboard: open questions against their targets, and how the
service did over the last twelve months, all in working days."""

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass

from django.db.models import Min
from django.utils import timezone

from cen_portal import workingdays
from cen_portal.spreadsheets import csv_writer

from .models import Answer, Holiday, Question

PERIOD = datetime.timedelta(days=365)


@dataclass
class Row:
    question: Question
    age: int
    target: int

    @property
    def overdue(self):
        return self.age > self.target

    @property
    def emb(self):
        profile = getattr(self.question.asker, "profile", None)
        return profile.emb if profile else None


def open_rows(on=None):
    """Every open question with its age and target, overdue ones first, the most overdue at the top."""
    on = on or workingdays.today()
    closed_days = Holiday.closed_days()
    rows = []
    for question in Question.objects.filter(stage__in=Question.OPEN_STAGES).select_related("asker__profile__emb"):
        asked = workingdays.as_date(question.created_at)
        age = workingdays.working_days_between(asked, on, closed_days)
        if question.stage in (Question.Stage.ASKED, Question.Stage.CLARIFY):
            target = question.target()
        else:
            target = workingdays.working_days_between(asked, question.deadline, closed_days)
        rows.append(Row(question, age, target))
    rows.sort(key=lambda row: (not row.overdue, row.target - row.age, row.question.created_at))
    return rows


def queue(on=None):
    """The open questions by stage, in the order the Secretariat acts on them, each stage's
    overdue ones first: [(stage label, rows)], empty stages included so the queue reads the same
    every day."""
    rows = open_rows(on)
    return [
        (Question.Stage(stage).label, [row for row in rows if row.question.stage == stage])
        for stage in Question.OPEN_STAGES
    ]


def median(values):
    return statistics.median(values) if values else None


def figures(on=None):
    """The last twelve months: medians in working days, share on time, ratings, who gives and who asks."""
    since = timezone.now() - PERIOD
    closed_days = Holiday.closed_days()
    questions = list(
        Question.objects.filter(created_at__gte=since)
        .exclude(stage=Question.Stage.MERGED)
        .annotate(first_answer_at=Min("answers__created_at"))
    )

    def days(question, moment):
        return workingdays.working_days_between(
            workingdays.as_date(question.created_at), workingdays.as_date(moment), closed_days
        )

    closed = [q for q in questions if q.stage == Question.Stage.CLOSED and q.closed_at]
    ratings = [q.usefulness for q in questions if q.usefulness]
    answers = Answer.objects.filter(created_at__gte=since).select_related("author__profile__emb__country__region")
    asked_by_emb = Counter(
        str(q.asker.profile.emb)
        for q in Question.objects.filter(created_at__gte=since).select_related("asker__profile__emb")
        if hasattr(q.asker, "profile")
    )
    answers_by_emb, answers_by_region = Counter(), Counter()
    for answer in answers:
        profile = getattr(answer.author, "profile", None)
        if profile is not None:
            answers_by_emb[str(profile.emb)] += 1
            answers_by_region[str(profile.emb.country.region)] += 1
    embs = sorted(set(asked_by_emb) | set(answers_by_emb))
    return {
        "questions": len(questions),
        "median_to_triage": median([days(q, q.triaged_at) for q in questions if q.triaged_at]),
        "median_to_first_answer": median([days(q, q.first_answer_at) for q in questions if q.first_answer_at]),
        "median_to_reply": median([days(q, q.closed_at) for q in closed]),
        "closed": len(closed),
        "on_time": sum(1 for q in closed if workingdays.as_date(q.closed_at) <= q.deadline),
        "ratings": len(ratings),
        "mean_rating": round(statistics.mean(ratings), 1) if ratings else None,
        "rating_counts": [(score, ratings.count(score)) for score in range(1, 6)],
        "by_emb": [(emb, asked_by_emb[emb], answers_by_emb[emb]) for emb in embs],
        "by_region": sorted(answers_by_region.items()),
    }


CSV_HEADER = [
    "question",
    "stage",
    "asker's EMB",
    "asked",
    "deadline",
    "age (working days)",
    "target (working days)",
    "overdue",
]


def write_csv(rows, out):
    writer = csv_writer(out)
    writer.writerow(CSV_HEADER)
    for row in rows:
        question = row.question
        writer.writerow(
            [
                question.title,
                question.get_stage_display(),
                str(row.emb or ""),
                workingdays.as_date(question.created_at).isoformat(),
                question.deadline.isoformat(),
                row.age,
                row.target,
                "yes" if row.overdue else "no",
            ]
        )
