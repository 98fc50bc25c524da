"""End-to-end: the real `openai` SDK against `poortwachter serve` and a recording mock upstream.

For every development document with personal data, sent as a chat message:
(a) the upstream never receives a value that `detect` finds in it, and the share of gold
    entity strings that reach it is printed and is no higher than what the detector misses;
(b) the client gets the original values back where the model echoed placeholders;
(c) the same with stream=True (placeholders split over SSE events);
(d) documents in which the detector finds special-category data, a confidentiality
    marking or a secret are refused with 4xx and the upstream is never called.
Plus multi-turn consistency, key isolation, and a log free of values at TRACE level.
"""

import json
import re

import openai
import pytest

from conftest import KEYS  # noqa: F401


def client(gateway, key="pw-e2e-one"):
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0, timeout=30)


def contains_word(hay, needle):
    """needle occurs in hay as a whole word (the name "Ad" inside "Adres" is not a leak)."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def detected_values(doc, pred):
    return [doc["text"][e["start"]:e["end"]] for e in pred.get("entities", [])]


def must_block(pred):
    return bool(pred.get("special")) or any(e["type"] in ("CONFIDENTIAL", "SECRET") for e in pred.get("entities", []))


def covered(text, g, pred):
    """Every occurrence of g has all its non-space characters inside predicted spans."""
    spans = [(e["start"], e["end"]) for e in pred.get("entities", [])]
    for m in re.finditer(r"(?<!\w)" + re.escape(g) + r"(?!\w)", text):
        start = m.start()
        for i, ch in enumerate(g):
            p = start + i
            if not ch.isspace() and not any(s <= p < e for s, e in spans):
                return False
    return True


def run_dev_set(gateway, mock, dev_docs, stream):
    recorder, _ = mock
    docs, preds = dev_docs
    c = client(gateway)
    stats = {"docs": 0, "gold": 0, "reached": 0, "missed": 0, "refused": 0, "gold_special": 0, "gold_special_refused": 0}
    for doc in docs:
        gold = [e["text"] for e in doc["entities"]]
        if not gold and not doc["special"]:
            continue
        stats["docs"] += 1
        pred = preds.get(doc["id"], {})
        before = recorder.count()
        headers = {"X-Poortwachter-Conversation": f"{doc['id']}-{int(stream)}"}
        status, answer, message = 200, None, ""
        try:
            if stream:
                chunks = c.chat.completions.create(model="mock-model", messages=[{"role": "user", "content": doc["text"]}],
                                                   stream=True, extra_headers=headers)
                answer = "".join((ch.choices[0].delta.content or "") for ch in chunks if ch.choices)
            else:
                r = c.chat.completions.create(model="mock-model", messages=[{"role": "user", "content": doc["text"]}], extra_headers=headers)
                answer = r.choices[0].message.content
        except openai.APIStatusError as e:
            status, message = e.status_code, str(e.message)
        received = recorder.since(before)
        for v in detected_values(doc, pred):
            assert not contains_word(received, v), f"{doc['id']}: a detected value reached the upstream"
        if doc["special"] or any(e["type"] in ("CONFIDENTIAL", "SECRET") for e in doc["entities"]):
            stats["gold_special"] += 1
            stats["gold_special_refused"] += int(400 <= status < 500)
        if must_block(pred):
            assert 400 <= status < 500, f"{doc['id']}: expected a refusal, got {status}"
            assert recorder.count() == before, f"{doc['id']}: upstream called for a refused request"
            for g in gold:
                assert not contains_word(message, g), f"{doc['id']}: the error message names a value"
            stats["refused"] += 1
            continue
        assert status == 200, f"{doc['id']}: status {status}: {message}"
        assert answer == "ECHO: " + doc["text"], f"{doc['id']}: the echo was not restored to the original"
        for g in gold:
            stats["gold"] += 1
            stats["reached"] += int(contains_word(received, g))
            stats["missed"] += int(not covered(doc["text"], g, pred))
    pct = lambda n, d: 100.0 * n / max(d, 1)  # noqa: E731
    print(f"\n[{'stream' if stream else 'json'}] {stats['docs']} dev documents with personal data; "
          f"gold strings reaching the upstream: {stats['reached']}/{stats['gold']} ({pct(stats['reached'], stats['gold']):.1f}%), "
          f"detector leaves not fully covered: {stats['missed']} ({pct(stats['missed'], stats['gold']):.1f}%); "
          f"refused: {stats['refused']}; gold special/confidential/secret documents refused: "
          f"{stats['gold_special_refused']}/{stats['gold_special']}")
    assert stats["reached"] <= stats["missed"], "the gateway leaked more than the detector missed"
    return stats


def test_dev_set_json(gateway, mock, dev_docs):
    run_dev_set(gateway, mock, dev_docs, stream=False)


def test_dev_set_stream(gateway, mock, dev_docs):
    run_dev_set(gateway, mock, dev_docs, stream=True)


SAMPLE = ("Schrijf een korte brief aan Jan de Vries (jan.devries@example.nl, 06-12345678) over zijn aanvraag. "
          "Zijn IBAN is NL91ABNA0417164300.")


def test_multi_turn_and_second_key(gateway, mock):
    recorder, _ = mock
    c = client(gateway)
    messages = [{"role": "system", "content": "Je bent een behulpzame assistent."}, {"role": "user", "content": SAMPLE}]
    first_turn_upstream = []
    for turn in range(3):
        before = recorder.count()
        r = c.chat.completions.create(model="mock-model", messages=messages)
        assert r.choices[0].message.content == "ECHO: " + messages[-1]["content"]
        body = json.loads(recorder.bodies_since(before)[0])
        first_turn_upstream.append(body["messages"][1]["content"])
        messages.append({"role": "assistant", "content": r.choices[0].message.content})
        messages.append({"role": "user", "content": f"En nog iets over {SAMPLE}"})
    # The resent history is pseudonymised identically on every turn.
    assert len(set(first_turn_upstream)) == 1
    # Key two sends key one's upstream text: placeholders must not be restored to key one's values.
    upstream_text = json.loads(recorder.bodies_since(recorder.count() - 1)[0])["messages"][1]["content"]
    r2 = client(gateway, "pw-e2e-two").chat.completions.create(model="mock-model", messages=[{"role": "user", "content": upstream_text}])
    for v in ("Jan de Vries", "jan.devries@example.nl", "06-12345678", "NL91ABNA0417164300"):
        if v not in upstream_text:
            assert v not in r2.choices[0].message.content


def test_invisible_characters_hide_nothing(gateway, mock):
    """Zero-width spaces, soft hyphens, no-break spaces and full-width digits inside values
    (pasted from Word or PDFs, or typed to slip past a filter) do not get them upstream,
    and the answer gives the client's own characters back."""
    recorder, _ = mock
    text = ("Schrijf een brief aan Mar\u00adtijn de Vries (m.devries@\u200bexample.nl, "
            "06\u00a012\u00a034\u00a056\u00a078) over zijn BSN \uff12\uff19\uff10\uff16\uff14\uff11\uff18\uff13\uff14.")
    before = recorder.count()
    r = client(gateway).chat.completions.create(model="mock-model", messages=[{"role": "user", "content": text}])
    assert r.choices[0].message.content == "ECHO: " + text
    received = recorder.since(before)
    folded = re.sub("[\u00ad\u200b]", "", received).replace("\u00a0", " ")
    folded = folded.translate({0xFF10 + i: ord("0") + i for i in range(10)})
    for v in ("Martijn", "de Vries", "m.devries@example.nl", "06 12 34 56 78", "290641834"):
        assert v not in folded, "a value written with invisible or look-alike characters reached the upstream"


