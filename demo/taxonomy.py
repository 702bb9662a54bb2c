"""Demo taxonomy: key principles, good-practice areas, regions, member countries and EMBs.

Facts are drawn from the CEN guide "New Media and the Conduct of Elections" (Commonwealth
Secretariat, 2016); every sentence here is written afresh for the portal.
"""

from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple, PracticeArea, Region, save_translation

# ---------------------------------------------------------------------------
# The eight key principles, in the guide's order.
# ---------------------------------------------------------------------------
PRINCIPLES = [
    {
        "slug": "accessible",
        "name": "Accessible",
        "summary": "Electoral information reaches every voter, whatever their abilities, language, location or connection.",
        "description": [
            "An accessible approach starts from the voter rather than the channel. An election "
            "management body that posts only to the platforms its own staff prefer will miss "
            "people with disabilities, speakers of minority languages, older citizens who rely on "
            "radio and newspapers, and rural households with weak or costly mobile data.",
            "In practice this means a voter-focused website that works on basic phones and with "
            "screen readers, audio and sign-language versions of key material, messages in each "
            "language in common use, and low-bandwidth routes such as SMS. New media should widen "
            "the audience an EMB already reaches, never replace the channels some voters depend on.",
        ],
    },
    {
        "slug": "appropriate-use",
        "name": "Appropriate use",
        "summary": "New media is used responsibly, impartially and securely, within clear rules for the institution and its people.",
        "description": [
            "Because anything posted by an EMB or its staff can be read as an official statement, "
            "the institution needs agreed rules on what it publishes, in what tone, and who may "
            "speak for it. Appropriate use covers the official channels, the personal accounts of "
            "staff and polling officials, and the way offensive or abusive comments are moderated.",
            "It also covers protecting the accounts themselves: strong passwords, few "
            "administrators and awareness of phishing. Finally, it asks for restraint in the other "
            "direction: heavy-handed attempts to regulate online speech can curtail legitimate "
            "freedoms and rarely keep pace with the technology, so an EMB should prefer clear "
            "information and codes of conduct to censorship.",
        ],
    },
    {
        "slug": "capacity",
        "name": "Capacity",
        "summary": "The EMB has the people, skills, time and technology to run its new media channels well, and keeps building them.",
        "description": [
            "A busy channel generates questions and comments that someone must read and answer, "
            "and an account that goes quiet can do more harm to trust than having no account at "
            "all. Capacity means budgeting realistic staff time, not simply adding social media to "
            "an already full job description.",
            "Skills age quickly in this field, so training should be continuous rather than a "
            "one-off. Senior managers cannot hand every decision to junior staff, because some "
            "replies need legal or policy sign-off; in a small commission the leadership may carry "
            "the whole communications load and must prioritise ruthlessly.",
        ],
    },
    {
        "slug": "consultative",
        "name": "Consultative",
        "summary": "The EMB seeks the views of stakeholders, specialists and peer EMBs before and while it uses new media.",
        "description": [
            "Parties, government departments, journalists, civil society organisations and voters "
            "all have a stake in how the election authority communicates. Asking them early what "
            "they need, and which channels they actually use, produces a strategy that people "
            "recognise and support.",
            "Consultation should include technical experts in new media from the outset and peer "
            "election bodies that have already been through the process. Members of the CEN can "
            "draw on the Network's online platform and working groups to learn from others' "
            "experience and avoid repeating their mistakes.",
        ],
    },
    {
        "slug": "engaged",
        "name": "Engaged",
        "summary": "New media is a two-way conversation in which the EMB listens, answers and meets citizens where they already are.",
        "description": [
            "The value of social platforms lies in their interactivity. An engaged EMB answers "
            "questions, acknowledges complaints and joins conversations already under way, rather "
            "than using its accounts as a noticeboard.",
            "Engagement is also about going to audiences on their own ground, for example reaching "
            "young and first-time voters on the platforms they use, in a register they find "
            "natural, while keeping the content accurate and relevant. Visible responsiveness of "
            "this kind builds confidence in the whole electoral process.",
        ],
    },
    {
        "slug": "informative",
        "name": "Informative",
        "summary": "Messages are accurate, impartial, timely and practical, with the website as the single source of truth.",
        "description": [
            "The first duty of an EMB online is to give people correct information they can act on: "
            "how to register, where and when to vote, how to complain and how results will be "
            "announced. The depth should match the audience, with practical steps for voters and "
            "fuller legal detail for parties and candidates.",
            "A well-maintained, voter-focused website should anchor every other channel, so that "
            "posts, messages and replies can point back to one authoritative source. Being "
            "informative also means filling the gap quickly when rumours or misleading claims "
            "begin to circulate.",
        ],
    },
    {
        "slug": "partnership",
        "name": "Partnership",
        "summary": "The EMB works with civil society, faith groups, media, platform vendors and peer EMBs to extend its reach.",
        "description": [
            "Messages travel further when trusted intermediaries share them with their own "
            "followers. Community and faith-based organisations, youth networks, disability "
            "groups and the news media can carry an EMB's information to people it would struggle "
            "to reach on its own.",
            "Partnership also includes practical working relationships with the companies that "
            "run the platforms, so that problems such as a compromised account or a dispute over "
            "content can be escalated quickly, and with peer EMBs across the Commonwealth who can "
            "share what has worked for them.",
        ],
    },
    {
        "slug": "responsive",
        "name": "Responsive",
        "summary": "The EMB replies promptly, handles issues in real time and keeps adapting its approach as the media landscape changes.",
        "description": [
            "Online audiences expect quick answers, and on polling day an incident or an "
            "allegation can spread within minutes. A responsive EMB has people watching its "
            "channels, clear rules for escalating serious matters and pre-approved wording for "
            "common questions, so that it can correct errors before they take hold.",
            "Responsiveness also applies to the strategy itself. Platforms, audiences and threats "
            "change between one election and the next, so the EMB should review its performance "
            "regularly and adjust rather than repeat the previous plan.",
        ],
    },
]

