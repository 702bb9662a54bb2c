"""Demo content: illustrative case studies of new media practice by Commonwealth EMBs.

Every study here is an invented teaching scenario set at a real election management body.
Names of institutions and elections are real; the incidents, figures, quotations and outcomes
are not claims of fact. The loader flags every study as illustrative.

Body blocks are tuples, in order:
  ("paragraph", text) | ("heading", text) | ("quote", {"text", "attribution"})
  | ("lesson", {"title", "text"}) | ("outcome", {"indicator", "result"})
  | ("sources", [{"title", "url"}])
"""

GUIDE = (
    "Commonwealth Secretariat (2016), New Media and the Conduct of Elections, CEN Guides on Good Electoral Practices"
)


def _guide(sections):
    return {"title": f"{GUIDE}, {sections}", "url": ""}


CASE_STUDIES = [
    # 1 ------------------------------------------------------------------
    {
        "slug": "hijacked-facebook-page-recovery-trinidad-tobago",
        "title": "Recovering a hijacked official Facebook page with the platform vendor",
        "countries": ["TT"],
        "emb": "ebc-tt",
        "year": 2019,
        "election_type": "local",
        "context": "stable",
        "summary": (
            "Teaching scenario: days before local polls, an election management body's Facebook "
            "page is hacked and used to post false polling hours. How it regained the account "
            "through the platform vendor and limited the damage."
        ),
        "principles": ["appropriate-use", "responsive", "partnership", "capacity"],
        "practice_areas": ["3.2", "3.9"],
        "body": [
            (
                "paragraph",
                "This illustrative teaching scenario is set at the Elections and Boundaries "
                "Commission during a local government election. The incident and figures are "
                "invented to show good practice; they do not describe a real event.",
            ),
            ("heading", "What happened"),
            (
                "paragraph",
                "Early on a Saturday, four days before polling, a duty officer noticed that the "
                "Commission's Facebook page had announced shortened polling hours and told voters "
                "in two districts to vote a day late. An administrator had entered a password on a "
                "convincing fake login page the evening before. The attacker then removed the "
                "other administrators, so the election management body was locked out of its own "
                "social media account.",
            ),
            (
                "paragraph",
                "Months earlier the Commission had registered the page through the platform's "
                "support channel for government and electoral bodies and written the vendor's "
                "escalation contacts into its contingency plan. The communications manager filed "
                "an urgent recovery request within twenty minutes, citing the threat to the poll.",
            ),
            (
                "paragraph",
                "While the request was pending, the Commission posted a correction on its website, "
                "its other social media accounts and its SMS list, stating that the page had been "
                "compromised and that polling hours were unchanged. Radio stations and newspapers "
                "repeated the notice. The vendor restored access about five hours later; the false "
                "posts were removed and a pinned explanation was added.",
            ),
            (
                "quote",
                {
                    "text": "The worst part was watching the false post travel while we could not "
                    "touch it. What saved us was having the vendor's escalation route on "
                    "paper before we ever needed it.",
                    "attribution": "Communications manager",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Time from detection to restored control of the hijacked page",
                    "result": "about five hours; no presiding officer reported voters turning up on the wrong day",
                },
            ),
            (
                "lesson",
                {
                    "title": "Know the vendor's recovery route before polling day",
                    "text": "Find out in advance how quickly a platform can return a hacked "
                    "account, register official pages with its support channel, keep the "
                    "contacts in the contingency plan, and prepare a ready-to-publish "
                    "'account compromised' statement for every other channel.",
                },
            ),
            (
                "lesson",
                {
                    "title": "One stolen password should not be enough",
                    "text": "Two-factor authentication for every administrator would have stopped "
                    "this attack. After the incident the Commission enforced it and cut "
                    "the number of administrators to three.",
                },
            ),
            ("sources", [_guide("sections 3.2 and 3.9")]),
        ],
    },
    # 2 ------------------------------------------------------------------
    {
        "slug": "first-time-voters-own-platforms-south-africa",
        "title": "Meeting first-time voters on their own platforms",
        "countries": ["ZA"],
        "emb": "iec-za",
        "year": 2019,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative example of an electoral commission lifting youth registration and "
            "turnout by working with young creators on the video and messaging platforms that "
            "first-time voters already use."
        ),
        "principles": ["engaged", "informative", "accessible", "partnership"],
        "practice_areas": ["3.8", "3.4"],
        "body": [
            (
                "paragraph",
                "This teaching example imagines how the Electoral Commission of South Africa might "
                "tackle low registration among voters aged 18 and 19 before a national and "
                "provincial election. Details and results are illustrative.",
            ),
            (
                "paragraph",
                "Focus groups told the Commission that its adverts sounded like a government "
                "notice and appeared in places young people never looked. Many first-time voters "
                "were not hostile to voting; they simply did not know when registration weekend "
                "was or which documents to take.",
            ),
            ("heading", "Going where young voters already are"),
            (
                "paragraph",
                "The Commission recruited a panel of twelve students from universities and TVET "
                "colleges to co-write its youth content. Together they produced thirty-second "
                "videos, voice notes in several official languages and a chatbot on a popular "
                "messaging app that answered 'where do I register?' from a voter's location. The "
                "tone was light and the humour was theirs, but every message was checked for "
                "accuracy and linked to the Commission's website.",
            ),
            (
                "paragraph",
                "Campus activations on registration weekend were promoted by student societies "
                "and by young creators with large local followings, who agreed to share the "
                "Commission's material unchanged and without party branding.",
            ),
            (
                "quote",
                {
                    "text": "We stopped asking young people to visit our page and started turning up on theirs.",
                    "attribution": "Youth outreach coordinator",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Registered voters aged 18-19 as a share of the eligible age group",
                    "result": "rose from about 15% to 19% between the first and second registration weekends",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Youth turnout in districts with campus activations",
                    "result": "roughly six percentage points above comparable districts without them",
                },
            ),
            (
                "lesson",
                {
                    "title": "Let young people co-write the message",
                    "text": "Content designed with first-time voters was shared far more than "
                    "content designed for them. Keep the facts fixed and let the format, "
                    "language and humour belong to the audience.",
                },
            ),
            ("sources", [_guide("sections 2 and 3.8")]),
        ],
    },
    # 3 ------------------------------------------------------------------
    {
        "slug": "election-day-misinformation-calls-for-peace-sierra-leone",
        "title": "Countering election-day misinformation and calling for peace after conflict",
        "countries": ["SL"],
        "emb": "ecsl",
        "year": 2018,
        "election_type": "presidential",
        "context": "post-conflict",
        "summary": (
            "Teaching example: in a post-conflict presidential election, rumours of stuffed "
            "ballot boxes and violence spread through messaging apps. The EMB answered each "
            "wave of misinformation within the hour and amplified calls for peace with "
            "religious leaders."
        ),
        "principles": ["responsive", "appropriate-use", "partnership", "engaged", "informative"],
        "practice_areas": ["3.6", "3.4"],
        "body": [
            (
                "paragraph",
                "This illustrative scenario is set at Sierra Leone's electoral commission, then "
                "called the National Electoral Commission and now the Electoral Commission for "
                "Sierra Leone. The events described are a teaching device, not a record.",
            ),
            ("heading", "Planning for tension"),
            (
                "paragraph",
                "In a country where many voters remember civil war, the EMB's new media strategy "
                "had a section on conflict. It fixed a calm, factual tone, committed the "
                "Commission to an update at least every hour on polling day, and set out template "
                "rebuttals, cleared in advance by the legal team, for the rumours seen at earlier "
                "elections.",
            ),
            ("heading", "Polling day"),
            (
                "paragraph",
                "By mid-morning a voice note claiming that ballot boxes had arrived pre-filled in "
                "one district was circulating on WhatsApp, followed by rumours of clashes near a "
                "tally centre. The duty team checked each claim with the district returning "
                "officer. Within forty minutes the Commission posted photographs of empty boxes "
                "being sealed in front of party agents at opening, and later confirmed with police "
                "that no clashes had occurred.",
            ),
            (
                "paragraph",
                "Alongside the corrections, the Commission shared short messages recorded by "
                "imams, pastors and youth leaders asking supporters of all parties to stay calm "
                "and to wait for official results. Each linked to the Commission's website and to "
                "the complaints procedure.",
            ),
            (
                "quote",
                {
                    "text": "Where people remember war, silence from the election authority is read "
                    "as confirmation of the worst rumour.",
                    "attribution": "Head of public outreach",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Median time from a rumour first being logged to the public response",
                    "result": "about 40 minutes across polling day and the first night of counting",
                },
            ),
            (
                "lesson",
                {
                    "title": "Decide the tone before the tension",
                    "text": "Agreeing the tone, posting frequency and rebuttal templates in advance "
                    "let the team respond to misinformation within minutes instead of "
                    "waiting for clearance while rumours spread.",
                },
            ),
            ("sources", [_guide("section 3.6")]),
        ],
    },
    # 4 ------------------------------------------------------------------
    {
        "slug": "staff-social-media-code-of-conduct-malawi",
        "title": "A social media code of conduct for staff and polling officials",
        "countries": ["MW"],
        "emb": "mec",
        "year": 2019,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative case of an EMB writing a code of conduct on personal social media use "
            "for permanent staff and temporary polling officials, and making agreement to it a "
            "condition of appointment."
        ),
        "principles": ["appropriate-use", "consultative", "capacity"],
        "practice_areas": ["3.7", "3.3"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines the Malawi Electoral Commission preparing for "
                "tripartite elections, in which voters choose a president, members of parliament "
                "and local councillors on the same day. The incident and figures are invented.",
            ),
            ("heading", "The trigger"),
            (
                "paragraph",
                "At a by-election the year before, a polling official photographed the result "
                "sheet at her station and posted it on her personal Facebook account with a "
                "comment about the winning party. The figures were correct, but the post appeared "
                "hours before the official announcement and was taken as a sign that the EMB "
                "favoured one side.",
            ),
            ("heading", "Writing the code"),
            (
                "paragraph",
                "The Commission drafted a one-page code of conduct and consulted staff "
                "representatives, its legal adviser, the teachers' union (most polling staff are "
                "teachers) and party liaison committees. The final text says that staff and "
                "polling officials must not post election material, results or photographs of "
                "ballots on personal accounts; must not share or endorse partisan content during "
                "the election period; should refer media questions to the Commission; and should "
                "report online harassment rather than reply.",
            ),
            (
                "paragraph",
                "Agreement to the code was written into every appointment letter, and a "
                "twenty-minute module with real-looking examples was added to polling staff "
                "training.",
            ),
            (
                "quote",
                {
                    "text": "Most of our polling staff had never thought of a Facebook post as an "
                    "official statement. Once they saw the examples, they understood.",
                    "attribution": "Training officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Complaints about partisan social media posts by election staff",
                    "result": "fell from 23 at the previous general election to 4",
                },
            ),
            (
                "lesson",
                {
                    "title": "Put the code in the appointment letter",
                    "text": "A code that staff sign as part of their terms of appointment, and "
                    "practise in training, carries more weight than a circular issued after "
                    "a problem.",
                },
            ),
            ("sources", [_guide("section 3.7")]),
        ],
    },
    # 5 ------------------------------------------------------------------
    {
        "slug": "sms-text-messages-rural-voters-zambia",
        "title": "Text messages for rural voters where bandwidth is scarce",
        "countries": ["ZM"],
        "emb": "ecz",
        "year": 2021,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Teaching scenario: an electoral commission found that rural voters could not load "
            "its website or social media pages, so it built a free SMS polling-station look-up "
            "and reminder service that works on basic phones."
        ),
        "principles": ["accessible", "informative", "capacity", "partnership"],
        "practice_areas": ["3.1", "3.4"],
        "body": [
            (
                "paragraph",
                "This illustrative example is set at the Electoral Commission of Zambia before a "
                "general election. It is a teaching case; the figures are invented.",
            ),
            ("heading", "Assessing demand first"),
            (
                "paragraph",
                "Before expanding its new media work, the Commission commissioned a short survey "
                "of how voters received information. In the cities most respondents used "
                "smartphones and social media daily. In several rural provinces, however, most "
                "households had basic handsets, signal was patchy and mobile data was expensive, "
                "so pages heavy with images and video simply did not load.",
            ),
            ("heading", "Designing for low bandwidth"),
            (
                "paragraph",
                "The Commission agreed with the mobile network operators a free short code. A voter "
                "texts their voter card number and receives the name of their polling station and "
                "its opening hours in one message. Reminders about inspection of the register and "
                "polling day went to subscribers in English and several local languages, each "
                "under 160 characters.",
            ),
            (
                "paragraph",
                "Because networks can fail, the plan included a fallback: community radio "
                "announcements and printed notices at chiefs' palaces, clinics and markets carried "
                "the same information, and ward officials held printed lists of polling stations.",
            ),
            (
                "quote",
                {
                    "text": "A beautiful website means nothing to a farmer with a basic handset and one bar of signal.",
                    "attribution": "ICT manager",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Polling-station look-ups completed by text message in the final fortnight",
                    "result": "more than 600,000, about two-thirds of them from rural districts",
                },
            ),
            (
                "lesson",
                {
                    "title": "Choose the channel after you know the audience",
                    "text": "National figures for internet use hid the rural reality. Measuring "
                    "demand and connectivity first led the Commission to SMS, which reached "
                    "voters its social media could not.",
                },
            ),
            ("sources", [_guide("sections 3.1 and 3.4")]),
        ],
    },
    # 6 ------------------------------------------------------------------
    {
        "slug": "audio-accessible-website-visually-impaired-india",
        "title": "An accessible website with audio for visually impaired voters",
        "countries": ["IN"],
        "emb": "eci",
        "year": 2024,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative example of an election commission rebuilding its voter information "
            "website and app with screen-reader support and audio responses, so that blind and "
            "visually impaired voters could check their details independently."
        ),
        "principles": ["accessible", "informative", "consultative", "partnership"],
        "practice_areas": ["3.8", "3.5"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines the Election Commission of India improving its "
                "online services for voters with visual impairments before a general election. "
                "The steps and figures are illustrative.",
            ),
            ("heading", "Listening before building"),
            (
                "paragraph",
                "The Commission invited organisations of blind and partially sighted people to "
                "test the existing voter portal. Testers found unlabelled buttons, image-only "
                "notices and a captcha that screen readers could not handle, so most needed a "
                "relative to check their entry on the electoral roll.",
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "The rebuilt website and app were audited against the Web Content Accessibility "
                "Guidelines. Every key page gained an audio version in Hindi, English and several "
                "regional languages, and voters could search the roll and hear their polling "
                "station details read aloud. An audio captcha replaced the image-only check, and "
                "text was made resizable with high-contrast colours.",
            ),
            (
                "paragraph",
                "The online changes were tied to the wider accessibility plan, so the website also "
                "explained the facilities available at polling stations, such as ramps, Braille "
                "ballot guides and assistance from a companion.",
            ),
            (
                "quote",
                {
                    "text": "For the first time I checked my own name on the roll without asking my "
                    "nephew to read the screen.",
                    "attribution": "Voter with a visual impairment, at a user-testing session",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Accessibility errors on the ten most-used pages",
                    "result": "reduced from about 140 to 6 before launch; audio pages were played "
                    "around 90,000 times during the campaign",
                },
            ),
            (
                "lesson",
                {
                    "title": "Test with the people you are designing for",
                    "text": "Automated checkers found the obvious faults, but disabled users found "
                    "the ones that mattered. Involve them from the first prototype, not "
                    "after launch.",
                },
            ),
            (
                "sources",
                [
                    _guide("section 3.8"),
                    {
                        "title": "W3C, Web Content Accessibility Guidelines (WCAG) 2.2",
                        "url": "https://www.w3.org/TR/WCAG22/",
                    },
                ],
            ),
        ],
    },
    # 7 ------------------------------------------------------------------
    {
        "slug": "sign-language-multilingual-voter-information-new-zealand",
        "title": "Sign language and multilingual voter information",
        "countries": ["NZ"],
        "emb": "ec-nz",
        "year": 2020,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Teaching scenario: an electoral commission produced New Zealand Sign Language "
            "videos, te reo Māori content and guides in many community languages, and shared "
            "them through community partners as well as its own channels."
        ),
        "principles": ["accessible", "informative", "partnership", "engaged"],
        "practice_areas": ["3.8", "3.5"],
        "body": [
            (
                "paragraph",
                "This illustrative case imagines how New Zealand's Electoral Commission might plan "
                "inclusive voter information for a general election held alongside two "
                "referendums. The numbers are invented.",
            ),
            ("heading", "Starting from the languages people use"),
            (
                "paragraph",
                "Census data showed dozens of languages spoken at home, and Deaf community "
                "advisers pointed out that captions do not serve people whose first language is "
                "sign. The Commission therefore treated New Zealand Sign Language, one of the "
                "country's official languages, and te reo Māori as core channels rather than "
                "extras.",
            ),
            ("heading", "What was produced"),
            (
                "paragraph",
                "Deaf presenters recorded a series of short NZSL videos covering each step, from "
                "enrolling to casting a vote and what happens at the count. Te reo Māori versions "
                "of all key messages appeared on the website and social media on the same day as "
                "the English ones. Printed and online guides were translated into more than twenty "
                "community languages, including Samoan, Tongan, Hindi and Simplified Chinese.",
            ),
            (
                "paragraph",
                "Community organisations, churches and ethnic media shared the material with "
                "their own audiences, and the Commission answered questions in several languages "
                "on its pages.",
            ),
            (
                "quote",
                {
                    "text": "Captions are not enough for many Deaf voters. Their first language is "
                    "sign, so that is where the message has to start.",
                    "attribution": "Accessibility adviser",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Views of NZSL enrolment and voting videos",
                    "result": "about 45,000 over the campaign, with the highest engagement on the "
                    "referendum explainers",
                },
            ),
            (
                "lesson",
                {
                    "title": "Translate the whole journey, not just the headline",
                    "text": "Voters needed every step in their language, from enrolment to "
                    "results. Publishing all versions at the same time also showed that "
                    "they were equal, not afterthoughts.",
                },
            ),
            (
                "sources",
                [
                    _guide("section 3.8"),
                    {"title": "UN Human Rights Committee, General Comment 25 (1996), paragraph 12", "url": ""},
                ],
            ),
        ],
    },
    # 8 ------------------------------------------------------------------
    {
        "slug": "lessons-learned-review-social-media-fiji",
        "title": "A lessons-learned review of social media after a general election",
        "countries": ["FJ"],
        "emb": "feo",
        "year": 2018,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative account of an elections office reviewing its new media strategy after "
            "polling: measuring results against the goals it had set, surveying stakeholders "
            "and staff, and publishing the changes it would make."
        ),
        "principles": ["responsive", "consultative", "appropriate-use", "capacity"],
        "practice_areas": ["3.10", "3.1"],
        "body": [
            (
                "paragraph",
                "This teaching scenario is set at the Fijian Elections Office after a general "
                "election. The review it describes is invented to illustrate good practice.",
            ),
            ("heading", "A review planned from the start"),
            (
                "paragraph",
                "When the Office wrote its new media strategy it also fixed the indicators it "
                "would use afterwards: how quickly public questions were answered, how many voters "
                "saw key messages and how many enquiries were resolved online rather than by "
                "phone. Six weeks after polling day it set aside two days for the review.",
            ),
            ("heading", "What the review found"),
            (
                "paragraph",
                "The data showed good daytime performance but a backlog of unanswered questions "
                "at night and at weekends. A survey of parties, observers and civil society "
                "organisations praised the results updates but found some posts too legalistic. "
                "Staff reported that fake pages imitating the Office had appeared and were "
                "reported to the platform too late.",
            ),
            (
                "paragraph",
                "The Office published a short summary of findings and commitments: an evening and "
                "weekend roster, a plain-language style guide, verification of official pages and "
                "a daily search for impersonating accounts during the next election period.",
            ),
            (
                "quote",
                {
                    "text": "Because we wrote our goals down at the beginning, we could be honest "
                    "about where we fell short.",
                    "attribution": "Director of voter information",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Share of public queries on social media answered within 24 hours",
                    "result": "71% on average, dropping to 40% on the weekend before polling; the "
                    "review set a 90% target for the next election",
                },
            ),
            (
                "lesson",
                {
                    "title": "Schedule the review when you write the strategy",
                    "text": "A lessons-learned review is only as good as the baseline. Agree the "
                    "indicators and the review date before the election, and publish what "
                    "you will change.",
                },
            ),
            ("sources", [_guide("sections 3.1 and 3.10")]),
        ],
    },
    # 9 ------------------------------------------------------------------
    {
        "slug": "dedicated-social-media-team-escalation-kenya",
        "title": "A dedicated social media team with escalation rules",
        "countries": ["KE"],
        "emb": "iebc",
        "year": 2022,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Teaching scenario: an election management body set up a dedicated social media "
            "desk staffed in shifts, with a three-tier escalation matrix deciding which "
            "questions staff answer and which go to lawyers or commissioners."
        ),
        "principles": ["capacity", "responsive", "engaged", "appropriate-use"],
        "practice_areas": ["3.3", "3.7"],
        "body": [
            (
                "paragraph",
                "This illustrative example imagines the Independent Electoral and Boundaries "
                "Commission organising its online response for a general election. Figures and "
                "procedures are invented.",
            ),
            ("heading", "Why a dedicated team"),
            (
                "paragraph",
                "At the previous election three communications officers had tried to run every "
                "account alongside their press work. Thousands of questions went unanswered, and "
                "the silence itself became a story. For the next election the Commission created "
                "a social media desk of fourteen trained staff working in shifts from 6 a.m. to "
                "midnight during the campaign and round the clock on polling day.",
            ),
            ("heading", "The escalation matrix"),
            (
                "paragraph",
                "Tier 1 covers routine questions about registration, polling stations and "
                "identification; desk staff answer them from an approved library of replies. Tier "
                "2 covers complaints about a named official or a specific polling station; these "
                "are checked with the constituency returning officer and answered within an hour. "
                "Tier 3 covers allegations about results, threats of violence or legal questions; "
                "these go straight to the head of communications, the legal department and, where "
                "needed, a commissioner, with a target of two hours for a public response.",
            ),
            (
                "paragraph",
                "A moderation policy set out when abusive or hateful comments are hidden, when "
                "they are reported to the platform and when they are kept as evidence. Every "
                "decision was logged.",
            ),
            (
                "quote",
                {
                    "text": "The matrix meant a junior officer never had to guess whether she was "
                    "allowed to answer. She knew which tier it was and who owned it.",
                    "attribution": "Head of the social media desk",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Median response time to public queries on social media on polling day",
                    "result": "fell from about four hours at the previous election to 35 minutes",
                },
            ),
            (
                "lesson",
                {
                    "title": "Write down the triggers for escalation",
                    "text": "Senior managers cannot delegate everything, but they can decide in "
                    "advance which matters need them. Clear triggers kept routine answers "
                    "fast and sensitive ones properly authorised.",
                },
            ),
            ("sources", [_guide("sections 3.3 and 3.7")]),
        ],
    },
    # 10 -----------------------------------------------------------------
    {
        "slug": "faith-based-civil-society-partners-ghana",
        "title": "Amplifying voter information through faith-based and civil society partners",
        "countries": ["GH"],
        "emb": "ec-gh",
        "year": 2020,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative case of an electoral commission equipping churches, mosques and civil "
            "society organisations with ready-to-share message packs, reaching congregations "
            "and communities it rarely reached directly."
        ),
        "principles": ["partnership", "informative", "engaged", "consultative"],
        "practice_areas": ["3.5", "3.8"],
        "body": [
            (
                "paragraph",
                "This teaching scenario is set at the Electoral Commission of Ghana ahead of "
                "presidential and parliamentary elections. The partnership model is real practice "
                "in many EMBs; the details here are illustrative.",
            ),
            ("heading", "Why partners"),
            (
                "paragraph",
                "The Commission's own social media followers were mostly urban and young. Many "
                "older and rural voters, by contrast, heard about public matters at church, at the "
                "mosque or through community groups, and trusted those voices more than an "
                "official account.",
            ),
            ("heading", "The message packs"),
            (
                "paragraph",
                "After meeting Christian and Muslim councils and networks of women's, youth and "
                "disability organisations, the Commission sent focal persons a weekly pack: two or "
                "three images, a short audio clip in Twi, Ewe, Dagbani and Hausa, and a script for "
                "announcements after Friday prayers or Sunday services. Each item carried the "
                "Commission's logo and website address.",
            ),
            (
                "paragraph",
                "Partners agreed three rules: share the material unchanged, keep it free of party "
                "colours, and send questions they could not answer back to a named Commission "
                "officer. In the final fortnight the packs included peace messages recorded by "
                "senior clergy and imams.",
            ),
            (
                "quote",
                {
                    "text": "Our congregation will believe the date of the election when they hear it from the pulpit.",
                    "attribution": "Youth secretary of a partner church",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Partner organisations sharing the weekly message pack",
                    "result": "grew from 12 to 85 over ten weeks, with an estimated audience well "
                    "beyond the Commission's own followers",
                },
            ),
            (
                "lesson",
                {
                    "title": "Make it easy for partners to share accurately",
                    "text": "Ready-made, nonpartisan content in local languages, plus a named "
                    "contact for questions, turned goodwill into reach without losing "
                    "control of the message.",
                },
            ),
            (
                "sources",
                [
                    _guide("sections 2 and 3.5"),
                    {
                        "title": "Charter of the Commonwealth (2012), Principle XVI: The Role of Civil Society",
                        "url": "",
                    },
                ],
            ),
        ],
    },
    # 11 -----------------------------------------------------------------
    {
        "slug": "exit-polls-campaign-silence-sri-lanka",
        "title": "Exit polls and results speculation on social media during the campaign-silence period",
        "countries": ["LK"],
        "emb": "eclk",
        "year": 2019,
        "election_type": "presidential",
        "context": "stable",
        "summary": (
            "Teaching scenario: during the silence period before a presidential poll, pages run "
            "from abroad posted fake 'exit poll' results. The EMB relied on rapid clarification "
            "and platform reporting rather than new restrictions on speech."
        ),
        "principles": ["appropriate-use", "responsive", "partnership", "consultative"],
        "practice_areas": ["3.7", "3.2"],
        "body": [
            (
                "paragraph",
                "This illustrative example imagines the Election Commission of Sri Lanka dealing "
                "with online campaigning during the final days before a presidential election, "
                "when the law requires a pause in campaigning. The events are invented.",
            ),
            (
                "paragraph",
                "Two days before polling, sponsored posts began to appear showing 'exit poll' "
                "figures and predicted results for one candidate. The pages were anonymous and "
                "administered from outside the country, so the EMB had no practical way to take "
                "legal action during the campaign-silence period.",
            ),
            ("heading", "The response"),
            (
                "paragraph",
                "The Commission had met the main platforms before the campaign and agreed a "
                "channel for reporting content that breached electoral law. It reported the "
                "sponsored posts through that channel and, in parallel, published statements in "
                "Sinhala, Tamil and English explaining that no poll could be taken before voting "
                "and that any results circulating were invented.",
            ),
            (
                "paragraph",
                "Earlier in the campaign, parties had been invited to endorse a voluntary pledge "
                "on online conduct, including a promise not to share predicted results during the "
                "silence period. Party leaders were reminded of it publicly, and most complied.",
            ),
            (
                "paragraph",
                "After the election the Commission recommended a review of the law, but warned "
                "that broad new offences could restrict legitimate freedom of expression and "
                "would still be hard to enforce against content from abroad.",
            ),
            (
                "quote",
                {
                    "text": "We could not switch off the internet for two days, and we should not "
                    "want to. What we could do was make the truth easier to find than the "
                    "rumour.",
                    "attribution": "Director of communications",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Sponsored political posts reported to platforms during the silence period",
                    "result": "46 reported; 39 removed or restricted within 12 hours",
                },
            ),
            (
                "lesson",
                {
                    "title": "Explain the rule as well as enforcing it",
                    "text": "Voters who understood why exit polls are not published before the "
                    "close of voting were less likely to share them. Public explanation "
                    "reached further than takedown requests alone.",
                },
            ),
            ("sources", [_guide("sections 2, 3.2 and 3.7")]),
        ],
    },
    # 12 -----------------------------------------------------------------
    {
        "slug": "stakeholder-consultation-new-media-strategy-pakistan",
        "title": "Consulting stakeholders before adopting a new media strategy",
        "countries": ["PK"],
        "emb": "ecp",
        "year": 2017,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative example of an election commission that consulted parties, media, "
            "civil society, technology specialists and peer EMBs for four months before "
            "adopting its first new media strategy."
        ),
        "principles": ["consultative", "engaged", "capacity", "partnership"],
        "practice_areas": ["3.1", "3.4"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines the Election Commission of Pakistan preparing a "
                "new media strategy in the year before a general election. The process and "
                "figures are invented.",
            ),
            ("heading", "Consult before drafting"),
            (
                "paragraph",
                "Rather than circulate a finished strategy for comment, the Commission published "
                "a short discussion paper in Urdu and English setting out questions: which "
                "channels voters use, what they want from the Commission online, and how "
                "complaints should be handled. Roundtables followed in Lahore, Karachi, Peshawar "
                "and Quetta with parties, journalists, civil society organisations, women's "
                "groups and student bodies, and an online survey collected views from the public.",
            ),
            (
                "paragraph",
                "A separate session brought in technology specialists and representatives of the "
                "main platforms. Through the Commonwealth Electoral Network, two peer EMBs shared "
                "their own strategies and the mistakes they would avoid next time.",
            ),
            ("heading", "What changed as a result"),
            (
                "paragraph",
                "Journalists asked for a dedicated media channel so that press notices did not "
                "get lost among voter questions. Civil society asked for regional languages as "
                "well as Urdu. Parties wanted a clear route for complaints about online content. "
                "The final strategy also set documented goals and performance indicators, as "
                "several stakeholders had urged.",
            ),
            (
                "quote",
                {
                    "text": "The consultation took four months, but it saved us from launching a "
                    "strategy that half our audience would have ignored.",
                    "attribution": "Additional director general, public relations",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Sections of the draft strategy changed as a result of consultation",
                    "result": "14 of 38 sections amended; all registered parties that took part "
                    "endorsed the final text",
                },
            ),
            (
                "lesson",
                {
                    "title": "Ask open questions first",
                    "text": "Starting from questions rather than a finished draft made "
                    "stakeholders co-authors, and their buy-in helped when the strategy "
                    "was tested during the campaign.",
                },
            ),
            ("sources", [_guide("section 3.1")]),
        ],
    },
    # 13 -----------------------------------------------------------------
    {
        "slug": "gender-aware-messaging-women-voters-bangladesh",
        "title": "Gender-aware messaging to increase women's participation",
        "countries": ["BD"],
        "emb": "bec",
        "year": 2018,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Teaching scenario: an EMB audited its voter education content for gender bias, "
            "featured women as voters, polling officers and candidates, and used women's "
            "networks and mobile channels to close a registration gap."
        ),
        "principles": ["accessible", "engaged", "partnership", "appropriate-use", "informative"],
        "practice_areas": ["3.8", "3.4"],
        "body": [
            (
                "paragraph",
                "This illustrative case is set at the Bangladesh Election Commission before a "
                "parliamentary election. The audit, partners and results are invented for "
                "teaching.",
            ),
            ("heading", "Auditing our own content"),
            (
                "paragraph",
                "In several districts fewer women than men were on the register, and women were "
                "less likely to know where their polling centre was. A review of the Commission's "
                "own posters, videos and social media posts found that most images showed men "
                "voting, and that instructions assumed the voter was the head of the household.",
            ),
            ("heading", "New messages and messengers"),
            (
                "paragraph",
                "New material showed women as voters, presiding officers and candidates, and "
                "explained in plain Bangla that every woman registers and votes in her own right. "
                "Messages went out through women's self-help groups, garment-sector workplace "
                "committees and community health workers, and short voice messages reached "
                "women who did not use social media, timed for evenings when phones were shared.",
            ),
            (
                "paragraph",
                "The Commission also set a moderation rule for its own pages: abusive comments "
                "aimed at women candidates were hidden and reported, and a statement reminded "
                "users that harassment discourages participation.",
            ),
            (
                "quote",
                {
                    "text": "We had been talking to households. We needed to talk to women.",
                    "attribution": "Voter education officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Gap between registered women and men in the target districts",
                    "result": "narrowed from about six percentage points to two",
                },
            ),
            (
                "lesson",
                {
                    "title": "Audit your own content first",
                    "text": "Gender-aware messaging begins with looking at who appears in an EMB's "
                    "material and whom its instructions assume. Small changes in images "
                    "and wording made women visible as participants.",
                },
            ),
            (
                "sources",
                [
                    _guide("section 3.8"),
                    {"title": "Charter of the Commonwealth (2012), Principle XII: Gender Equality", "url": ""},
                ],
            ),
        ],
    },
    # 14 -----------------------------------------------------------------
    {
        "slug": "two-factor-authentication-phishing-drills-australia",
        "title": "Locking down official accounts: passwords, two-factor authentication and phishing drills",
        "countries": ["AU"],
        "emb": "aec",
        "year": 2022,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative case of an electoral commission auditing who could access its social "
            "media accounts, cutting administrators from 19 to 4, enforcing two-factor "
            "authentication and running phishing drills before a federal election."
        ),
        "principles": ["appropriate-use", "responsive", "capacity"],
        "practice_areas": ["3.9", "3.3"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines the Australian Electoral Commission reviewing "
                "the security of its social media accounts in the months before a federal "
                "election. The findings and figures are invented.",
            ),
            ("heading", "The audit"),
            (
                "paragraph",
                "An access review found nineteen people with administrator rights across the "
                "Commission's accounts, including two former contractors. Several accounts shared "
                "one password, kept in a spreadsheet, and only some used two-factor "
                "authentication.",
            ),
            ("heading", "Fewer keys, better locks"),
            (
                "paragraph",
                "Administrator rights were reduced to four named officers, with a fifth held as "
                "an emergency back-up under the chief information security officer. Shared "
                "passwords were replaced by a password manager, every administrator was issued a "
                "hardware security key for two-factor authentication, and access lists were "
                "checked monthly and whenever staff left.",
            ),
            (
                "paragraph",
                "Because most account takeovers begin with a phishing email, all communications "
                "staff took part in three simulated phishing exercises, including a fake 'your "
                "page will be suspended' message. A short playbook set out how to report "
                "suspected phishing, spam and impersonation accounts, and how to contact each "
                "platform if an account was compromised.",
            ),
            (
                "quote",
                {
                    "text": "Nobody was careless. We had simply added people over the years and "
                    "never taken anyone off.",
                    "attribution": "Chief information security officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Staff who reported the simulated phishing email instead of clicking",
                    "result": "rose from 38% in the first exercise to 81% in the third",
                },
            ),
            (
                "lesson",
                {
                    "title": "Review access as often as you review content",
                    "text": "Password security is not a one-off task. A limited, named list of "
                    "administrators, two-factor authentication and regular drills keep "
                    "pace with changing threats.",
                },
            ),
            ("sources", [_guide("section 3.9")]),
        ],
    },
    # 15 -----------------------------------------------------------------
    {
        "slug": "caribbean-peer-exchange-platform-choice",
        "title": "Caribbean peer exchange on choosing platforms and vendor terms",
        "countries": ["JM", "TT", "GY", "BB"],
        "emb": None,
        "year": 2014,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Illustrative regional peer exchange in which Caribbean election management bodies "
            "compared platform audiences, moderation tools and vendor terms, and pooled "
            "contingency plans before their next general elections."
        ),
        "principles": ["partnership", "consultative", "capacity", "informative"],
        "practice_areas": ["3.2", "3.1"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines a two-day exchange between the communications "
                "teams of the Electoral Commission of Jamaica, the Elections and Boundaries "
                "Commission of Trinidad and Tobago, the Guyana Elections Commission and the "
                "Electoral and Boundaries Commission of Barbados. The exchange and its results are "
                "invented.",
            ),
            ("heading", "Comparing platforms"),
            (
                "paragraph",
                "Each team brought audience data for the platforms it used. Together they built a "
                "comparison table: which age groups each platform reached, how formal the "
                "conversation tended to be, whether comments could be held for moderation before "
                "appearing, and what analytics were available free of charge.",
            ),
            ("heading", "Reading the small print"),
            (
                "paragraph",
                "The most useful session went through vendor terms. Participants found that "
                "platforms could suspend an account without notice, that dispute procedures were "
                "vague, and that none of them knew how long it would take to recover a hacked "
                "page. They agreed to register their pages with each vendor's support channel for "
                "public bodies and to share any escalation contacts they obtained.",
            ),
            (
                "paragraph",
                "The teams also exchanged risk registers and contingency plans, and set up an "
                "informal group so that communications heads could alert each other to scams or "
                "impersonation attempts seen in the region.",
            ),
            (
                "quote",
                {
                    "text": "Small commissions cannot each afford to learn every lesson alone.",
                    "attribution": "Public relations officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Participating EMBs with a written risk register for their platforms",
                    "result": "rose from one to all four within six months",
                },
            ),
            (
                "lesson",
                {
                    "title": "Borrow your neighbours' contingency plans",
                    "text": "Peer EMBs facing similar audiences and vendors can share templates, "
                    "contacts and warnings, saving each small team months of work.",
                },
            ),
            ("sources", [_guide("sections 3.1 and 3.2")]),
        ],
    },
    # 16 -----------------------------------------------------------------
    {
        "slug": "by-election-consistent-messaging-canada",
        "title": "Keeping a by-election's online and offline messages consistent",
        "countries": ["CA"],
        "emb": "elections-canada",
        "year": 2016,
        "election_type": "by-election",
        "context": "stable",
        "summary": (
            "Teaching scenario: for a federal by-election, an EMB embedded social media in its "
            "wider outreach plan so that posts, mailed voter cards, radio spots and the website "
            "carried the same dates and voting options."
        ),
        "principles": ["informative", "accessible", "partnership", "responsive"],
        "practice_areas": ["3.5", "3.4"],
        "body": [
            (
                "paragraph",
                "This illustrative example is set at Elections Canada during a federal by-election "
                "in a largely rural riding. It is a teaching case; the events are invented.",
            ),
            ("heading", "One calendar for every channel"),
            (
                "paragraph",
                "By-elections attract little national attention, and voters are often unsure "
                "when advance polling takes place. The outreach team drew up a single message "
                "calendar covering the mailed voter information card, local radio and newspaper "
                "advertising, posters in libraries and seniors' centres, social media posts and "
                "the website. Every item used the same wording for advance polling days, election "
                "day hours and the option to vote by mail.",
            ),
            (
                "paragraph",
                "The website was treated as the single source of truth: each social media post "
                "linked to the relevant page, and media advisories went out through a separate "
                "news channel so that journalists did not have to sift through voter questions.",
            ),
            ("heading", "When something went wrong"),
            (
                "paragraph",
                "An early social media graphic showed the wrong date for one advance polling day. "
                "Because every channel drew on the same calendar, the error was spotted within an "
                "hour, corrected everywhere and acknowledged in a short follow-up post.",
            ),
            (
                "quote",
                {
                    "text": "Consistency is dull to plan and invaluable on the day. Nobody should "
                    "get a different answer depending on where they look.",
                    "attribution": "Regional outreach officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Calls to the enquiry line about advance polling dates",
                    "result": "about a third lower than at a comparable earlier by-election",
                },
            ),
            (
                "lesson",
                {
                    "title": "Embed new media in the wider outreach plan",
                    "text": "Planning social media together with print, radio and the website "
                    "avoided contradictory messages and made corrections fast.",
                },
            ),
            ("sources", [_guide("sections 3.4 and 3.5")]),
        ],
    },
    # 17 -----------------------------------------------------------------
    {
        "slug": "pencils-polling-booth-rumour-united-kingdom",
        "title": "Answering a viral rumour about pencils in polling booths",
        "countries": ["GB"],
        "emb": "ec-uk",
        "year": 2016,
        "election_type": "referendum",
        "context": "stable",
        "summary": (
            "Illustrative example of an electoral commission responding calmly and factually "
            "when a claim that pencil marks on ballot papers could be rubbed out spread widely "
            "on social media before a referendum."
        ),
        "principles": ["responsive", "informative", "appropriate-use", "engaged"],
        "practice_areas": ["3.4", "3.10"],
        "body": [
            (
                "paragraph",
                "This teaching scenario imagines how the Electoral Commission in the United "
                "Kingdom might handle a viral claim during a national referendum. The figures are "
                "invented.",
            ),
            ("heading", "The rumour"),
            (
                "paragraph",
                "In the last week of the campaign, posts urged voters to take their own pens to "
                "the polling station because pencil marks could be erased and votes changed. The "
                "claim was shared tens of thousands of times, and presiding officers began to "
                "receive questions about it.",
            ),
            ("heading", "Matching the tone to the harm"),
            (
                "paragraph",
                "The Commission judged the rumour low in harm but high in reach: using a pen does "
                "no damage, but the suggestion that staff tamper with ballots undermines trust. It "
                "published a short explainer on its website and social media, in a friendly "
                "tone, saying that voters may use their own pen if they wish, that ballot boxes "
                "are sealed and watched, and that counting takes place in front of candidates' "
                "agents. It did not quote or link to the original posts.",
            ),
            (
                "paragraph",
                "Returning officers were asked to brief polling staff so that no voter with a pen "
                "was turned away. The question and answer were kept in the Commission's "
                "frequently asked questions and noted in the post-poll review so that future "
                "campaigns could address the claim early.",
            ),
            (
                "quote",
                {
                    "text": "Mocking the rumour would have made people feel foolish for asking. "
                    "Explaining the safeguards made them feel safe.",
                    "attribution": "Head of media relations",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Questions about pencils received by the contact centre each day",
                    "result": "fell by about half within two days of the explainer",
                },
            ),
            (
                "lesson",
                {
                    "title": "Match the tone to the harm",
                    "text": "Not every false claim needs an urgent rebuttal. A calm explanation of "
                    "safeguards, without repeating the rumour, answered the concern and "
                    "kept trust intact.",
                },
            ),
            ("sources", [_guide("sections 3.4 and 3.10")]),
        ],
    },
    # 18 -----------------------------------------------------------------
    {
        "slug": "conflict-affected-states-posting-rules-nigeria",
        "title": "Adapting tone and posting frequency in conflict-affected states",
        "countries": ["NG"],
        "emb": "inec",
        "year": 2015,
        "election_type": "presidential",
        "context": "conflict",
        "summary": (
            "Teaching scenario: with insurgency affecting several north-eastern states, an EMB "
            "set rules for the tone, timing and content of its posts about those states, "
            "balancing voter information with the safety of staff and displaced voters."
        ),
        "principles": ["appropriate-use", "responsive", "engaged", "partnership"],
        "practice_areas": ["3.6", "3.3"],
        "body": [
            (
                "paragraph",
                "This illustrative case imagines how Nigeria's Independent National Electoral "
                "Commission might manage its social media during a presidential election held "
                "while an insurgency affected parts of the north-east. The rules and results are "
                "invented for teaching.",
            ),
            ("heading", "Security first"),
            (
                "paragraph",
                "The Commission's conflict annex to its new media strategy set strict rules for "
                "affected states. Staff must not post the routes, timing or locations of staff "
                "and sensitive materials in real time; updates are published only after safe "
                "arrival. Images of violence are not shared, and the tone stays calm even when "
                "reporting disruption.",
            ),
            ("heading", "Serving displaced voters"),
            (
                "paragraph",
                "Many voters had fled to camps and host communities. Posts and radio scripts "
                "explained where displaced voters could cast their ballots and which documents "
                "they needed, and humanitarian organisations shared the messages inside camps. A "
                "dedicated officer answered questions from displaced voters during set hours.",
            ),
            (
                "paragraph",
                "Reports of attacks near polling units were checked with state offices and "
                "security agencies before any response. Confirmed incidents were acknowledged "
                "briefly with safety advice; unconfirmed ones were not repeated. With civil "
                "society partners, the Commission promoted a shared hashtag calling for peaceful "
                "participation.",
            ),
            (
                "quote",
                {
                    "text": "In those states, an accurate post at the wrong moment could put a "
                    "convoy at risk. Speed came second to safety.",
                    "attribution": "State public affairs officer",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Posts disclosing staff or materials movements in affected states",
                    "result": "none during the election period; displaced voters' questions were "
                    "answered within a day on average",
                },
            ),
            (
                "lesson",
                {
                    "title": "Write a conflict annex before you need it",
                    "text": "Rules on timing, tone and imagery agreed in advance let staff keep "
                    "informing voters in conflict-affected areas without endangering "
                    "colleagues or inflaming tension.",
                },
            ),
            ("sources", [_guide("section 3.6")]),
        ],
    },
]
