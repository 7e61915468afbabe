"""A tokenizer for mixed Chinese and English messages.

Rasa's JiebaTokenizer runs jieba with its HMM new-word guessing, which glues characters across
the edges of what we annotate ("2021年生的" -> "2021|年生|的", "两个人交" -> "两个|人交"), and it
keeps every space as a token, which pads English context. This one cuts with the dictionary only
(plus bot/jieba/ words) and drops whitespace tokens; everything else is JiebaTokenizer's.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class ZhEnTokenizer(JiebaTokenizer):
    """jieba without HMM, no whitespace tokens."""

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        import jieba

        text = message.get(attribute)
        tokens = [
            Token(word, start)
            for word, start, _ in jieba.tokenize(text, HMM=False)
            if word and not word.isspace()
        ]
        return self._apply_token_pattern(tokens)
