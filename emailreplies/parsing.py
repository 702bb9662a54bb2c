"""Reading a reply: its headers, the new text only (quoted history and signatures left out,
from English and French mail clients), HTML turned into the portal's markdown, and its files.

Quoted history is found in three steps: the line the portal's emails put above their text
("Reply above this line"), mail-parser-reply's rules for each client's "On ... wrote:" and
"From:/Sent:" headers and signatures, and then any line still quoted with ">". The share of
tests/emailreplies/fixtures this gets exactly right is reported by the tests.
"""

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.files.base import ContentFile
from mailparser_reply import EmailReplyParser

# Written above the text of every email that carries a reply address, in both languages
# (templates/emailreplies/email/reply_above.txt); a reply is cut at whichever it finds.
REPLY_ABOVE_MARKERS = ("## Reply above this line ##", "## Répondez au-dessus de cette ligne ##")
AUTOMATIC_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
REPLY_PARSER = EmailReplyParser(languages=["en", "fr"])


@dataclass
class ParsedMail:
    message: email.message.EmailMessage
    sender: str = ""
    subject: str = ""
    text: str = ""
    files: list = field(default_factory=list)


def parse(raw):
    message = email.message_from_bytes(bytes(raw), policy=email.policy.default)
    addresses = email.utils.getaddresses([str(message.get("From", ""))])
    sender = addresses[0][1].lower() if addresses else ""
    return ParsedMail(
        message=message,
        sender=sender,
        subject=str(message.get("Subject", ""))[:200],
        text=new_text(body_text(message)),
        files=attached_files(message),
    )


def is_automatic(message, envelope_sender):
    """Auto-replies, bounces and mailing-list traffic: never posted, never answered (an answer
    to an auto-reply is how mail loops start)."""
    if not envelope_sender.strip("<> "):
        return True  # the null return path: bounces and other delivery reports
    if str(message.get("Auto-Submitted", "no")).strip().lower() != "no":
        return True
    if str(message.get("Precedence", "")).strip().lower() in AUTOMATIC_PRECEDENCE:
        return True
    if any(message.get(header) for header in ("List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond")):
        return True
    return message.get_content_type() == "multipart/report"


def authentication_failed(message):
    """True when the receiving MTA's Authentication-Results say DMARC failed for the sender."""
    results = " ".join(str(value) for value in message.get_all("Authentication-Results", []))
    return re.search(r"\bdmarc\s*=\s*fail\b", results, re.IGNORECASE) is not None


# The text ----------------------------------------------------------------------------------


def body_text(message):
    """The plain-text part, or the HTML part as markdown when there is no plain text."""
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        return decoded(plain)
    html = message.get_body(preferencelist=("html",))
    return html_to_markdown(decoded(html)) if html is not None else ""


def decoded(part):
    try:
        return part.get_content()
    except (LookupError, UnicodeError):  # a charset Python does not know: read it as UTF-8
        return (part.get_payload(decode=True) or b"").decode("utf-8", "replace")


def new_text(text):
    """What the member wrote this time, without what they replied to or their signature."""
    text = text.replace("\r\n", "\n")
    # The portal's own line, where the client did not quote it (a quoted one may sit above a
    # bottom-posted reply).
    text = REPLY_ABOVE.split(text, 1)[0]
    replies = REPLY_PARSER.read(text).replies
    text = replies[0].body if replies else text
    lines = [line for line in text.split("\n") if not line.lstrip().startswith(">")]
    # A bottom-posted reply keeps the header of what it quotes above its text.
    lines = [line for line in lines if not QUOTE_HEADER.match(line.strip())]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return SENT_FROM.sub("", text).strip()


REPLY_ABOVE = re.compile(
    "^[ \t]*(?:" + "|".join(re.escape(marker) for marker in REPLY_ABOVE_MARKERS) + ")", re.MULTILINE
)
QUOTE_HEADER = re.compile(r"^(On .{5,200} wrote:|Le .{5,200} a écrit\s?:)$", re.IGNORECASE)
# A phone's last line ("Sent from my iPhone", "Envoyé de mon iPhone").
SENT_FROM = re.compile(r"\n\s*(Sent from my|Envoyé de mon|Envoyé depuis mon) [^\n]{1,40}$", re.IGNORECASE)


class MarkdownWriter(HTMLParser):
    """HTML mail as the portal's markdown: paragraphs, line breaks, links, emphasis and lists.
    Quoted history (blockquote, Gmail's and Outlook's quote blocks), styles and scripts are left out."""

    SKIPPED = {"style", "script", "head", "title", "blockquote"}
    BLOCKS = {"p", "div", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
    QUOTE_BLOCKS = ("gmail_quote", "divRplyFwdMsg", "appendonsend", "moz-cite-prefix", "OutlookMessageHeader")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skipping = []  # the open tags whose content is left out
        self.links = []
        self.ended = False  # an Outlook or Gmail quote block: nothing after it is new

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.ended:
            return
        marks = f"{attrs.get('class', '')} {attrs.get('id', '')}"
        if any(quote in marks for quote in self.QUOTE_BLOCKS):
            self.ended = True
            return
        if self.skipping or tag in self.SKIPPED:
            if tag not in {"br", "img", "hr", "meta", "link", "input"}:
                self.skipping.append(tag)
            return
        if tag in self.BLOCKS:
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in {"strong", "b"}:
            self.out.append("**")
        elif tag in {"em", "i"}:
            self.out.append("*")
        elif tag == "a":
            self.links.append(attrs.get("href") or "")
            self.out.append("[")

    def handle_endtag(self, tag):
        if self.ended:
            return
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in self.BLOCKS:
            self.out.append("\n\n")
        elif tag in {"strong", "b"}:
            self.out.append("**")
        elif tag in {"em", "i"}:
            self.out.append("*")
        elif tag == "a" and self.links:
            href = self.links.pop()
            self.out.append(f"]({href})" if href.startswith(("http://", "https://", "mailto:")) else "]")

    def handle_data(self, data):
        if not self.ended and not self.skipping:
            self.out.append(re.sub(r"\s+", " ", data))

    def markdown(self):
        text = "".join(self.out).replace("\xa0", " ")
        lines = [line.strip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_markdown(html):
    writer = MarkdownWriter()
    writer.feed(html)
    writer.close()
    return writer.markdown()


# Files -------------------------------------------------------------------------------------


def attached_files(message):
    """Files sent as attachments (not pictures inline in a signature), as Django files."""
    files = []
    for part in message.iter_attachments():
        if part.get_content_disposition() != "attachment":
            continue
        content = part.get_payload(decode=True) or b""
        name = (part.get_filename() or "attachment").replace("/", "_").replace("\\", "_")[:200]
        files.append(ContentFile(content, name=name))
    return files
