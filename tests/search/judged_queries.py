"""Judged queries over the demo content: (query, [identifiers that must appear in the top 5]).

Identifiers are case-study and report slugs, instrument slugs, "instrument-slug/provision-slug"
for provisions and "area:<number>" for good-practice areas. Each judgement lists only items that
clearly answer the query, so other relevant items may also rank in the top 5.
"""

JUDGED_QUERIES = [
    # The core "how did other EMBs handle it?" question: the hijacked-page study is about exactly this.
    ("hacked social media account", ["hijacked-facebook-page-recovery-trinidad-tobago"]),
    # Synonym EMB -> election management body: the study spells out "election management body" and never says "EMB".
    ("EMB hijacked account vendor", ["hijacked-facebook-page-recovery-trinidad-tobago"]),
    # Youth turnout appears in the South Africa study's summary and outcome.
    ("youth turnout", ["first-time-voters-own-platforms-south-africa"]),
    # Both the South Africa study and the voter education report are about first-time voters.
    ("first-time voters", ["first-time-voters-own-platforms-south-africa", "voter-education-first-time-voters-report"]),
    # Synonym election management body -> EMB: the Malawi study says "EMB".
    ("election management body code of conduct", ["staff-social-media-code-of-conduct-malawi"]),
    # Codes of conduct for polling officials: the Malawi study and the guide's section 3.7.
    ("code of conduct for polling officials", ["staff-social-media-code-of-conduct-malawi", "area:3.7"]),
    # Personal accounts of polling officials are the subject of the Malawi code of conduct.
    ("polling officials personal social media posts", ["staff-social-media-code-of-conduct-malawi"]),
    # Typo for "misinformation": the Sierra Leone study has the word in its title and summary.
    ("misinformaton", ["election-day-misinformation-calls-for-peace-sierra-leone"]),
    # Post-conflict rumours and calls for peace: the Sierra Leone study and the guide's section 3.6.
    ("calls for peace post-conflict rumours", ["election-day-misinformation-calls-for-peace-sierra-leone", "area:3.6"]),
    # Country name: only one item is about Sierra Leone.
    ("Sierra Leone", ["election-day-misinformation-calls-for-peace-sierra-leone"]),
    # Country name: the Caribbean exchange includes the Jamaican commission; the voter education report is set in Kingston, Jamaica.
    ("Jamaica", ["caribbean-peer-exchange-platform-choice", "voter-education-first-time-voters-report"]),
    # Low-bandwidth SMS outreach to rural voters is the Zambia study.
    ("SMS text messages rural voters low bandwidth", ["sms-text-messages-rural-voters-zambia"]),
    # Audio website for blind and visually impaired voters is the India study.
    ("accessible website audio visually impaired voters", ["audio-accessible-website-visually-impaired-india"]),
    # Sign language and multilingual content is the New Zealand study.
    ("sign language multilingual", ["sign-language-multilingual-voter-information-new-zealand"]),
    # After-election review: the Fiji study and the guide's section 3.10.
    ("lessons learned review after the election", ["lessons-learned-review-social-media-fiji", "area:3.10"]),
    # A dedicated team with escalation rules is the Kenya study.
    ("dedicated social media team escalation", ["dedicated-social-media-team-escalation-kenya"]),
    # Synonym new media -> social media: the Kenya study says "social media" throughout (only its cited guide title says "new media").
    ("new media desk escalation matrix", ["dedicated-social-media-team-escalation-kenya"]),
    # Faith-based partners amplifying messages is the Ghana study.
    ("faith-based organisations churches mosques", ["faith-based-civil-society-partners-ghana"]),
    # Exit polls during the campaign-silence period is the Sri Lanka study.
    ("exit polls campaign silence period", ["exit-polls-campaign-silence-sri-lanka"]),
    # Consultation before adopting a strategy is the Pakistan study.
    (
        "consult stakeholders before adopting new media strategy",
        ["stakeholder-consultation-new-media-strategy-pakistan"],
    ),
    # Women's participation and gender-aware messaging: the Bangladesh study and Charter Principle XII.
    (
        "women's participation gender equality",
        ["gender-aware-messaging-women-voters-bangladesh", "commonwealth-charter/principle-xii"],
    ),
    # Two-factor authentication and phishing drills are the Australia study.
    ("two-factor authentication phishing", ["two-factor-authentication-phishing-drills-australia"]),
    # Typo for "phishing".
    ("phising drills", ["two-factor-authentication-phishing-drills-australia"]),
    # Passwords and limited administrators: the guide's section 3.9 and the Australia study.
    ("password security limited administrators", ["area:3.9", "two-factor-authentication-phishing-drills-australia"]),
    # Vendor terms and platform choice were compared in the Caribbean exchange.
    ("Caribbean peer exchange platform vendor terms", ["caribbean-peer-exchange-platform-choice"]),
    # Consistent messaging in a by-election is the Canada study.
    ("by-election consistent messages", ["by-election-consistent-messaging-canada"]),
    # The pencils rumour is the United Kingdom study.
    ("pencils polling booth rumour", ["pencils-polling-booth-rumour-united-kingdom"]),
    # Conflict-affected areas and displaced voters are the Nigeria study.
    ("conflict-affected states displaced voters", ["conflict-affected-states-posting-rules-nigeria"]),
    # Freedom of expression: Charter Principle V and UDHR Article 19 are both titled with it.
    ("freedom of expression", ["commonwealth-charter/principle-v", "udhr/article-19"]),
    # The right to vote in genuine periodic elections: ICCPR Article 25 and UDHR Article 21.
    ("right to vote genuine periodic elections", ["iccpr/article-25", "udhr/article-21"]),
    # Voter education and registration campaigns are the subject of General Comment 25, paragraph 11.
    ("voter education and registration campaigns informed community", ["general-comment-25/paragraph-11"]),
    # The role of civil society is Charter Principle XVI.
    ("Commonwealth Charter role of civil society", ["commonwealth-charter/principle-xvi"]),
    # The Suva meeting of December 2015 is the New Media working group's report.
    ("Suva new media working group 2015", ["new-media-suva-2015-report"]),
    # Publishing results online is the vote counting report.
    ("publishing results online tally centre", ["vote-counting-results-online-report"]),
    # PDF-only phrase (see working_groups.PDF_ONLY_PHRASES): appears only inside the Suva report's PDF.
    ("traffic-light rumour ledger", ["new-media-suva-2015-report"]),
    # Part of a PDF-only phrase: "ledger" occurs nowhere but the Suva report's PDF.
    ("rumour ledger", ["new-media-suva-2015-report"]),
    # PDF-only phrase inside the voter education report's PDF.
    ("pocket ballot rehearsal card", ["voter-education-first-time-voters-report"]),
    # PDF-only phrase inside the vote counting report's PDF.
    ("two-signature tally photograph protocol", ["vote-counting-results-online-report"]),
]