# ---------------------------------------------------------------------------
# The ten good-practice areas of section 3, with the principles the guide tags them with.
# ---------------------------------------------------------------------------
PRACTICE_AREAS = [
    {
        "number": "3.1",
        "slug": "new-media-strategy",
        "title": "Developing a strategy for new media",
        "summary": "Check that voters actually want and can use new media, set documented goals and indicators, consult widely and plan a fallback for technical failure.",
        "guidance": [
            "Before writing a strategy, test whether there is real demand for new media among the "
            "electorate and whether the infrastructure supports it. High national figures for "
            "internet use can hide rural districts where bandwidth is scarce, so the plan should "
            "also say what happens if networks or platforms fail.",
            "Agree at the start what the strategy is meant to achieve, write those goals down and "
            "choose indicators that will show whether they were met. Time spent here saves "
            "argument later about whether the effort was worthwhile.",
            "Draw in a wide circle of stakeholders, from parties, government and media to civil "
            "society and voters, and involve new media specialists early. Peer EMBs that already "
            "run effective strategies are a valuable source of practical advice.",
        ],
        "principles": ["capacity", "consultative", "engaged", "responsive"],
    },
    {
        "number": "3.2",
        "slug": "understanding-platforms",
        "title": "Understanding new media platforms",
        "summary": "Weigh each platform's reach, tone, moderation tools and vendor terms, including how fast a hacked account can be restored, and plan for the risks.",
        "guidance": [
            "Platforms differ in who uses them, how formal the conversation is and whether "
            "comments can be moderated before they appear. An EMB should compare these features "
            "against its audiences before committing staff time to any one service.",
            "The terms set by the company that runs a platform matter as much as its features. "
            "Find out whether the vendor can withdraw the EMB's access on its own initiative, how "
            "disputes are settled, and how quickly control of a hijacked account can be returned "
            "so that reputational damage is limited.",
            "Treat new media like any other operational risk: identify what could go wrong, decide "
            "how each risk will be reduced, and keep contingency plans ready.",
        ],
        "principles": ["accessible", "capacity", "consultative", "engaged", "informative", "partnership", "responsive"],
    },
    {
        "number": "3.3",
        "slug": "dedicating-staff-resources",
        "title": "Dedicating staff resources",
        "summary": "Resource the channels with trained staff who can answer in good time, keep senior oversight of sensitive replies and plan carefully in small EMBs.",
        "guidance": [
            "A lively channel brings a steady flow of questions and comments. Leaving them "
            "unanswered can damage an EMB's reputation more than staying offline, so the workload "
            "must be staffed and balanced against other duties, with training repeated as the "
            "platforms evolve.",
            "Some responses carry legal or political weight and need a senior decision, so "
            "leadership cannot delegate the whole function. Where an EMB is small and senior "
            "officers run communications themselves, a focused plan keeps the effort on the "
            "priorities that matter most.",
        ],
        "principles": ["capacity", "consultative", "engaged", "responsive"],
    },
    {
        "number": "3.4",
        "slug": "types-of-information",
        "title": "Determining types of information for dissemination",
        "summary": "Decide early what new media is for: mirroring traditional messages, real-time updates, separate tools for media and voters, and which voices to use.",
        "guidance": [
            "At the strategy stage an EMB should decide whether its new media channels will repeat "
            "what it says through press, radio and television, or carry material available nowhere "
            "else, such as live updates on key electoral developments.",
            "It should also decide whether journalists and voters are served through the same "
            "accounts or different tools, and whether messages come from the institution, from "
            "named officials, or from a blend of the two.",
        ],
        "principles": ["accessible", "capacity", "consultative", "partnership", "responsive"],
    },
    {
        "number": "3.5",
        "slug": "institutional-linkages",
        "title": "Linkages with other institutional strategies and policies",
        "summary": "Embed the new media strategy in wider communication and outreach plans so that every channel tells the same story.",
        "guidance": [
            "A new media strategy should sit inside the EMB's overall communication and outreach "
            "plan, not beside it. When channels are planned separately, voters receive mixed or "
            "contradictory messages.",
            "Online work should reinforce civic education, public meetings, the website, articles, "
            "news releases and printed publications, and each of those should point people to the "
            "others.",
        ],
        "principles": ["accessible", "informative", "partnership", "responsive"],
    },
    {
        "number": "3.6",
        "slug": "conflict-post-conflict",
        "title": "Developing strategies for use in conflict and post-conflict contexts",
        "summary": "Where violence is a risk, plan the tone and frequency of posts, counter rumours and misinformation quickly and use new media to promote peace.",
        "guidance": [
            "Where elections have been marked by violence, the new media strategy should say in "
            "advance how the channels will be used if tension rises, including the tone of messages "
            "and how often to post.",
            "Rumours and hate speech spread fast in fragile settings, so the EMB may need to be "
            "unusually proactive in correcting false reports. Its channels can also carry calls "
            "for calm and point people to organisations working for peaceful resolution of "
            "disputes.",
        ],
        "principles": ["appropriate-use", "engaged", "partnership", "responsive"],
    },
    {
        "number": "3.7",
        "slug": "codes-of-conduct",
        "title": "Codes of conduct",
        "summary": "Write guidelines for channel administrators, staff personal accounts, polling officials and other stakeholders, and build them into terms of employment.",
        "guidance": [
            "Codes of conduct prepared alongside the strategy help everyone apply it consistently. "
            "Separate guidance may be needed for the staff who run official accounts, for polling "
            "officials, for staff using their own accounts and for outside stakeholders, with "
            "senior managers overseeing compliance.",
            "For administrators, the guidance should cover permitted content and platforms, tone, "
            "posting frequency, whether to share others' posts, when to escalate to a senior "
            "decision-maker and how to moderate or remove offensive material. Codes for "
            "journalists, bloggers and commentators can address accuracy, accountability, hate "
            "speech, disclosure and independence.",
            "Staff and polling officials should not publish election material on personal "
            "accounts, where it may be taken as official; agreement to the code can be made a "
            "condition of employment.",
        ],
        "principles": ["appropriate-use", "consultative", "engaged", "responsive"],
    },
    {
        "number": "3.8",
        "slug": "target-audience",
        "title": "Understanding the target audience",
        "summary": "Know who each message is for, pitch content to that audience and design for inclusion: disability, gender and language.",
        "guidance": [
            "Different audiences need different content. Young people respond to lighter, lively "
            "messages that are still accurate; the general electorate needs practical steps on "
            "registering, voting and complaining; parties and candidates want detail on the rules "
            "for nomination, finance and conduct around polling day.",
            "Technology should make the process more equal, not less. Interactive websites or apps "
            "with audio help visually impaired voters, messaging should be gender-aware so that "
            "women are clearly included, and content should be offered in each language in common "
            "use.",
        ],
        "principles": ["accessible", "appropriate-use", "consultative", "engaged", "informative", "partnership"],
    },
    {
        "number": "3.9",
        "slug": "security-of-information",
        "title": "Security of information",
        "summary": "Protect accounts with strong passwords and few administrators, and keep up with hacking, phishing and spam threats.",
        "guidance": [
            "Every official profile should be protected by a strong password known to a small, "
            "named group of administrators. Wider access multiplies the chances of a leak or a "
            "takeover.",
            "Threats evolve constantly, so the EMB needs to track new risks to its systems and keep "
            "its staff current on how to recognise and resist hacking, phishing and spam.",
        ],
        "principles": ["appropriate-use", "responsive"],
    },
    {
        "number": "3.10",
        "slug": "lessons-learned-reviews",
        "title": "Lessons-learned reviews",
        "summary": "Set aside time after each electoral event to review how the new media strategy performed and adjust it.",
        "guidance": [
            "Reviewing performance should be a routine part of the strategy, not an afterthought. "
            "Time set aside to measure results against the agreed indicators shows what to keep, "
            "what to change and what to stop.",
            "Because the new media environment moves so quickly, a plan that worked at the last "
            "election may already be dated, which makes regular review especially important.",
        ],
        "principles": ["appropriate-use", "consultative", "responsive"],
    },
]