def test_refusal_shape(gateway):
    c = client(gateway)
    with pytest.raises(openai.APIStatusError) as e:
        c.chat.completions.create(model="mock-model", messages=[{"role": "user", "content": [
            {"type": "text", "text": "wie is dit?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}])
    assert e.value.status_code == 422
    assert e.value.body["code"] == "media.image"


def test_log_has_no_values(gateway, dev_docs):
    docs, preds = dev_docs
    # Request ids hold random hex and lines start with a timestamp: digits that can match a
    # short number by chance. Both are the gateway's own values, so they are masked first.
    log = re.sub(r"pw-[0-9a-f]+-[0-9]+", "pw-ID", gateway.log())
    log = re.sub(r"\d{4}-\d{2}-\d{2}T[0-9:.]+Z", "TIME", log)
    assert "request decided" in log
    for doc in docs:
        for v in detected_values(doc, preds.get(doc["id"], {})) + [e["text"] for e in doc["entities"]]:
            if len(v) >= 4:
                assert v not in log, f"{doc['id']}: a value appears in the TRACE log"


def test_other_endpoints_with_the_sdk(gateway):
    """Responses API (plain and streamed), completions and embeddings parse in the SDK and restore values."""
    c = client(gateway)
    text = "Stuur een bevestiging naar jan.devries@example.nl over dossier 2024-17."
    r = c.responses.create(model="demo", input=text)
    assert r.output_text.endswith(text)
    deltas = []
    with c.responses.stream(model="demo", input=text) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
        final = stream.get_final_response()
    assert "".join(deltas).endswith(text)
    assert final.output_text.endswith(text)
    comp = c.completions.create(model="demo", prompt=text)
    assert comp.choices[0].text.endswith(text)
    emb = c.embeddings.create(model="demo", input=[text, "tweede"])
    assert len(emb.data) == 2 and len(emb.data[0].embedding) == 16
    models = [m.id for m in c.models.list()]
    assert models == ["demo", "mock-model"]
