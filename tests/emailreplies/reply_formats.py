"""Replies as real mail clients write them, in English and French: each with the text the
member wrote, which is all that should be posted. Quoted history follows each client's own
header, so these follow the clients' formats as they send them (2025-2026 versions)."""

ANSWER = "We used SMS alerts to polling staff within the hour.\n\nThe playbook is on our site."
ANSWER_FR = "Nous avons envoyé des SMS au personnel des bureaux de vote dans l'heure.\n\nLe guide est sur notre site."
QUOTED = """> ## Reply above this line ##
> Jane Mensah wrote in "Rumours on polling day" (Open forum):
>
> Has anyone answered a viral rumour within an hour?
>
> Read and reply: https://cen.example.org/en/forums/open/threads/12/"""
QUOTED_FR = QUOTED.replace("Reply above this line", "Répondez au-dessus de cette ligne")

# (name, kind, body, expected): kind is "plain" or "html".
FORMATS = [
    ("Gmail, top-posted", "plain",
     f"{ANSWER}\n\nOn Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal <cen@cen.example.org> wrote:\n\n{QUOTED}\n", ANSWER),
    ("Gmail, header wrapped over two lines", "plain",
     f"{ANSWER}\n\nOn Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal of the Commonwealth Electoral Network <\ncen@cen.example.org> wrote:\n\n{QUOTED}\n", ANSWER),
    ("Gmail in French", "plain",
     f"{ANSWER_FR}\n\nLe mar. 1 déc. 2026 à 10:02, CEN Knowledge Portal <cen@cen.example.org> a écrit :\n\n{QUOTED_FR}\n", ANSWER_FR),
    ("Outlook desktop", "plain",
     f"{ANSWER}\n\n________________________________\nFrom: CEN Knowledge Portal <cen@cen.example.org>\nSent: Tuesday, December 1, 2026 10:02 AM\nTo: Kofi Mensah <kofi@ec.example.gh>\nSubject: New post in Rumours on polling day\n\n## Reply above this line ##\nJane Mensah wrote in \"Rumours on polling day\":\n", ANSWER),
    ("Outlook in French", "plain",
     f"{ANSWER_FR}\n\n________________________________\nDe : CEN Knowledge Portal <cen@cen.example.org>\nEnvoyé : mardi 1 décembre 2026 10:02\nÀ : Awa Diallo <awa@cena.example.sn>\nObjet : Nouveau message\n\n## Répondez au-dessus de cette ligne ##\n", ANSWER_FR),
    ("Apple Mail on iPhone", "plain",
     f"{ANSWER}\n\nSent from my iPhone\n\n> On 1 Dec 2026, at 10:02, CEN Knowledge Portal <cen@cen.example.org> wrote:\n>\n{QUOTED}\n", ANSWER),
    ("Apple Mail in French", "plain",
     f"{ANSWER_FR}\n\nEnvoyé de mon iPhone\n\n> Le 1 déc. 2026 à 10:02, CEN Knowledge Portal <cen@cen.example.org> a écrit :\n>\n{QUOTED_FR}\n", ANSWER_FR),
    ("Thunderbird", "plain",
     f"{ANSWER}\n\nOn 01/12/2026 10:02, CEN Knowledge Portal wrote:\n{QUOTED}\n", ANSWER),
    ("Thunderbird in French", "plain",
     f"{ANSWER_FR}\n\nLe 01/12/2026 à 10:02, CEN Knowledge Portal a écrit :\n{QUOTED_FR}\n", ANSWER_FR),
    ("Bottom-posted", "plain",
     f"On Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal <cen@cen.example.org> wrote:\n{QUOTED}\n\n{ANSWER}\n", ANSWER),
    ("Signature after the standard delimiter", "plain",
     f"{ANSWER}\n\n-- \nKofi Mensah\nElectoral Commission of Ghana\n+233 30 000 0000\n", ANSWER),
    ("Signed off in English", "plain",
     f"{ANSWER}\n\nBest regards,\nKofi Mensah\nElectoral Commission of Ghana\n", ANSWER),
    ("Signed off in French", "plain",
     f"{ANSWER_FR}\n\nCordialement,\nAwa Diallo\nCENA Sénégal\n", ANSWER_FR),
    ("Outlook for Android", "plain",
     f"{ANSWER}\n\nGet Outlook for Android\n________________________________\nFrom: CEN Knowledge Portal <cen@cen.example.org>\nSent: Tuesday, December 1, 2026 10:02:03 AM\nTo: kofi@ec.example.gh\nSubject: New post\n", ANSWER),
    ("Gmail for Android in French", "plain",
     f"{ANSWER_FR}\n\nEnvoyé depuis mon Android\n\nLe mar. 1 déc. 2026, 10:02, CEN Knowledge Portal <cen@cen.example.org> a écrit :\n\n{QUOTED_FR}\n", ANSWER_FR),
    ("Yahoo Mail", "plain",
     f"{ANSWER}\n\n    On Tuesday, 1 December 2026 at 10:02:03 GMT, CEN Knowledge Portal <cen@cen.example.org> wrote:\n\n{QUOTED}\n", ANSWER),
    ("Only the portal's line, no client header", "plain",
     f"{ANSWER}\n\n## Reply above this line ##\nJane Mensah wrote in \"Rumours on polling day\":\n", ANSWER),
    ("Gmail, HTML only", "html",
     '<div dir="ltr"><div>We used SMS alerts to polling staff within the hour.</div><div><br></div>'
     '<div>The playbook is on our site.</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
     "On Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal &lt;cen@cen.example.org&gt; wrote:<br></div>"
     "<blockquote>## Reply above this line ##<br>Jane wrote</blockquote></div>", ANSWER),
    ("Outlook, HTML only", "html",
     "<html><head><style>p{margin:0}</style></head><body><div><p>We used SMS alerts to polling staff within the hour.</p>"
     "<p>&nbsp;</p><p>The playbook is on our site.</p></div><div id=\"appendonsend\"></div><hr>"
     '<div id="divRplyFwdMsg"><b>From:</b> CEN Knowledge Portal<br><b>Sent:</b> Tuesday</div>'
     "<div>## Reply above this line ##</div></body></html>", ANSWER),
    ("Apple Mail, HTML only, with a link and emphasis", "html",
     "<html><body><div>We used <b>SMS alerts</b> to polling staff within the hour.</div><div><br></div>"
     '<div>The playbook is on <a href="https://ec.example.gh/playbook">our site</a>.</div><div><br>'
     "<blockquote type=\"cite\">On 1 Dec 2026, at 10:02, CEN Knowledge Portal wrote:</blockquote></div></body></html>",
     "We used **SMS alerts** to polling staff within the hour.\n\nThe playbook is on [our site](https://ec.example.gh/playbook)."),
]  # fmt: skip
