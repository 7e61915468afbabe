"""Intent classifier: TF-IDF n-grams of the tokenized message and a logistic regression.

Why not DIET or Rasa's LogisticRegressionClassifier: with about 1,800 short examples in two
languages and no pretrained embeddings, a regularised linear model on sublinear TF-IDF word
bigrams and character n-grams generalises as well as DIET on the held-out set, deterministically,
in about a second instead of a minute; Rasa's own logistic regression uses raw counts with a
fixed C=1, which underfits (5-fold cross-validation on the training data chose C and n-grams).
Confidences are the regression's probabilities, so FallbackClassifier works as usual. A loaded
model scores each message with bot/components/tfidf_scorer.py: the same probabilities without
scikit-learn's per-call overhead, which was a seventh of the server's CPU per turn.
"""

from __future__ import annotations

import pickle
from typing import Any, cast

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import INTENT, TEXT, TEXT_TOKENS
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.tfidf_scorer import TfidfScorer, UnsupportedPipeline

MODEL_FILE = "intent_classifier.pkl"
BATCH_SIZE = 32  # from this many messages on (training data), scikit-learn's batch path is faster


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(IntentClassifier, GraphComponent):
    """Logistic regression on TF-IDF word and character n-grams of the message's tokens."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "word_ngrams": [1, 2],  # over the tokenizer's tokens
            "char_wb_ngrams": [1, 4],  # inside each token
            "char_ngrams": [1, 3],  # across tokens (Chinese phrases jieba splits)
            "C": 20.0,
            "max_iter": 2000,
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Any = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        self.scorer = self._scorer(model)

    @staticmethod
    def _scorer(model: Any) -> TfidfScorer | None:
        if model is None:
            return None
        try:
            return TfidfScorer(model)
        except UnsupportedPipeline:
            return None  # scikit-learn's own predict_proba, slower but the same numbers

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TfidfIntentClassifier:
        return cls(config, model_storage, resource)

    @staticmethod
    def _text(message: Message) -> str:
        tokens = message.get(TEXT_TOKENS) or []
        return " ".join(t.text.lower() for t in tokens) or (message.get(TEXT) or "").lower()

    def _new_model(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        c = self.config
        features = make_union(
            TfidfVectorizer(
                analyzer="word",
                token_pattern=r"\S+",
                ngram_range=tuple(c["word_ngrams"]),
                sublinear_tf=True,
            ),
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(c["char_wb_ngrams"]), sublinear_tf=True
            ),
            TfidfVectorizer(
                analyzer="char", ngram_range=tuple(c["char_ngrams"]), sublinear_tf=True
            ),
        )
        regression = LogisticRegression(
            C=c["C"], max_iter=c["max_iter"], class_weight="balanced", random_state=0
        )
        return make_pipeline(features, regression)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if examples:
            self.model = self._new_model()
            self.model.fit([self._text(e) for e in examples], [e.get(INTENT) for e in examples])
            self.scorer = self._scorer(self.model)
            with self._model_storage.write_to(self._resource) as directory:
                (directory / MODEL_FILE).write_bytes(pickle.dumps(self.model))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfIntentClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                model = pickle.loads((directory / MODEL_FILE).read_bytes())
        except (ValueError, FileNotFoundError):
            model = None  # trained without intent examples
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self.model is None or not messages:
            return messages
        texts = [self._text(m) for m in messages]
        if self.scorer is not None and len(texts) < BATCH_SIZE:
            probabilities: Any = [self.scorer.probabilities(text) for text in texts]
        else:
            probabilities = self.model.predict_proba(texts)
        labels = self.model.classes_
        for message, row in zip(messages, probabilities, strict=True):
            ranking = sorted(
                (
                    {"name": str(n), "confidence": float(p)}
                    for n, p in zip(labels, row, strict=True)
                ),
                key=lambda r: -cast(float, r["confidence"]),
            )
            message.set(INTENT, ranking[0], add_to_output=True)
            length = self.config["ranking_length"]
            message.set("intent_ranking", ranking[:length] if length else ranking, True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