# ---------------------------------------------------------------------------
# The Commonwealth's five regions.
# ---------------------------------------------------------------------------
REGIONS = [
    {"slug": "africa", "name": "Africa"},
    {"slug": "asia", "name": "Asia"},
    {"slug": "caribbean-americas", "name": "Caribbean and Americas"},
    {"slug": "europe", "name": "Europe"},
    {"slug": "pacific", "name": "Pacific"},
]

# ---------------------------------------------------------------------------
# The 56 member countries (2024): (ISO 3166-1 alpha-2, common English short name, region slug).
# ---------------------------------------------------------------------------
COUNTRIES = [
    ("AG", "Antigua and Barbuda", "caribbean-americas"),
    ("AU", "Australia", "pacific"),
    ("BS", "Bahamas", "caribbean-americas"),
    ("BD", "Bangladesh", "asia"),
    ("BB", "Barbados", "caribbean-americas"),
    ("BZ", "Belize", "caribbean-americas"),
    ("BW", "Botswana", "africa"),
    ("BN", "Brunei Darussalam", "asia"),
    ("CM", "Cameroon", "africa"),
    ("CA", "Canada", "caribbean-americas"),
    ("CY", "Cyprus", "europe"),
    ("DM", "Dominica", "caribbean-americas"),
    ("SZ", "Eswatini", "africa"),
    ("FJ", "Fiji", "pacific"),
    ("GA", "Gabon", "africa"),
    ("GM", "Gambia", "africa"),
    ("GH", "Ghana", "africa"),
    ("GD", "Grenada", "caribbean-americas"),
    ("GY", "Guyana", "caribbean-americas"),
    ("IN", "India", "asia"),
    ("JM", "Jamaica", "caribbean-americas"),
    ("KE", "Kenya", "africa"),
    ("KI", "Kiribati", "pacific"),
    ("LS", "Lesotho", "africa"),
    ("MW", "Malawi", "africa"),
    ("MY", "Malaysia", "asia"),
    ("MV", "Maldives", "asia"),
    ("MT", "Malta", "europe"),
    ("MU", "Mauritius", "africa"),
    ("MZ", "Mozambique", "africa"),
    ("NA", "Namibia", "africa"),
    ("NR", "Nauru", "pacific"),
    ("NZ", "New Zealand", "pacific"),
    ("NG", "Nigeria", "africa"),
    ("PK", "Pakistan", "asia"),
    ("PG", "Papua New Guinea", "pacific"),
    ("RW", "Rwanda", "africa"),
    ("KN", "Saint Kitts and Nevis", "caribbean-americas"),
    ("LC", "Saint Lucia", "caribbean-americas"),
    ("VC", "Saint Vincent and the Grenadines", "caribbean-americas"),
    ("WS", "Samoa", "pacific"),
    ("SC", "Seychelles", "africa"),
    ("SL", "Sierra Leone", "africa"),
    ("SG", "Singapore", "asia"),
    ("SB", "Solomon Islands", "pacific"),
    ("ZA", "South Africa", "africa"),
    ("LK", "Sri Lanka", "asia"),
    ("TZ", "Tanzania", "africa"),
    ("TG", "Togo", "africa"),
    ("TO", "Tonga", "pacific"),
    ("TT", "Trinidad and Tobago", "caribbean-americas"),
    ("TV", "Tuvalu", "pacific"),
    ("UG", "Uganda", "africa"),
    ("GB", "United Kingdom", "europe"),
    ("VU", "Vanuatu", "pacific"),
    ("ZM", "Zambia", "africa"),
]

