"""Demo content: illustrative case studies of new media practice by Commonwealth EMBs.

Every study here is an invented teaching scenario set at a real election management body.
Names of institutions and elections are real; the incidents, figures, quotations and outcomes
are not claims of fact. The loader flags every study as illustrative.

The studies are in demo/data/case_studies.yaml. Body blocks are [kind, value] pairs, in order:
  [paragraph, text] | [heading, text] | [quote, {text, attribution}]
  | [lesson, {title, text}] | [outcome, {indicator, result}] | [sources, [{title, url}]]
"""

from demo.datafiles import read

CASE_STUDIES = read("case_studies")["CASE_STUDIES"]
