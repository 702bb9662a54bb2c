"""Demo content: the CEN working groups named in the guide, their meetings and three reports.

Only one meeting here is a matter of record: the Working Group on New Media met in Suva, Fiji,
on 2-3 December 2015. Every other meeting is marked "illustrative": True. The membership lists
("participating_embs") are demonstration data, not records of who attended. The report texts
(including the PDF texts) are written for the demo; the Suva report is a portal summary, not
the official report of that meeting.

PDF texts use Latin-1 characters only (plain ASCII quotes and hyphens), because the PDF maker
uses a core font.
"""

WORKING_GROUPS = [
    {
        "slug": "vote-counting-tabulation",
        "title": "Working Group on Vote Counting and Tabulation Processes",
        "topic": "vote counting and tabulation",
        "summary": "Peer practice on counting ballots, aggregating results and announcing them in ways that candidates and voters can verify.",
        "description": [
            "The moment between the close of polls and the declaration of results is when trust "
            "in an election is most easily won or lost. This group compares how Commonwealth "
            "EMBs count at the polling station, move result sheets to tally centres, reconcile "
            "figures and publish provisional and final results.",
            "Members look in particular at transparency measures that let party agents, observers "
            "and the public follow each step, and at how results are communicated online without "
            "getting ahead of the official process.",
        ],
        "principles": ["informative", "responsive", "appropriate-use"],
        "practice_areas": ["3.4", "3.9"],
        "participating_embs": ["ec-gh", "gecom", "iebc", "ecz", "aec"],
        "meetings": [
            {
                "start_date": "2013-09-10",
                "end_date": "2013-09-11",
                "place": "Accra",
                "country": "GH",
                "notes": "Illustrative meeting comparing polling-station counts, tally-centre procedures and online publication of provisional results.",
                "illustrative": True,
            },
        ],
    },
    {
        "slug": "voter-education",
        "title": "Working Group on Voter Education",
        "topic": "voter education",
        "summary": "Shares approaches to civic and voter education that reach every part of the electorate, especially young and first-time voters.",
        "description": [
            "Voters who understand how elections work, and what the EMB does, are more likely to "
            "take part and more likely to trust the result. The group gathers evidence on which "
            "messages, formats and channels actually change registration and turnout.",
            "Its discussions cover school and university programmes, community outreach, work "
            "with civil society and faith-based organisations, and the growing role of social "
            "media in addressing falling turnout among young people.",
        ],
        "principles": ["informative", "engaged", "accessible", "partnership"],
        "practice_areas": ["3.5", "3.8"],
        "participating_embs": ["ecj", "ebc-tt", "iec-za", "eci", "ec-nz"],
        "meetings": [
            {
                "start_date": "2014-05-20",
                "end_date": "2014-05-21",
                "place": "Kingston",
                "country": "JM",
                "notes": "Illustrative meeting on youth outreach, school programmes and measuring the effect of voter education campaigns.",
                "illustrative": True,
            },
        ],
    },
    {
        "slug": "campaign-finance",
        "title": "Working Group on Campaign Finance",
        "topic": "campaign finance",
        "summary": "Compares how EMBs regulate, monitor and disclose the funding and spending of parties and candidates.",
        "description": [
            "Money can distort electoral competition, and rules on donations, spending limits and "
            "disclosure vary widely across the Commonwealth. The group maps these regimes and the "
            "practical difficulties of enforcing them.",
            "A recurring theme is online campaigning: paid social media promotion, content "
            "financed from outside the country and anonymous advertising make spending harder to "
            "trace than traditional billboards and broadcasts.",
        ],
        "principles": ["appropriate-use", "informative"],
        "practice_areas": [],
        "participating_embs": ["ec-uk", "elections-canada", "ecj", "inec", "ecp"],
        "meetings": [
            {
                "start_date": "2017-03-07",
                "end_date": "2017-03-08",
                "place": "Cape Town",
                "country": "ZA",
                "notes": "Illustrative meeting on disclosure rules, spending limits and tracing paid online campaigning.",
                "illustrative": True,
            },
        ],
    },
    {
        "slug": "new-media",
        "title": "Working Group on New Media",
        "topic": "new media and elections",
        "summary": "Examines how EMBs can use social media and other new media to inform and engage voters while managing the risks.",
        "description": [
            "The group considered how interactive digital platforms are changing electoral "
            "communication, from real-time questions on polling day to rumours that spread faster "
            "than any press release. Its meeting in Suva, Fiji, in December 2015 informed the "
            "CEN guide on new media and the conduct of elections published by the Commonwealth "
            "Secretariat in 2016.",
            "The group's work is organised around eight key principles and ten areas of good "
            "practice, covering strategy, platforms, staffing, content, institutional links, "
            "conflict settings, codes of conduct, audiences, security and lessons-learned "
            "reviews.",
        ],
        "principles": [
            "accessible",
            "appropriate-use",
            "capacity",
            "consultative",
            "engaged",
            "informative",
            "partnership",
            "responsive",
        ],
        "practice_areas": ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10"],
        "participating_embs": ["feo", "ecj", "elections-canada", "iebc", "aec", "ebc-tt"],
        "meetings": [
            {
                "start_date": "2015-12-02",
                "end_date": "2015-12-03",
                "place": "Suva",
                "country": "FJ",
                "notes": "Working group meeting on the impact of new media on elections, whose discussions fed into the CEN guide published in 2016.",
                "illustrative": False,
            },
        ],
    },
    {
        "slug": "independence-of-embs",
        "title": "Working Group on the Independence of EMBs",
        "topic": "independence of election management bodies",
        "summary": "Explores the legal, financial and operational safeguards that let election management bodies act without undue influence.",
        "description": [
            "Public confidence depends on an election authority being, and being seen to be, free "
            "from direction by government or parties. The group looks at appointment and removal "
            "of commissioners, secure funding, control over staff and the power to make "
            "regulations.",
            "Communication is part of independence too: an EMB that explains its decisions "
            "openly, on its own channels and in its own voice, is better placed to resist "
            "pressure and to rebut claims that it is partisan.",
        ],
        "principles": ["appropriate-use", "informative", "responsive"],
        "practice_areas": ["3.5"],
        "participating_embs": ["iebc", "mec", "eclk", "ecsl", "ec-nz"],
        "meetings": [
            {
                "start_date": "2016-06-14",
                "end_date": "2016-06-15",
                "place": "Nairobi",
                "country": "KE",
                "notes": "Illustrative meeting on appointment processes, budget autonomy and how EMBs communicate their independence.",
                "illustrative": True,
            },
        ],
    },
    {
        "slug": "power-of-incumbency",
        "title": "Working Group on Managing the Power of Incumbency",
        "topic": "managing the power of incumbency",
        "summary": "Looks at how EMBs and others can limit the misuse of state resources and office by those already in power during elections.",
        "description": [
            "Governing parties can draw on public funds, official media, state vehicles and "
            "government announcements in ways that tilt the playing field. The group compares "
            "legal limits, caretaker conventions and monitoring practices across member "
            "countries.",
            "Members also discuss official social media accounts run by ministries and public "
            "bodies, and how to keep government information separate from campaign messaging "
            "during the election period.",
        ],
        "principles": ["appropriate-use", "consultative"],
        "practice_areas": ["3.7"],
        "participating_embs": ["eclk", "bec", "mec", "ecz"],
        "meetings": [
            {
                "start_date": "2018-10-16",
                "end_date": "2018-10-17",
                "place": "Colombo",
                "country": "LK",
                "notes": "Illustrative meeting on misuse of state resources, government advertising and official online accounts during campaigns.",
                "illustrative": True,
            },
        ],
    },
    {
        "slug": "voter-registration",
        "title": "Working Group on Voter Registration",
        "topic": "voter registration",
        "summary": "Compares methods for building complete, accurate and inclusive voter registers and keeping them up to date.",
        "description": [
            "An accurate register underpins every other stage of an election. The group compares "
            "continuous and periodic registration, biometric systems, online applications and the "
            "checks used to remove duplicate or deceased entries.",
            "It gives particular attention to groups that are often under-registered, such as "
            "young people, people who move frequently and rural communities, and to how digital "
            "reminders and verification services can help.",
        ],
        "principles": ["accessible", "informative", "engaged"],
        "practice_areas": ["3.8"],
        "participating_embs": ["ecz", "bec", "ecp", "ec-gh", "elections-canada"],
        "meetings": [
            {
                "start_date": "2019-04-09",
                "end_date": "2019-04-10",
                "place": "Lusaka",
                "country": "ZM",
                "notes": "Illustrative meeting on continuous registration, biometric data and reaching under-registered groups.",
                "illustrative": True,
            },
        ],
    },
]


