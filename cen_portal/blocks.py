"""StreamField blocks for the body of case studies and guidance notes; each renders with templates/blocks/<name>.html."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

BODY_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"


class LessonLearnedBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lesson"), max_length=200)
    text = blocks.RichTextBlock(label=_("Explanation"), features=["bold", "italic", "link"])

    class Meta:
        icon = "pick"
        label = _("Lesson learned")
        template = "blocks/lesson_learned_block.html"


class OutcomeBlock(blocks.StructBlock):
    indicator = blocks.CharBlock(label=_("Indicator"), max_length=250, help_text=_("What was measured."))
    result = blocks.CharBlock(label=_("Result"), max_length=250, help_text=_("What was observed."))

    class Meta:
        icon = "success"
        label = _("Outcome or indicator")
        template = "blocks/outcome_block.html"


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    url = blocks.URLBlock(label=_("Address"), required=False)


class SourcesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    def get_searchable_content(self, value):
        # Citations are not what a study is about (most cite the same guide): kept out of
        # the search index, so they neither rank nor get highlighted.
        return []

    class Meta:
        icon = "list-ul"
        label = _("Sources")
        template = "blocks/sources_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=BODY_FEATURES, template="blocks/paragraph_block.html")
    heading = blocks.CharBlock(max_length=120, template="blocks/heading_block.html", icon="title")
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    document = DocumentBlock()
    lesson = LessonLearnedBlock()
    outcome = OutcomeBlock()
    sources = SourcesBlock()
