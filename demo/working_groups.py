"""Demo content: the CEN working groups named in the guide, their meetings and three reports.

Only one meeting here is a matter of record: the Working Group on New Media met in Suva, Fiji,
on 2-3 December 2015. Every other meeting is marked "illustrative": True. The membership lists
("participating_embs") are demonstration data, not records of who attended. The report texts
(including the PDF texts) are written for the demo; the Suva report is a portal summary, not
the official report of that meeting.

PDF texts use Latin-1 characters only (plain ASCII quotes and hyphens), because the PDF maker
uses a core font.
"""

from demo.datafiles import read

DATA = read("working_groups")

WORKING_GROUPS = DATA["WORKING_GROUPS"]


REPORTS = DATA["REPORTS"]


# One distinctive phrase per PDF that appears nowhere else in the demo content, so that a search
# test can prove that text extracted from PDFs is indexed.
PDF_ONLY_PHRASES = DATA["PDF_ONLY_PHRASES"]
