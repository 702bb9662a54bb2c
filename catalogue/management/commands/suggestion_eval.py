from django.core.management.base import BaseCommand, CommandError

from catalogue.evaluation import COLUMNS, TARGETS, evaluate


class Command(BaseCommand):
    help = (
        "Measure the import's suggested tags on the items already tagged, each held out in turn: "
        "precision and recall of what is ticked (at most 3 principles and 3 areas) per column."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail when a target is not met.")

    def handle(self, *args, **options):
        scores, (kinds_right, kinds_total), (languages_right, languages_total), held_out = evaluate()
        self.stdout.write(f"Held out in turn: {held_out} tagged items\n")
        self.stdout.write(f"{'column':<16}{'items':>7}{'ticked':>8}{'precision':>11}{'recall':>8}  target")
        missed = []
        for column in COLUMNS:
            score = scores[column]
            target = ", ".join(f"{measure} ≥ {value}" for measure, value in TARGETS[column].items())
            verdict = "met" if score.meets_targets() else "NOT MET"
            if not score.meets_targets():
                missed.append(column)
            self.stdout.write(
                f"{column:<16}{score.items:>7}{score.ticked:>8}{score.precision:>11.2f}{score.recall:>8.2f}"
                f"  {target}: {verdict}"
            )
        self.stdout.write(f"kind (first suggestion): {kinds_right} of {kinds_total}")
        self.stdout.write(f"language: {languages_right} of {languages_total} items (English and French)")
        if options["check"] and missed:
            raise CommandError(f"Targets not met: {', '.join(missed)}")