# ---------------------------------------------------------------------------
# National election management bodies. Websites and social accounts are given only where
# they are known; the two accounts shown in the guide itself are included
# (@electionsja for the Electoral Commission of Jamaica, @ElectionsCanE for Elections Canada).
# Platform values follow the portal's SocialAccount choices ("x", "facebook", ...).
# ---------------------------------------------------------------------------
EMBS = [
    {
        "key": "aec",
        "name": "Australian Electoral Commission",
        "abbreviation": "AEC",
        "country": "AU",
        "website": "https://www.aec.gov.au",
        "social": [("x", "https://x.com/AusElectoralCom")],
    },
    {
        "key": "bec",
        "name": "Bangladesh Election Commission",
        "abbreviation": "EC",
        "country": "BD",
        "website": "https://www.ecs.gov.bd",
        "social": [],
    },
    {
        "key": "ebc-tt",
        "name": "Elections and Boundaries Commission",
        "abbreviation": "EBC",
        "country": "TT",
        "website": "https://ebctt.com",
        "social": [("x", "https://x.com/ebctt")],
    },
    {
        "key": "elections-canada",
        "name": "Elections Canada",
        "abbreviation": "",
        "country": "CA",
        "website": "https://www.elections.ca",
        "social": [
            ("facebook", "https://www.facebook.com/ElectionsCanE"),
            ("x", "https://x.com/ElectionsCan_E"),
        ],
    },
    {
        "key": "eci",
        "name": "Election Commission of India",
        "abbreviation": "ECI",
        "country": "IN",
        "website": "https://eci.gov.in",
        "social": [("x", "https://x.com/ECISVEEP")],
    },
    {
        "key": "ecp",
        "name": "Election Commission of Pakistan",
        "abbreviation": "ECP",
        "country": "PK",
        "website": "https://www.ecp.gov.pk",
        "social": [],
    },
    {
        "key": "eclk",
        "name": "Election Commission of Sri Lanka",
        "abbreviation": "EC",
        "country": "LK",
        "website": "https://elections.gov.lk",
        "social": [],
    },
    {
        "key": "ec-uk",
        "name": "Electoral Commission (United Kingdom)",
        "abbreviation": "",
        "country": "GB",
        "website": "https://www.electoralcommission.org.uk",
        "social": [("x", "https://x.com/ElectoralCommUK")],
    },
    {
        "key": "ec-nz",
        "name": "Electoral Commission (New Zealand)",
        "abbreviation": "",
        "country": "NZ",
        "website": "https://elections.nz",
        "social": [],
    },
    {
        "key": "ec-gh",
        "name": "Electoral Commission of Ghana",
        "abbreviation": "EC",
        "country": "GH",
        "website": "https://ec.gov.gh",
        "social": [],
    },
    {
        "key": "ecj",
        "name": "Electoral Commission of Jamaica",
        "abbreviation": "ECJ",
        "country": "JM",
        "website": "https://ecj.com.jm",
        "social": [("facebook", "https://www.facebook.com/electionsja")],
    },
    {
        "key": "iec-za",
        "name": "Electoral Commission of South Africa",
        "abbreviation": "IEC",
        "country": "ZA",
        "website": "https://www.elections.org.za",
        "social": [("x", "https://x.com/IECSouthAfrica")],
    },
    {
        "key": "ecz",
        "name": "Electoral Commission of Zambia",
        "abbreviation": "ECZ",
        "country": "ZM",
        "website": "https://www.elections.org.zm",
        "social": [],
    },
    {
        "key": "ecsl",
        "name": "Electoral Commission for Sierra Leone",
        "abbreviation": "ECSL",
        "country": "SL",
        "website": "https://ec.gov.sl",
        "social": [],
    },
    {
        "key": "feo",
        "name": "Fijian Elections Office",
        "abbreviation": "FEO",
        "country": "FJ",
        "website": "https://www.feo.org.fj",
        "social": [],
    },
    {
        "key": "gecom",
        "name": "Guyana Elections Commission",
        "abbreviation": "GECOM",
        "country": "GY",
        "website": "https://gecom.org.gy",
        "social": [],
    },
    {
        "key": "iebc",
        "name": "Independent Electoral and Boundaries Commission",
        "abbreviation": "IEBC",
        "country": "KE",
        "website": "https://www.iebc.or.ke",
        "social": [("x", "https://x.com/IEBCKenya")],
    },
    {
        "key": "inec",
        "name": "Independent National Electoral Commission",
        "abbreviation": "INEC",
        "country": "NG",
        "website": "https://inecnigeria.org",
        "social": [("x", "https://x.com/inecnigeria")],
    },
    {
        "key": "mec",
        "name": "Malawi Electoral Commission",
        "abbreviation": "MEC",
        "country": "MW",
        "website": "https://www.mec.org.mw",
        "social": [],
    },
]

