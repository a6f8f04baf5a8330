#!/usr/bin/env python3
"""PyTorch side of the character-model benchmark (see ../README.md).

The same model, data and workloads as the Java harness: 2-layer LSTM(200) over a 77-symbol one-hot
vocabulary, softmax output with cross-entropy, minibatch 32 of 1,000-character examples, truncated BPTT
50/50 with the state carried across segments and detached, Adam(0.005), float32, CPU, and the thread count
the harness passes (the same as ND4J's). Prints one "TORCH <figure> median=.. min=.. max=.. n=.." line per
figure. PyTorch has no peephole (Graves) LSTM, so its plain LSTM stands in for both Java variants.
"""
import argparse
import statistics
import time

import torch
from torch import nn

VOCABULARY = 77
HIDDEN = 200
LAYERS = 2
MINIBATCH = 32
EXAMPLE_LENGTH = 1000
SEGMENT = 50
SEED = 12345


def vocabulary():
    # Must match CharModel.vocabulary() in the Java harness.
    symbols = " " + "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789" + ".,;:!?'\"-()&/\n"
    assert len(symbols) == VOCABULARY
    return symbols


class CharModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(VOCABULARY, HIDDEN, num_layers=LAYERS)
        self.out = nn.Linear(HIDDEN, VOCABULARY)

    def forward(self, x, state=None):
        h, state = self.lstm(x, state)
        return self.out(h), state


def minibatch(corpus, index, index_of):
    """One-hot features [time, batch, 77] and next-character targets [time, batch], time-major as nn.LSTM wants."""
    start = index * MINIBATCH * (EXAMPLE_LENGTH + 1)
    features = torch.zeros(EXAMPLE_LENGTH, MINIBATCH, VOCABULARY)
    targets = torch.zeros(EXAMPLE_LENGTH, MINIBATCH, dtype=torch.long)
    for b in range(MINIBATCH):
        offset = start + b * (EXAMPLE_LENGTH + 1)
        ids = [index_of[c] for c in corpus[offset:offset + EXAMPLE_LENGTH + 1]]
        features[torch.arange(EXAMPLE_LENGTH), b, torch.tensor(ids[:-1])] = 1.0
        targets[:, b] = torch.tensor(ids[1:])
    return features, targets


def fit(model, optimizer, loss_fn, features, targets):
    state = None
    for start in range(0, EXAMPLE_LENGTH, SEGMENT):
        x = features[start:start + SEGMENT]
        y = targets[start:start + SEGMENT]
        logits, state = model(x, state)
        loss = loss_fn(logits.reshape(-1, VOCABULARY), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        # Truncated BPTT: the state goes on, its gradient stops here.
        state = tuple(s.detach() for s in state)


def generate(model, chars, first):
    generator = torch.Generator().manual_seed(SEED)
    x = torch.zeros(1, 1, VOCABULARY)
    current = first
    state = None
    with torch.no_grad():
        for _ in range(chars):
            x[0, 0, current] = 1.0
            logits, state = model(x, state)
            p = torch.softmax(logits[0, 0], dim=0)
            x[0, 0, current] = 0.0
            current = int(torch.multinomial(p, 1, generator=generator))


def timed(action, warmups, reps):
    for _ in range(warmups):
        action()
    seconds = []
    for _ in range(reps):
        t0 = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - t0)
    return seconds


def report(name, values):
    print("TORCH %s median=%.6g min=%.6g max=%.6g n=%d"
          % (name, statistics.median(values), min(values), max(values), len(values)), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(SEED)
    with open(args.corpus, encoding="utf-8") as f:
        corpus = f.read()
    index_of = {c: i for i, c in enumerate(vocabulary())}
    batches = [minibatch(corpus, i, index_of) for i in range(2)]
    chars = MINIBATCH * EXAMPLE_LENGTH

    model = CharModel()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.005)
    loss_fn = nn.CrossEntropyLoss()
    turn = [0]

    def train_once():
        features, targets = batches[turn[0] % 2]
        turn[0] += 1
        fit(model, optimizer, loss_fn, features, targets)

    train_warm, train_reps = (1, 2) if args.quick else (2, 5)
    report("train_chars_per_s", [chars / s for s in timed(train_once, train_warm, train_reps)])

    model.eval()
    features = batches[0][0]

    def output_once():
        with torch.no_grad():
            logits, _ = model(features)
            torch.softmax(logits, dim=2)

    out_warm, out_reps = (1, 3) if args.quick else (2, 7)
    report("output_chars_per_s", [chars / s for s in timed(output_once, out_warm, out_reps)])

    step_chars, step_warm, step_reps = (500, 3, 7) if args.quick else (1000, 3, 9)
    first = index_of[corpus[0]]
    report("step_us_per_char",
           [s * 1e6 / step_chars for s in timed(lambda: generate(model, step_chars, first), step_warm, step_reps)])
    print("TORCH info version=%s threads=%d" % (torch.__version__, torch.get_num_threads()))


if __name__ == "__main__":
    main()
