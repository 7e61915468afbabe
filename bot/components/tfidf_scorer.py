"""The intent classifier's probabilities for one message, computed from its n-grams directly.

scikit-learn's `Pipeline.predict_proba` is made for batches: for a single short message, input
checks, sparse-matrix assembly and the FeatureUnion's job dispatch cost about 2 ms, a seventh of
the Rasa server's CPU per turn under load (profiled with py-spy). A message has a few dozen
n-grams, so the same arithmetic done on them alone takes a few hundredths of that.

The scorer reads the fitted pipeline (FeatureUnion of TfidfVectorizers with l2 norm, then a
multinomial LogisticRegression) and computes, per vectorizer, the sublinear TF-IDF weights of the
message's known n-grams, l2-normalised, then the regression's softmax over the classes. The
result equals `predict_proba` to rounding (tests/e2e/test_intent_scorer.py checks every
example of the training and test sets); a pipeline of any other shape is refused at load, and
the classifier then keeps scikit-learn's own path."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt


class UnsupportedPipeline(ValueError):
    """The fitted pipeline is not one the scorer reproduces exactly."""


@dataclass(frozen=True)
class _Vectorizer:
    analyze: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float64]
    sublinear: bool
    offset: int  # where its columns start in the union


class TfidfScorer:
    """Class probabilities of one text, as the fitted pipeline's `predict_proba` gives them."""

    def __init__(self, pipeline: Any) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        steps = [step for _, step in getattr(pipeline, "steps", [])]
        if len(steps) != 2 or not isinstance(steps[0], FeatureUnion):
            raise UnsupportedPipeline("expected a FeatureUnion then a LogisticRegression")
        union, regression = steps
        if not isinstance(regression, LogisticRegression) or len(regression.classes_) < 3:
            raise UnsupportedPipeline("expected a multinomial LogisticRegression")
        one_vs_rest = regression.multi_class == "ovr" or regression.solver == "liblinear"
        if one_vs_rest:
            raise UnsupportedPipeline("one-vs-rest regressions are not reproduced")
        if union.transformer_weights:
            raise UnsupportedPipeline("weighted unions are not reproduced")
        self._vectorizers: list[_Vectorizer] = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            if not isinstance(vectorizer, TfidfVectorizer) or vectorizer.norm != "l2":
                raise UnsupportedPipeline("expected TfidfVectorizers with l2 norm")
            if vectorizer.binary or not vectorizer.use_idf:
                raise UnsupportedPipeline("binary or idf-less vectorizers are not reproduced")
            self._vectorizers.append(
                _Vectorizer(
                    analyze=vectorizer.build_analyzer(),
                    vocabulary=vectorizer.vocabulary_,
                    idf=np.asarray(vectorizer.idf_, dtype=float),
                    sublinear=bool(vectorizer.sublinear_tf),
                    offset=offset,
                )
            )
            offset += len(vectorizer.vocabulary_)
        if offset != regression.coef_.shape[1]:
            raise UnsupportedPipeline("the regression does not read the union's columns")
        self.classes = regression.classes_
        self._coef = np.asarray(regression.coef_, dtype=float)
        self._intercept = np.asarray(regression.intercept_, dtype=float)

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """The union's non-zero columns for `text` and their weights."""
        columns: list[int] = []
        weights: list[float] = []
        for vectorizer in self._vectorizers:
            counts = Counter(
                vectorizer.vocabulary[gram]
                for gram in vectorizer.analyze(text)
                if gram in vectorizer.vocabulary
            )
            if not counts:
                continue
            known = list(counts)
            values = [
                (1.0 + math.log(n) if vectorizer.sublinear else float(n)) * vectorizer.idf[i]
                for i, n in counts.items()
            ]
            norm = math.sqrt(sum(v * v for v in values))
            columns += [vectorizer.offset + i for i in known]
            weights += [v / norm for v in values]
        return columns, weights

    def probabilities(self, text: str) -> npt.NDArray[np.float64]:
        """The softmax of the regression's scores for `text`, in the order of `classes`."""
        columns, weights = self.features(text)
        scores = self._intercept + self._coef[:, columns] @ np.asarray(weights, dtype=float)
        scores -= scores.max()
        exponentials = np.exp(scores)
        return exponentials / exponentials.sum()