# ---------------------------------------------------------------------------
# The taxonomy in French, translated through wagtail-localize (see translate_into_french).
# Rich text is given paragraph by paragraph, in the order of the English.
# ---------------------------------------------------------------------------
FRENCH_PRINCIPLES = {
    "accessible": {
        "name": "Accessible",
        "summary": "L’information électorale parvient à chaque électeur, quels que soient ses capacités, sa langue, "
        "son lieu de résidence ou sa connexion.",
        "description": [
            "Une démarche accessible part de l’électeur et non du canal. Un organe de gestion des élections qui ne "
            "publie que sur les plateformes préférées de son propre personnel passera à côté des personnes "
            "handicapées, des locuteurs de langues minoritaires, des citoyens âgés qui s’informent par la radio et "
            "les journaux, et des ménages ruraux dont les données mobiles sont faibles ou coûteuses.",
            "Concrètement, cela suppose un site web pensé pour les électeurs, qui fonctionne sur des téléphones "
            "simples et avec les lecteurs d’écran, des versions audio et en langue des signes des documents "
            "essentiels, des messages dans chaque langue d’usage courant et des solutions peu gourmandes en bande "
            "passante comme les SMS. Les nouveaux médias doivent élargir le public qu’un OGE touche déjà, jamais "
            "remplacer les canaux dont certains électeurs dépendent.",
        ],
    },
    "appropriate-use": {
        "name": "Usage approprié",
        "summary": "Les nouveaux médias sont utilisés de manière responsable, impartiale et sûre, selon des règles "
        "claires pour l’institution et son personnel.",
        "description": [
            "Tout ce que publie un OGE ou un membre de son personnel peut être lu comme une déclaration officielle. "
            "L’institution a donc besoin de règles convenues sur ce qu’elle publie, sur le ton employé et sur les "
            "personnes habilitées à parler en son nom. L’usage approprié concerne les canaux officiels, les comptes "
            "personnels du personnel et des agents électoraux, ainsi que la modération des commentaires injurieux "
            "ou offensants.",
            "Il couvre aussi la protection des comptes eux-mêmes\u00a0: mots de passe robustes, administrateurs peu "
            "nombreux et vigilance face à l’hameçonnage. Enfin, il appelle à la retenue dans l’autre sens. Vouloir "
            "réglementer lourdement l’expression en ligne peut restreindre des libertés légitimes et suit rarement "
            "le rythme de la technologie\u00a0; un OGE devrait donc préférer une information claire et des codes de "
            "conduite à la censure.",
        ],
    },
    "capacity": {
        "name": "Capacité",
        "summary": "L’OGE dispose du personnel, des compétences, du temps et des outils nécessaires pour bien animer "
        "ses canaux numériques, et continue de les renforcer.",
        "description": [
            "Un canal actif suscite des questions et des commentaires auxquels quelqu’un doit répondre, et un compte "
            "qui se tait peut nuire davantage à la confiance que l’absence de compte. La capacité suppose de prévoir "
            "un temps de travail réaliste, et non d’ajouter simplement les réseaux sociaux à une fiche de poste déjà "
            "pleine.",
            "Dans ce domaine, les compétences vieillissent vite\u00a0: la formation doit être continue plutôt que "
            "ponctuelle. Les cadres dirigeants ne peuvent pas confier toutes les décisions à de jeunes "
            "collaborateurs, car certaines réponses exigent un avis juridique ou une validation de la direction\u00a0; "
            "dans une petite commission, les dirigeants portent parfois à eux seuls toute la communication et "
            "doivent fixer leurs priorités sans complaisance.",
        ],
    },
    "consultative": {
        "name": "Consultatif",
        "summary": "L’OGE recueille l’avis des parties prenantes, des spécialistes et des OGE homologues avant et "
        "pendant son usage des nouveaux médias.",
        "description": [
            "Les partis, les ministères, les journalistes, les organisations de la société civile et les électeurs "
            "ont tous un intérêt dans la façon dont l’autorité électorale communique. Leur demander tôt ce dont ils "
            "ont besoin, et quels canaux ils utilisent réellement, permet d’aboutir à une stratégie dans laquelle "
            "chacun se reconnaît et qu’il soutient.",
            "La consultation devrait associer dès le départ des experts techniques des nouveaux médias ainsi que des "
            "organes électoraux homologues qui ont déjà mené cette démarche. Les membres du CEN peuvent s’appuyer "
            "sur la plateforme en ligne et les groupes de travail du Réseau pour tirer parti de l’expérience des "
            "autres et éviter de répéter leurs erreurs.",
        ],
    },
    "engaged": {
        "name": "Engagé",
        "summary": "Les nouveaux médias sont une conversation à double sens, dans laquelle l’OGE écoute, répond et va "
        "à la rencontre des citoyens là où ils se trouvent déjà.",
        "description": [
            "La valeur des plateformes sociales tient à leur interactivité. Un OGE engagé répond aux questions, "
            "prend acte des plaintes et participe aux conversations déjà en cours, au lieu de se servir de ses "
            "comptes comme d’un simple tableau d’affichage.",
            "L’engagement consiste aussi à aller vers les publics sur leur propre terrain, par exemple en touchant "
            "les jeunes et les primo-votants sur les plateformes qu’ils utilisent, dans un registre qui leur paraît "
            "naturel, tout en gardant un contenu exact et pertinent. Une réactivité visible de ce type renforce la "
            "confiance dans l’ensemble du processus électoral.",
        ],
    },
    "informative": {
        "name": "Informatif",
        "summary": "Les messages sont exacts, impartiaux, publiés à temps et utiles, le site web servant de source "
        "de référence unique.",
        "description": [
            "En ligne, le premier devoir d’un OGE est de donner aux citoyens une information exacte sur laquelle ils "
            "peuvent agir\u00a0: comment s’inscrire sur les listes électorales, où et quand voter, comment déposer "
            "une plainte et comment les résultats seront annoncés. Le niveau de détail doit correspondre au public, "
            "avec des étapes pratiques pour les électeurs et des précisions juridiques plus complètes pour les "
            "partis et les candidats.",
            "Un site web bien tenu et pensé pour les électeurs devrait servir d’ancrage à tous les autres canaux, "
            "afin que publications, messages et réponses puissent renvoyer à une source unique qui fait autorité. "
            "Être informatif, c’est aussi combler rapidement le vide lorsque des rumeurs ou des affirmations "
            "trompeuses commencent à circuler.",
        ],
    },
    "partnership": {
        "name": "Partenariat",
        "summary": "L’OGE travaille avec la société civile, les groupes confessionnels, les médias, les fournisseurs "
        "de plateformes et les OGE homologues pour élargir sa portée.",
        "description": [
            "Les messages vont plus loin lorsque des intermédiaires de confiance les relaient auprès de leurs propres "
            "abonnés. Les organisations communautaires et confessionnelles, les réseaux de jeunes, les associations "
            "de personnes handicapées et les médias d’information peuvent porter l’information d’un OGE jusqu’à des "
            "personnes qu’il aurait du mal à atteindre seul.",
            "Le partenariat comprend aussi des relations de travail concrètes avec les entreprises qui exploitent "
            "les plateformes, afin qu’un compte compromis ou un différend sur un contenu puisse être porté "
            "rapidement au bon niveau, ainsi qu’avec les OGE homologues du Commonwealth, qui peuvent partager ce qui "
            "a fonctionné chez eux.",
        ],
    },
    "responsive": {
        "name": "Réactif",
        "summary": "L’OGE répond sans délai, traite les problèmes en temps réel et adapte sans cesse son approche à "
        "l’évolution du paysage médiatique.",
        "description": [
            "Les publics en ligne attendent des réponses rapides, et le jour du scrutin un incident ou une "
            "allégation peut se propager en quelques minutes. Un OGE réactif a des personnes qui surveillent ses "
            "canaux, des règles claires pour faire remonter les questions graves et des formulations validées à "
            "l’avance pour les questions courantes, afin de pouvoir corriger les erreurs avant qu’elles ne "
            "s’installent.",
            "La réactivité s’applique aussi à la stratégie elle-même. Les plateformes, les publics et les menaces "
            "changent d’une élection à l’autre\u00a0: l’OGE devrait donc évaluer régulièrement ses résultats et "
            "s’adapter plutôt que reconduire le plan précédent.",
        ],
    },
}

