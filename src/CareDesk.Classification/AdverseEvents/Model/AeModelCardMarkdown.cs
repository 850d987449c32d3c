using System.Globalization;
using System.Text;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Writes the human MODEL_CARD.md from the card.</summary>
internal static class AeModelCardMarkdown
{
    public static string Write(AeModelCard card)
    {
        var md = new StringBuilder();
        Line(md, $"# Adverse-event text classifier {card.Version}");
        Line(md, $"");
        Line(md, $"Trained {card.TrainedAt:yyyy-MM-dd HH:mm} UTC in {card.TrainingSeconds:0} s (seed {card.Seed}) by `AeModelTrainer.TrainAsync`.");
        Line(md, $"Configuration: {card.Configuration}.");
        Line(md, $"");
        Line(md, $"## Intended use");
        Line(md, $"Flags consumer posts (social media, forums) that may report an adverse event the author or someone they know experienced, so that a human reviews them. `Score` is a probability calibrated on the validation slices (Platt). The **screening** threshold ({card.Thresholds.Screening:0.000}) targets recall >= 0.95 on tweets and is the one for pharmacovigilance triage; **balanced** ({card.Thresholds.Balanced:0.000}) maximises F1 on tweets. Both were chosen on a validation slice of the training part, never on a test part. It is a triage aid, not a decision: every flagged and a sample of unflagged posts must be reviewed.");
        Line(md, $"");
        Line(md, $"## Training data (research use only)");
        Line(md, $"| corpus | file | rows | positives | train | validation | test | trained on |");
        Line(md, $"|---|---|---|---|---|---|---|---|");
        foreach (var f in card.TrainingFiles)
        {
            Line(md, $"| {f.Corpus} | `{Path.GetFileName(f.Path)}` | {f.Rows} | {f.Positives} | {f.TrainRows} | {f.ValidationRows} | {f.TestRows} | {(f.TrainedOn ? "yes" : "no (evaluation only)")} |");
        }

        Line(md, $"");
        Line(md, $"Licences: SMM4H 2020 Task 2 tweets are under X terms and the organisers ask not to redistribute them (research use only); CADEC v2 is under the CSIRO data licence (research / non-commercial); PsyTAR annotations are CC BY 4.0 but the post text is under AskaPatient terms (research only); ADE-Corpus-V2 states no licence (MEDLINE sentences). **This model is therefore for evaluation and demonstration.** A customer must retrain it on its own labelled posts (same JSONL format) before production use; the card records which data every model was trained on.");
        Line(md, $"");
        Line(md, $"## Held-out metrics");
        Line(md, $"| corpus | held out | n | pos | PR-AUC | balanced P | R | F1 | screening P | R | F1 |");
        Line(md, $"|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var m in card.Metrics)
        {
            var b = m.Evaluation.Point(AeModelEvaluator.Balanced);
            var s = m.Evaluation.Point(AeModelEvaluator.Screening);
            Line(md, $"| {m.Corpus} | {m.HeldOut} | {m.Evaluation.Count} | {m.Evaluation.Positives} | {m.Evaluation.AveragePrecision:0.000} | {b.Precision:0.000} | {b.Recall:0.000} | {b.F1:0.000} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |");
        }

        Line(md, $"");
        Line(md, $"Thresholds are the tweet ones; on forum sentences (CADEC, PsyTAR) with a higher AE rate they are conservative. ADE-V2 (clinical case reports) is out of domain unless trained on.");
        Line(md, $"");
        Line(md, $"## Limits");
        Line(md, $"- Tweets are hard: most health words in tweets are not adverse events; expect about half of balanced-threshold flags to be wrong and the screening threshold to flag many posts.");
        Line(md, $"- Indications vs reactions: \"cymbalta helps my depression\" names a condition the drug treats, not a reaction; the model learned this from data and still confuses them.");
        Line(md, $"- Label meanings differ between corpora (SMM4H: the author experienced an AE; CADEC: an ADR span, negated or not; PsyTAR: an ADR mention).");
        Line(md, $"- English only; 2013 Twitter and AskaPatient forum language; drug-name, negation, indication and experiencer logic comes only from the learned n-grams, a few hand-made cues and dense cues from CareDesk's evidence lexicons.");
        Line(md, $"- The customer must retrain on its own labelled posts and re-check these metrics on its own held-out data.");
        return md.ToString();
    }

    private static void Line(StringBuilder md, FormattableString line) => md.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
