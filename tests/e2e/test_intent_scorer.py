"""The served model's intent probabilities, computed by bot/components/tfidf_scorer.py, are
scikit-learn's own for every example of the training and test sets, and the classifier falls
back to scikit-learn for a pipeline the scorer does not reproduce (run in the bot environment
on the trained model)."""

import subprocess

from stack.config import BOT_PYTHON, DEFAULT_MODEL, ROOT

CHECK = """
import glob, pickle, sys, tarfile
import numpy as np
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union
from bot.components.tfidf_scorer import TfidfScorer, UnsupportedPipeline

with tarfile.open(sys.argv[1]) as archive:
    name = next(n for n in archive.getnames() if n.endswith("intent_classifier.pkl"))
    model = pickle.loads(archive.extractfile(name).read())
scorer = TfidfScorer(model)
files = glob.glob("data/nlu/*.yml") + glob.glob("tests/nlu/*.yml")
texts = [e.get("text") for f in files for e in load_data(f).training_examples if e.get("text")]
texts += ["", "   ", "🙂", "zzzz qqqq", "济" * 3000]  # nothing known, and a very long message
expected = model.predict_proba(texts)
got = np.array([scorer.probabilities(t) for t in texts])
assert len(texts) > 1000, len(texts)
assert np.abs(expected - got).max() < 1e-9, np.abs(expected - got).max()
assert list(scorer.classes) == list(model.classes_)

counts = make_pipeline(make_union(CountVectorizer()), LogisticRegression())
counts.fit(["one two", "two three", "three four"], ["x", "y", "z"])
try:
    TfidfScorer(counts)
except UnsupportedPipeline:
    print("same probabilities")
"""


def test_the_fast_scorer_gives_scikit_learns_probabilities() -> None:
    run = subprocess.run(
        [str(BOT_PYTHON), "-c", CHECK, str(DEFAULT_MODEL)], cwd=ROOT, capture_output=True,
        text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
        "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert "same probabilities" in run.stdout