FRENCH_PRACTICE_AREAS = {
    "new-media-strategy": {
        "title": "Élaborer une stratégie pour les nouveaux médias",
        "summary": "Vérifier que les électeurs veulent et peuvent utiliser les nouveaux médias, fixer des objectifs et "
        "des indicateurs écrits, consulter largement et prévoir une solution de repli en cas de panne technique.",
        "guidance": [
            "Avant de rédiger une stratégie, vérifiez que l’électorat demande réellement les nouveaux médias et que "
            "les infrastructures le permettent. Des chiffres nationaux élevés d’utilisation d’internet peuvent "
            "masquer des districts ruraux où la bande passante est rare\u00a0; le plan doit donc aussi prévoir ce qui "
            "se passe si les réseaux ou les plateformes tombent en panne.",
            "Convenez dès le départ de ce que la stratégie doit accomplir, mettez ces objectifs par écrit et "
            "choisissez des indicateurs qui montreront s’ils ont été atteints. Le temps passé à cette étape évite "
            "plus tard des discussions sur l’utilité de l’effort.",
            "Associez un large cercle de parties prenantes, des partis, du gouvernement et des médias jusqu’à la "
            "société civile et aux électeurs, et faites intervenir tôt des spécialistes des nouveaux médias. Les OGE "
            "homologues qui mènent déjà des stratégies efficaces sont une source précieuse de conseils pratiques.",
        ],
    },
    "understanding-platforms": {
        "title": "Comprendre les plateformes de nouveaux médias",
        "summary": "Évaluer la portée, le ton, les outils de modération et les conditions de chaque plateforme, y "
        "compris la rapidité avec laquelle un compte piraté peut être rétabli, et anticiper les risques.",
        "guidance": [
            "Les plateformes diffèrent par leurs utilisateurs, par le degré de formalité des échanges et par la "
            "possibilité de modérer les commentaires avant leur publication. Un OGE devrait comparer ces "
            "caractéristiques à ses publics avant de consacrer du temps de personnel à un service en particulier.",
            "Les conditions fixées par l’entreprise qui exploite une plateforme comptent autant que ses "
            "fonctionnalités. Il faut savoir si le fournisseur peut retirer de sa propre initiative l’accès de "
            "l’OGE, comment les litiges sont réglés et en combien de temps le contrôle d’un compte détourné peut "
            "être rendu, afin de limiter l’atteinte à la réputation.",
            "Traitez les nouveaux médias comme tout autre risque opérationnel\u00a0: recensez ce qui pourrait mal "
            "tourner, décidez comment réduire chaque risque et tenez des plans d’urgence prêts.",
        ],
    },
    "dedicating-staff-resources": {
        "title": "Affecter des ressources humaines",
        "summary": "Doter les canaux d’un personnel formé capable de répondre à temps, garder un contrôle de la "
        "direction sur les réponses sensibles et planifier avec soin dans les petits OGE.",
        "guidance": [
            "Un canal animé apporte un flux continu de questions et de commentaires. Les laisser sans réponse peut "
            "nuire davantage à la réputation d’un OGE que de rester hors ligne\u00a0: la charge de travail doit donc "
            "être dotée en personnel et équilibrée avec les autres tâches, et la formation renouvelée à mesure que "
            "les plateformes évoluent.",
            "Certaines réponses ont une portée juridique ou politique et exigent une décision de la direction, qui "
            "ne peut donc pas déléguer toute la fonction. Lorsqu’un OGE est petit et que ses cadres assurent "
            "eux-mêmes la communication, un plan resserré concentre l’effort sur les priorités les plus importantes.",
        ],
    },
    "types-of-information": {
        "title": "Déterminer les types d’information à diffuser",
        "summary": "Décider tôt de la vocation des nouveaux médias\u00a0: reprise des messages traditionnels, "
        "actualités en temps réel, outils distincts pour les médias et les électeurs, et choix des voix qui "
        "s’expriment.",
        "guidance": [
            "Dès l’élaboration de la stratégie, un OGE devrait décider si ses canaux numériques reprendront ce qu’il "
            "dit dans la presse, à la radio et à la télévision, ou s’ils diffuseront des contenus disponibles nulle "
            "part ailleurs, comme des informations en direct sur les étapes clés du processus électoral.",
            "Il devrait aussi décider si les journalistes et les électeurs sont servis par les mêmes comptes ou par "
            "des outils différents, et si les messages émanent de l’institution, de responsables nommément désignés "
            "ou d’une combinaison des deux.",
        ],
    },
    "institutional-linkages": {
        "title": "Articulation avec les autres stratégies et politiques de l’institution",
        "summary": "Inscrire la stratégie pour les nouveaux médias dans les plans plus larges de communication et de "
        "sensibilisation, afin que tous les canaux racontent la même histoire.",
        "guidance": [
            "Une stratégie pour les nouveaux médias doit s’inscrire dans le plan global de communication et de "
            "sensibilisation de l’OGE, et non à côté. Lorsque les canaux sont planifiés séparément, les électeurs "
            "reçoivent des messages confus ou contradictoires.",
            "Le travail en ligne devrait renforcer l’éducation civique, les réunions publiques, le site web, les "
            "articles, les communiqués de presse et les publications imprimées, et chacun de ces supports devrait "
            "renvoyer aux autres.",
        ],
    },
    "conflict-post-conflict": {
        "title": "Élaborer des stratégies pour les contextes de conflit et de post-conflit",
        "summary": "Là où la violence est un risque, planifier le ton et la fréquence des publications, contrer "
        "rapidement les rumeurs et la désinformation, et utiliser les nouveaux médias pour promouvoir la paix.",
        "guidance": [
            "Là où des élections ont été marquées par la violence, la stratégie pour les nouveaux médias devrait "
            "préciser à l’avance comment les canaux seront utilisés si les tensions montent, y compris le ton des "
            "messages et la fréquence des publications.",
            "Les rumeurs et les discours de haine se propagent vite dans les contextes fragiles\u00a0; l’OGE peut "
            "donc devoir se montrer particulièrement proactif pour corriger les fausses informations. Ses canaux "
            "peuvent aussi relayer des appels au calme et orienter le public vers les organisations qui œuvrent au "
            "règlement pacifique des différends.",
        ],
    },
    "codes-of-conduct": {
        "title": "Codes de conduite",
        "summary": "Rédiger des lignes directrices pour les administrateurs des canaux, les comptes personnels du "
        "personnel, les agents électoraux et les autres parties prenantes, et les intégrer aux conditions d’emploi.",
        "guidance": [
            "Des codes de conduite préparés en même temps que la stratégie aident chacun à l’appliquer de façon "
            "cohérente. Des consignes distinctes peuvent être nécessaires pour le personnel qui gère les comptes "
            "officiels, pour les agents électoraux, pour le personnel qui utilise ses propres comptes et pour les "
            "parties prenantes extérieures, le respect des règles étant supervisé par la direction.",
            "Pour les administrateurs, les consignes devraient porter sur les contenus et plateformes autorisés, le "
            "ton, la fréquence des publications, le partage ou non des publications d’autrui, les cas où il faut en "
            "référer à un décideur de haut niveau et la manière de modérer ou de supprimer les contenus offensants. "
            "Les codes destinés aux journalistes, aux blogueurs et aux commentateurs peuvent traiter de "
            "l’exactitude, de la responsabilité, des discours de haine, de la transparence et de l’indépendance.",
            "Le personnel et les agents électoraux ne devraient pas publier de contenus électoraux sur leurs comptes "
            "personnels, où ils pourraient passer pour des communications officielles\u00a0; l’adhésion au code peut "
            "être une condition d’emploi.",
        ],
    },
    "target-audience": {
        "title": "Comprendre le public cible",
        "summary": "Savoir à qui s’adresse chaque message, adapter le contenu à ce public et concevoir pour "
        "l’inclusion\u00a0: handicap, genre et langue.",
        "guidance": [
            "Des publics différents ont besoin de contenus différents. Les jeunes réagissent à des messages plus "
            "légers et vivants, qui restent exacts\u00a0; l’électorat en général a besoin d’étapes pratiques pour "
            "s’inscrire, voter et déposer une plainte\u00a0; les partis et les candidats veulent le détail des règles "
            "sur les candidatures, le financement et la conduite autour du jour du scrutin.",
            "La technologie doit rendre le processus plus égalitaire, et non l’inverse. Des sites web ou des "
            "applications interactives avec audio aident les électeurs malvoyants, les messages devraient tenir "
            "compte du genre pour que les femmes soient clairement incluses, et les contenus devraient être "
            "proposés dans chaque langue d’usage courant.",
        ],
    },
    "security-of-information": {
        "title": "Sécurité de l’information",
        "summary": "Protéger les comptes par des mots de passe robustes et un petit nombre d’administrateurs, et se "
        "tenir au fait des menaces de piratage, d’hameçonnage et de pourriel.",
        "guidance": [
            "Chaque profil officiel devrait être protégé par un mot de passe robuste connu d’un petit groupe "
            "d’administrateurs nommément désignés. Un accès plus large multiplie les risques de fuite ou de prise de "
            "contrôle.",
            "Les menaces évoluent sans cesse\u00a0: l’OGE doit suivre les nouveaux risques qui pèsent sur ses "
            "systèmes et tenir son personnel à jour sur la manière de reconnaître et de contrer le piratage, "
            "l’hameçonnage et les pourriels.",
        ],
    },
    "lessons-learned-reviews": {
        "title": "Bilans des enseignements tirés",
        "summary": "Prévoir du temps après chaque scrutin pour évaluer les résultats de la stratégie pour les "
        "nouveaux médias et l’ajuster.",
        "guidance": [
            "L’évaluation des résultats devrait être une étape ordinaire de la stratégie, et non une réflexion après "
            "coup. Le temps réservé à la mesure des résultats au regard des indicateurs convenus montre ce qu’il "
            "faut garder, modifier ou abandonner.",
            "Comme l’environnement des nouveaux médias évolue très vite, un plan qui a fonctionné lors de la "
            "dernière élection peut déjà être dépassé, ce qui rend une évaluation régulière particulièrement "
            "importante.",
        ],
    },
}

