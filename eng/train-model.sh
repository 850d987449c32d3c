#!/usr/bin/env bash
# Reproduces the shipped adverse-event model in models/ae from the research corpora in ../shared/datasets
# (read in place, never copied). Takes well under a minute; commit models/ae with its regenerated model card.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/datasets/ae
dotnet run --project src/CareDesk.Cli -- model train \
  --data "$data/smm4h2020_train.jsonl,forum:$data/cadec_train_dev.jsonl,forum:$data/psytar.jsonl" \
  --eval-only "forum:$data/ade_corpus_v2.jsonl" \
  --out models/ae "$@"
