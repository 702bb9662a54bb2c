"""Demo content: the Commonwealth and international instruments cited in section 4 of the CEN
guide "New Media and the Conduct of Elections", with the provisions the guide relies on.

Provisions are summarised in the portal's own words; the official texts are linked instead of
quoted.
"""

INSTRUMENTS = [
    {
        "slug": "commonwealth-charter",
        "title": "Charter of the Commonwealth",
        "short_title": "Commonwealth Charter",
        "year": 2012,
        "adopting_body": "Commonwealth Heads of Government",
        "summary": (
            "The single statement of the values and principles shared by Commonwealth member "
            "countries, agreed by Heads of Government in December 2012. It commits members to "
            "democracy, human rights, free expression, gender equality and a strong civil society."
        ),
        "introduction": [
            "The Charter gathers in one document the commitments that Commonwealth governments "
            "had made over several decades. For an election management body it sets the "
            "Commonwealth's own benchmark: citizens have a right to take part in free and fair "
            "elections, and public institutions are answerable to the people for how they uphold "
            "democratic practice.",
            "Several of its sixteen principles bear directly on how an EMB communicates. The "
            "commitments to open dialogue and a free and responsible media, to equality between "
            "women and men and to partnership with civil society give a Commonwealth footing to "
            "an EMB's new media strategy, its inclusive messaging and its work with community "
            "organisations.",
        ],
        "official_url": "https://thecommonwealth.org/charter",
        "provisions": [
            {
                "slug": "principle-i",
                "reference": "Principle I",
                "title": "Democracy",
                "summary": [
                    "Members affirm that every individual has a right, which cannot be taken "
                    "away, to help shape their society through democratic processes, above all "
                    "through free and fair elections. Governments, political parties and civil "
                    "society share responsibility for sustaining a democratic culture and must "
                    "answer to the public for it.",
                    "For an EMB this frames communication as part of the electoral mandate "
                    "itself: voters can only exercise the right if they know how, when and where "
                    "to take part, and an open, answerable presence online is one way the "
                    "institution gives account of itself.",
                ],
                "official_url": "",
                "principles": ["informative", "engaged", "responsive"],
            },
            {
                "slug": "principle-ii",
                "reference": "Principle II",
                "title": "Human Rights",
                "summary": [
                    "Members bind themselves to the Universal Declaration of Human Rights and the "
                    "related covenants, and to the equal protection of civil, political, "
                    "economic, social and cultural rights without discrimination of any kind. "
                    "They treat these rights as a single whole that cannot be applied piecemeal, "
                    "and state their opposition to discrimination on grounds such as gender, "
                    "race, colour, creed or political belief.",
                    "An EMB's outreach should therefore be designed so that no group of eligible "
                    "voters is left out, whether because of disability, language, location or "
                    "political affiliation, and its moderation of online comment should be "
                    "even-handed.",
                ],
                "official_url": "",
                "principles": ["accessible", "appropriate-use"],
            },
            {
                "slug": "principle-v",
                "reference": "Principle V",
                "title": "Freedom of Expression",
                "summary": [
                    "Under this principle members commit to freedom of expression in practice: "
                    "peaceful and open dialogue, the free flow of information and a media that is "
                    "both free and responsible, as a means of strengthening democratic traditions "
                    "and processes.",
                    "This is the Charter's clearest anchor for an EMB's use of new media. It "
                    "supports an open, conversational presence online, and it counsels caution "
                    "about answering misinformation with restrictions on speech rather than with "
                    "timely, accurate information and voluntary codes of conduct.",
                ],
                "official_url": "",
                "principles": ["informative", "engaged", "appropriate-use"],
            },
            {
                "slug": "principle-xii",
                "reference": "Principle XII",
                "title": "Gender Equality",
                "summary": [
                    "Members recognise that equality between women and men and the empowerment "
                    "of women are integral to human development and to basic human rights.",
                    "For electoral communication this calls for gender-aware messaging: content "
                    "that visibly includes women as voters, candidates and election workers, "
                    "channels that women actually use, and attention to online abuse that may "
                    "discourage women from taking part.",
                ],
                "official_url": "",
                "principles": ["accessible", "engaged", "appropriate-use"],
            },
            {
                "slug": "principle-xvi",
                "reference": "Principle XVI",
                "title": "The Role of Civil Society",
                "summary": [
                    "Members value civil society as a partner in promoting Commonwealth values, "
                    "including the freedoms of association and peaceful assembly, and in meeting "
                    "development goals.",
                    "For an EMB, civil society organisations, including community and "
                    "faith-based groups, are natural partners for voter education and for "
                    "sharing accurate information with audiences the EMB's own accounts do not "
                    "reach, and they should be consulted when a new media strategy is drawn up.",
                ],
                "official_url": "",
                "principles": ["partnership", "consultative"],
            },
        ],
    },
    {
        "slug": "udhr",
        "title": "Universal Declaration of Human Rights",
        "short_title": "UDHR",
        "year": 1948,
        "adopting_body": "United Nations General Assembly",
        "summary": (
            "The founding statement of human rights, proclaimed by the UN General Assembly in "
            "Paris in December 1948. Its articles on free expression and on participation in "
            "government underpin international standards for elections."
        ),
        "introduction": [
            "Although it was adopted as a declaration rather than a treaty, the Universal "
            "Declaration is the common reference point for every later human rights instrument, "
            "and the Commonwealth Charter expressly commits members to it. (The CEN guide lists "
            "it under the heading 'United Nations Declaration of Human Rights'.)",
            "Two articles matter most to EMBs using new media: the right to seek and share "
            "information through any medium, and the principle that the authority of government "
            "rests on the will of the people expressed in genuine, periodic elections.",
        ],
        "official_url": "https://www.un.org/en/about-us/universal-declaration-of-human-rights",
        "provisions": [
            {
                "slug": "article-19",
                "reference": "Article 19",
                "title": "Freedom of opinion and expression",
                "summary": [
                    "The article protects freedom of opinion and expression: everyone may hold "
                    "opinions without interference and may look for, receive and pass on "
                    "information and ideas in any medium, across national borders.",
                    "The phrase 'any media' makes the article as relevant to social platforms as "
                    "to newspapers. It supports voters' right to discuss elections online, and "
                    "it reminds EMBs and legislators that curbing online speech during an "
                    "election must be approached with great care.",
                ],
                "official_url": "",
                "principles": ["informative", "engaged", "appropriate-use"],
            },
            {
                "slug": "article-21",
                "reference": "Article 21",
                "title": "Participation in government and genuine elections",
                "summary": [
                    "Everyone has the right to take part in governing their country, directly or "
                    "through representatives they choose freely, and to equal access to public "
                    "service. Government draws its authority from the will of the people, shown "
                    "in regular, genuine elections held by universal and equal suffrage and by "
                    "secret ballot or an equivalent free procedure.",
                    "Equal and universal suffrage implies that voters must be able to find out "
                    "how to take part, which is why accurate, accessible voter information, "
                    "including through new media, is part of delivering a genuine election.",
                ],
                "official_url": "",
                "principles": ["accessible", "informative"],
            },
        ],
    },
    {
        "slug": "iccpr",
        "title": "International Covenant on Civil and Political Rights",
        "short_title": "ICCPR",
        "year": 1966,
        "adopting_body": "United Nations General Assembly",
        "summary": (
            "A binding treaty, adopted by the UN General Assembly in 1966, that turns the "
            "Universal Declaration's civil and political rights into legal obligations for the "
            "states that ratify it. Article 25 sets out the right to vote and to take part in "
            "public affairs."
        ),
        "introduction": [
            "States that are party to the Covenant must respect and ensure its rights and report "
            "on them to the UN Human Rights Committee. Most Commonwealth members are parties, so "
            "its electoral provisions are legal commitments rather than aspirations.",
            "Article 25 is the provision EMBs cite most often. Read together with the Covenant's "
            "guarantee of free expression, it links the right to vote with citizens' freedom to "
            "obtain and share information about the election.",
        ],
        "official_url": "https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights",
        "provisions": [
            {
                "slug": "article-25",
                "reference": "Article 25",
                "title": "Right to participate in public affairs, to vote and to be elected",
                "summary": [
                    "Every citizen, without discrimination and without unreasonable "
                    "restrictions, is entitled to take part in public affairs directly or through "
                    "chosen representatives, and to vote and stand in genuine periodic elections "
                    "held by universal and equal suffrage and secret ballot, so that the will of "
                    "the electors is freely expressed. The article also guarantees equal access "
                    "to public service.",
                    "An EMB meets this obligation partly through what it communicates: voters "
                    "who lack information about registration, polling places or procedures face "
                    "a practical barrier to the right. Using every channel voters rely on, new "
                    "and old, helps remove that barrier.",
                ],
                "official_url": "",
                "principles": ["accessible", "informative", "engaged"],
            },
        ],
    },
    {
        "slug": "general-comment-25",
        "title": "General Comment No. 25: The right to participate in public affairs, voting rights and the right of equal access to public service",
        "short_title": "General Comment 25",
        "year": 1996,
        "adopting_body": "UN Human Rights Committee",
        "summary": (
            "The Human Rights Committee's authoritative interpretation of Article 25 of the "
            "ICCPR, adopted in July 1996. It explains what states must do to make voting rights "
            "effective, including voter education and protection of free expression."
        ),
        "introduction": [
            "General Comments set out how the treaty body that monitors the Covenant reads its "
            "provisions. General Comment 25 is the most detailed international statement of what "
            "genuine elections require, and it was issued as an addendum to the Committee's "
            "compilation of general comments, which is why the CEN guide refers to an addendum.",
            "Its paragraphs on public debate, voter education and the free exchange of political "
            "information speak directly to the communication work of EMBs, and give a rights "
            "basis for an active, inclusive new media presence.",
        ],
        "official_url": "https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CCPR%2FC%2F21%2FRev.1%2FAdd.7&Lang=en",
        "provisions": [
            {
                "slug": "paragraph-8",
                "reference": "Paragraph 8",
                "title": "Participation through public debate and dialogue",
                "summary": [
                    "Citizens also take part in public affairs by influencing decisions through "
                    "public debate, through dialogue with those who represent them and by "
                    "organising themselves; freedom of expression, assembly and association make "
                    "this possible.",
                    "Social media is now one of the main places where that debate happens. An "
                    "EMB that listens and responds on these platforms takes part in the dialogue "
                    "the paragraph describes, rather than broadcasting from a distance.",
                ],
                "official_url": "",
                "principles": ["engaged", "consultative"],
            },
            {
                "slug": "paragraph-11",
                "reference": "Paragraph 11",
                "title": "Effective measures, voter education and registration",
                "summary": [
                    "States must take effective steps so that everyone entitled to vote can "
                    "actually do so, and campaigns of voter education and registration are needed "
                    "if an informed community is to exercise its Article 25 rights.",
                    "This paragraph gives voter education a firm legal footing. New media "
                    "campaigns aimed at unregistered and first-time voters, and reminders sent "
                    "by text message or online, are practical ways for an EMB to discharge the "
                    "duty.",
                ],
                "official_url": "",
                "principles": ["informative", "accessible", "engaged"],
            },
            {
                "slug": "paragraph-12",
                "reference": "Paragraph 12",
                "title": "Freedom of expression, assembly and association as conditions for voting",
                "summary": [
                    "The freedoms of expression, assembly and association are described as "
                    "essential conditions for the right to vote and must be fully protected. The "
                    "paragraph also calls for positive measures to overcome obstacles such as "
                    "illiteracy and language barriers, including voting information in minority "
                    "languages.",
                    "For EMBs it supports both an open information environment and inclusive "
                    "design: multilingual content, pictorial and audio material and other "
                    "formats that help voters who cannot easily read official notices.",
                ],
                "official_url": "",
                "principles": ["accessible", "appropriate-use", "informative"],
            },
            {
                "slug": "paragraph-25",
                "reference": "Paragraph 25",
                "title": "Free communication of information and ideas",
                "summary": [
                    "Full enjoyment of Article 25 depends on the free exchange of information and "
                    "ideas on public and political questions between citizens, candidates and "
                    "elected representatives. That requires a press and other media able to "
                    "comment without censorship, and respect for the Covenant's freedoms of "
                    "expression, assembly and association, including the freedom to debate, "
                    "criticise, campaign and publish political material.",
                    "The reference to 'other media' extends the principle to online platforms. "
                    "It argues for EMBs to counter false claims with better information rather "
                    "than censorship, and to accept robust criticism on their own channels.",
                ],
                "official_url": "",
                "principles": ["informative", "appropriate-use", "engaged"],
            },
        ],
    },
]