REPORTS = [
    {
        "slug": "new-media-suva-2015-report",
        "working_group": "new-media",
        "title": "Impact of New Media on Elections: Report of the Working Group Meeting, Suva, December 2015",
        "date": "2015-12-03",
        "summary": (
            "Summary of the New Media working group's meeting in Suva, Fiji, on 2-3 December "
            "2015, which defined new media for the Network and set out the good practices later "
            "published in the CEN guide."
        ),
        "body": [
            "The working group brought electoral officials from Commonwealth EMBs together in "
            "Suva to consider how websites, social networks, text messaging and mobile "
            "applications are changing the conduct of elections.",
            "The meeting's report defines new media as technology-enabled platforms that allow "
            "real-time, two-way exchanges between two or more parties, a definition the CEN "
            "guide later adopted, and the discussion ranged over the opportunities and risks "
            "these platforms bring to each stage of the electoral cycle.",
            "The attached document summarises the discussion and lists the group's "
            "recommendations, which were developed into the key principles and good-practice "
            "areas of the guide issued by the Commonwealth Secretariat in 2016. It is a portal "
            "summary prepared for demonstration, not the official text of the meeting report.",
        ],
        "principles": [
            "accessible",
            "appropriate-use",
            "capacity",
            "consultative",
            "engaged",
            "informative",
            "partnership",
            "responsive",
        ],
        "practice_areas": ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10"],
        "countries": ["FJ"],
        "pdf": {
            "filename": "cen-new-media-working-group-suva-2015.pdf",
            "title": "Commonwealth Electoral Network - Working Group on New Media - Meeting of 2-3 December 2015, Suva, Fiji",
            "sections": [
                {
                    "heading": "About this document",
                    "paragraphs": [
                        "This is a summary prepared for the CEN Knowledge Portal demonstration. "
                        "It outlines the themes of the working group meeting held in Suva on 2 "
                        "and 3 December 2015 as reflected in the CEN guide that followed, and "
                        "restates its good practices as numbered recommendations. It does not "
                        "reproduce the official report of the meeting.",
                        "For the purposes of the group, new media means platforms built on "
                        "information and communications technology that let two or more parties "
                        "exchange messages in real time and respond to one another, as opposed to "
                        "one-way broadcasting.",
                    ],
                },
                {
                    "heading": "Opportunities and risks",
                    "paragraphs": [
                        "The opportunities set out in the CEN guide that followed the meeting "
                        "include instant feedback from voters, wider coverage at lower cost than "
                        "paid broadcast, faster handling of media issues, a greater diversity of "
                        "voices in public debate and new routes for public enquiries.",
                        "The risks are just as concrete: a surge of questions on polling day that "
                        "a small team cannot answer, false claims about polling-station incidents, "
                        "staff posting political opinions on personal accounts, laws on results "
                        "speculation and campaign silence that are hard to enforce online, and "
                        "campaign spending on social media that is difficult to trace.",
                    ],
                },
                {
                    "heading": "Recommendations",
                    "paragraphs": [
                        "1. Assess demand and connectivity before adopting new media, including "
                        "rural coverage, and keep a non-digital fallback for every critical "
                        "message.",
                        "2. Write down the goals of the strategy and the indicators that will "
                        "measure them before launch.",
                        "3. Consult parties, media, civil society, government, voters and "
                        "technical specialists, and ask peer EMBs what worked for them.",
                        "4. Read each platform vendor's terms: who can suspend the account, how "
                        "disputes are handled and how quickly a compromised account is restored.",
                        "5. Staff the channels for the volume of questions expected and train "
                        "the team repeatedly; keep senior sign-off for sensitive replies.",
                        "6. Decide which information goes online only, which mirrors "
                        "traditional media and which audiences get separate channels.",
                        "7. Embed the strategy in the EMB's wider communication and civic education plans.",
                        "8. In conflict-prone settings, plan tone and posting frequency in "
                        "advance, answer rumours quickly and use the channels to call for peace.",
                        "9. Adopt codes of conduct for account administrators, staff personal "
                        "accounts, polling officials and outside stakeholders.",
                        "10. Protect accounts with strong passwords and few administrators, and "
                        "review the whole strategy after every election.",
                    ],
                },
                {
                    "heading": "Polling-day checklist: the traffic-light rumour ledger",
                    "paragraphs": [
                        "As a worked example for this demonstration, the recommendations on "
                        "responsiveness can be put into practice with a traffic-light rumour "
                        "ledger kept by the duty team throughout polling day. Each circulating "
                        "claim is logged with the time first seen, the platform, the district "
                        "concerned and a colour.",
                        "Green: harmless or already answered by published information; reply "
                        "with a link to the website. Amber: plausible and spreading; verify with "
                        "the returning officer within 30 minutes and post a factual update. Red: "
                        "risk to safety or to the integrity of the poll; escalate at once to the "
                        "chief electoral officer and legal adviser, and issue an approved "
                        "statement on all channels.",
                        "At the close of polls the ledger is archived and later used in the "
                        "lessons-learned review, so that recurring claims can be answered in "
                        "advance next time.",
                    ],
                },
                {
                    "heading": "Next steps",
                    "paragraphs": [
                        "The Commonwealth Secretariat published the resulting good practices in "
                        "2016 as a CEN guide, New Media and the Conduct of Elections, organised "
                        "around eight key principles. Members can share their own strategies and "
                        "codes of conduct through the Network's online platform.",
                    ],
                },
            ],
        },
    },
    {
        "slug": "voter-education-first-time-voters-report",
        "working_group": "voter-education",
        "title": "Reaching First-Time Voters: Report of the Working Group on Voter Education",
        "date": "2014-07-15",
        "summary": (
            "Illustrative report of the voter education group's meeting in Kingston, Jamaica, "
            "setting out how EMBs can combine school programmes, community partners and social "
            "media to raise registration and turnout among young people."
        ),
        "body": [
            "This illustrative report, prepared for the portal demonstration, draws together "
            "the experience of EMBs that have tried to reverse low registration and turnout "
            "among voters under 25.",
            "It recommends pairing classroom and campus activity with messages on the platforms "
            "young people already use, recruiting young people to help design those messages, "
            "and measuring results through registration data rather than counts of likes and "
            "shares.",
        ],
        "principles": ["engaged", "informative", "partnership", "accessible"],
        "practice_areas": ["3.5", "3.8"],
        "countries": ["JM", "TT", "ZA", "IN", "NZ"],
        "pdf": {
            "filename": "cen-voter-education-first-time-voters.pdf",
            "title": "Commonwealth Electoral Network - Working Group on Voter Education - Reaching First-Time Voters (illustrative)",
            "sections": [
                {
                    "heading": "Purpose",
                    "paragraphs": [
                        "This illustrative report was prepared for the CEN Knowledge Portal "
                        "demonstration. It summarises a fictional meeting of the Working Group on "
                        "Voter Education held in Kingston and is intended as a teaching example.",
                        "Members were asked one question: what actually persuades a person who "
                        "has never voted to register and then turn up on polling day?",
                    ],
                },
                {
                    "heading": "Findings",
                    "paragraphs": [
                        "Young people rarely seek out official information; it has to reach them "
                        "in the places they already spend time, online and offline. Messages "
                        "designed by young people themselves were shared far more widely than "
                        "messages designed by the EMB alone.",
                        "Practical uncertainty, not apathy, was the most common barrier. Many "
                        "first-time voters did not know where their polling station was, what "
                        "identification to bring or what the ballot paper would look like.",
                    ],
                },
                {
                    "heading": "Recommendations",
                    "paragraphs": [
                        "1. Run registration drives in schools, colleges and universities in the "
                        "year before voters become eligible, with the education ministry as a "
                        "partner.",
                        "2. Recruit a panel of young volunteers to test and co-write social media "
                        "content, and pay attention to the language and humour they use.",
                        "3. Produce a pocket ballot rehearsal card: a folded card showing a "
                        "specimen ballot, the steps at the polling station and the documents to "
                        "bring, handed out at campus events and offered as a phone image.",
                        "4. Set registration targets by age group and measure progress weekly "
                        "against the register, not against follower counts.",
                        "5. Work with youth organisations, sports clubs and faith groups to carry "
                        "the same messages on their own channels.",
                        "6. Keep every online message linked to the EMB website so that young "
                        "voters can check details at one authoritative source.",
                    ],
                },
                {
                    "heading": "Measuring what works",
                    "paragraphs": [
                        "Members agreed that likes, shares and video views show reach but not "
                        "effect. Each campaign should therefore track three figures: new "
                        "registrations among 18- to 24-year-olds, turnout in that age group "
                        "where the register allows it, and the share of young voters who can "
                        "name their polling station in a short survey before polling day.",
                        "Results should be broken down by region, gender and urban or rural "
                        "location, so that a national average does not hide groups the campaign "
                        "missed.",
                    ],
                },
                {
                    "heading": "Checklist for a campus registration day",
                    "paragraphs": [
                        "Before: agree the date with student leaders; announce it on campus "
                        "channels two weeks ahead; prepare forms and a laptop with offline access "
                        "to the register.",
                        "On the day: staff the stand with at least one registration officer and "
                        "two student volunteers; photograph the stand for social media only with "
                        "consent; record the number of new registrations every hour.",
                        "After: thank participants publicly, send a reminder a week before "
                        "polling day and compare turnout in the relevant districts with the "
                        "previous election.",
                    ],
                },
            ],
        },
    },
    {
        "slug": "vote-counting-results-online-report",
        "working_group": "vote-counting-tabulation",
        "title": "Publishing Results Online with Confidence: Report of the Working Group on Vote Counting and Tabulation Processes",
        "date": "2013-11-20",
        "summary": (
            "Illustrative report on how EMBs can publish provisional and final results online "
            "quickly while keeping the count verifiable and the website secure."
        ),
        "body": [
            "This illustrative report, prepared for the portal demonstration, considers the "
            "pressure on EMBs to publish results as fast as social media circulates unofficial "
            "figures.",
            "It sets out a sequence for moving counts from polling stations to tally centres to "
            "the public website, with safeguards that let candidates and observers check each "
            "figure, and with security measures to protect the results pages from tampering.",
        ],
        "principles": ["informative", "responsive", "appropriate-use"],
        "practice_areas": ["3.4", "3.9"],
        "countries": ["GH", "GY", "KE", "ZM", "AU"],
        "pdf": {
            "filename": "cen-vote-counting-results-online.pdf",
            "title": "Commonwealth Electoral Network - Working Group on Vote Counting and Tabulation Processes - Publishing Results Online (illustrative)",
            "sections": [
                {
                    "heading": "Purpose",
                    "paragraphs": [
                        "This illustrative report was prepared for the CEN Knowledge Portal "
                        "demonstration as a teaching example. It imagines a meeting of the "
                        "working group in Accra devoted to the online publication of results.",
                        "The starting point was a shared experience: unofficial tallies appear "
                        "online within minutes of the count, while official figures take hours. "
                        "The gap invites speculation and, in tense contexts, unrest.",
                    ],
                },
                {
                    "heading": "Principles agreed",
                    "paragraphs": [
                        "Speed must never come before accuracy, but silence is not neutral. The "
                        "EMB should say in advance when and where results will appear, and then "
                        "keep to that timetable.",
                        "Every figure published online should be traceable to a signed result "
                        "sheet that party agents have seen.",
                    ],
                },
                {
                    "heading": "Recommended procedure",
                    "paragraphs": [
                        "1. At each polling station, the presiding officer and every party agent "
                        "present sign the result sheet, and a copy is posted at the door.",
                        "2. Apply the two-signature tally photograph protocol: the presiding "
                        "officer and one party agent each sign the photographed sheet image log, "
                        "and the image is sent to the tally centre before the paper original "
                        "travels.",
                        "3. At the tally centre, enter figures twice by different clerks and "
                        "resolve any mismatch against the paper sheet.",
                        "4. Publish provisional results per polling station, with the sheet "
                        "image, so that anyone can compare the website with the figure posted at "
                        "the station.",
                        "5. Label provisional and final results clearly and never remove a "
                        "correction silently; publish a note explaining each change.",
                        "6. Host the results pages separately from the main website, restrict "
                        "upload rights to a few named officers and test the pages under heavy "
                        "load before polling day.",
                    ],
                },
                {
                    "heading": "Risks and safeguards",
                    "paragraphs": [
                        "Members listed the main risks to online results: a defaced or "
                        "overloaded results page, a mistyped figure that looks like fraud, "
                        "fabricated result sheets shared on social media, and premature claims "
                        "of victory by candidates.",
                        "Safeguards include a mirror site on separate hosting, automatic checks "
                        "that flag any station where votes cast exceed registered voters, a "
                        "public archive of every sheet image so that fakes can be compared with "
                        "originals, and a standing reminder that only the returning officer's "
                        "declaration is final.",
                    ],
                },
                {
                    "heading": "Communication checklist for results night",
                    "paragraphs": [
                        "Announce the results timetable on all channels at least a week before "
                        "polling day. On the night, post an update every hour even when no new "
                        "figures are ready, and explain any delay plainly.",
                        "Remind media and the public that figures circulating elsewhere are "
                        "unofficial, and point them to the results pages. Keep a senior officer "
                        "available to approve statements until the last constituency is "
                        "declared.",
                    ],
                },
            ],
        },
    },
]


# One distinctive phrase per PDF that appears nowhere else in the demo content, so that a search
# test can prove that text extracted from PDFs is indexed.
PDF_ONLY_PHRASES = {
    "new-media-suva-2015-report": "traffic-light rumour ledger",
    "voter-education-first-time-voters-report": "pocket ballot rehearsal card",
    "vote-counting-results-online-report": "two-signature tally photograph protocol",
}
