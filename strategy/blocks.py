"""Blocks only the strategy pages need; bodies use the shared ``BaseStreamBlock``."""

from wagtail import blocks


class FactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=30, help_text='For example "Over 500" or "5,063".')
    label = blocks.CharBlock(max_length=200, help_text="What the figure counts, in plain words.")

    class Meta:
        icon = "order"
        template = "blocks/fact.html"
        description = "A number and what it counts, such as how many people took part"


class CoProductionFactsBlock(blocks.StreamBlock):
    fact = FactBlock()


class CommitmentsBlock(blocks.StreamBlock):
    commitment = blocks.CharBlock(max_length=300, icon="tick")