FRENCH_REGIONS = {
    "africa": "Afrique",
    "asia": "Asie",
    "caribbean-americas": "Caraïbes et Amériques",
    "europe": "Europe",
    "pacific": "Pacifique",
}

# Official French names, for the EMBs of the demo that have one.
FRENCH_EMB_NAMES = {
    "elections-canada": {"name": "Élections Canada"},
}


def translate_into_french():
    """Give every principle, practice area and region, and the EMBs with an official French name,
    their French text through wagtail-localize (the Secretariat sees and edits them as its
    translations). Running it again updates the same French rows."""
    for principle in KeyPrinciple.objects.filter(slug__in=FRENCH_PRINCIPLES):
        save_translation(principle, "fr", FRENCH_PRINCIPLES[principle.slug])
    for area in PracticeArea.objects.filter(slug__in=FRENCH_PRACTICE_AREAS):
        save_translation(area, "fr", FRENCH_PRACTICE_AREAS[area.slug])
    for region in Region.objects.filter(slug__in=FRENCH_REGIONS):
        save_translation(region, "fr", {"name": FRENCH_REGIONS[region.slug]})
    names = {data["name"]: FRENCH_EMB_NAMES[data["key"]] for data in EMBS if data["key"] in FRENCH_EMB_NAMES}
    for emb in ElectionManagementBody.objects.filter(name__in=names):
        save_translation(emb, "fr", names[emb.name])
