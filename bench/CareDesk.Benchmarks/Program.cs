using CareDesk.Benchmarks;

// S2 of docs/performance.md: the classifier stack against a plain tokenizer + lexicon pass, in the same run.
var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "datasets", "ae", "smm4h2020_train.jsonl");
var output = args.Length > 1 ? args[1] : Path.Combine("artifacts", "bench", "classifier.json");
var result = ClassifierBenchmark.Run(corpus, posts: 100_000);
ClassifierBenchmark.Write(result, output);
Console.WriteLine(result.Summary());
return result.Passed ? 0 : 1;
