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
        Line(md, $"Flags consumer posts (social media, forums) that may report an adverse event the author or someone they know experienced, so that a human reviews them. Each text style has its own model; `Score` is a probability calibrated (Platt) on scores of that style's training part from models that did not see the scored rows (see Configuration). The **screening** threshold targets recall >= 0.95 and is the one for pharmacovigilance triage; **balanced** maximises F1. Both were chosen per style on those same held-out scores, never on a test part. It is a triage aid, not a decision: every flagged and a sample of unflagged posts must be reviewed.");
        Line(md, $"");
        Line(md, $"## Text styles and operating points");
        Line(md, $"The screener picks the style from the post's channel (X, Instagram, YouTube: social post; Reddit, Facebook, web chat, e-mail: forum post); a post with no channel is a forum post when it is longer than {AeTextStyles.SocialPostMaxLength} characters (ADR-009).");
        Line(md, $"");
        Line(md, $"| style | model file | trained on | screening | balanced | Platt A | Platt B | validation n | PR-AUC | balanced F1 | screening R |");
        Line(md, $"|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var style in card.Styles)
        {
            var v = style.Validation;
            Line(md, $"| {style.Style} | `{style.ModelFile}` | {string.Join(", ", style.TrainedOn)} | {style.Thresholds.Screening:0.000} | {style.Thresholds.Balanced:0.000} | {style.Calibration.A:0.000} | {style.Calibration.B:0.000} | {v.Count} | {v.AveragePrecision:0.000} | {v.Point(AeModelEvaluator.Balanced).F1:0.000} | {v.Point(AeModelEvaluator.Screening).Recall:0.000} |");
        }

        Line(md, $"");
        Line(md, $"Validation columns are the held-out scores the thresholds were chosen on (optimistic for F1, which was maximised there); the test figures below are the ones to quote.");

        Line(md, $"");
        Line(md, $"## Training data (research use only)");
        Line(md, $"| corpus | file | style | rows | positives | train | validation | test | trained on |");
        Line(md, $"|---|---|---|---|---|---|---|---|---|");
        foreach (var f in card.TrainingFiles)
        {
            Line(md, $"| {f.Corpus} | `{Path.GetFileName(f.Path)}` | {f.Style} | {f.Rows} | {f.Positives} | {f.TrainRows} | {f.ValidationRows} | {f.TestRows} | {(f.TrainedOn ? "yes" : "no (evaluation only)")} |");
        }

        Line(md, $"");
        Line(md, $"Licences: SMM4H 2020 Task 2 tweets are under X terms and the organisers ask not to redistribute them (research use only); CADEC v2 is under the CSIRO data licence (research / non-commercial); PsyTAR annotations are CC BY 4.0 but the post text is under AskaPatient terms (research only); ADE-Corpus-V2 states no licence (MEDLINE sentences). **This model is therefore for evaluation and demonstration.** A customer must retrain it on its own labelled posts (same JSONL format) before production use; the card records which data every model was trained on.");
        Line(md, $"");
        Line(md, $"## Held-out metrics");
        Line(md, $"| corpus | held out | scored as | n | pos | PR-AUC | balanced P | R | F1 | screening P | R | F1 |");
        Line(md, $"|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var m in card.Metrics)
        {
            var b = m.Evaluation.Point(AeModelEvaluator.Balanced);
            var s = m.Evaluation.Point(AeModelEvaluator.Screening);
            Line(md, $"| {m.Corpus} | {m.HeldOut} | {m.Style} | {m.Evaluation.Count} | {m.Evaluation.Positives} | {m.Evaluation.AveragePrecision:0.000} | {b.Precision:0.000} | {b.Recall:0.000} | {b.F1:0.000} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |");
        }

        Line(md, $"");
        Line(md, $"Each corpus is scored with its own style's model and thresholds. ADE-V2 (clinical case reports) is out of domain unless trained on.");
        Line(md, $"");
        Line(md, $"## Limits");
        Line(md, $"- Tweets are hard: most health words in tweets are not adverse events; expect about half of balanced-threshold flags to be wrong and the screening threshold to flag many posts.");
        Line(md, $"- Indications vs reactions: \"cymbalta helps my depression\" names a condition the drug treats, not a reaction; the model learned this from data and still confuses them.");
        Line(md, $"- The forum-post model learnt from single forum sentences (CADEC, PsyTAR); whole posts are longer and mention more, so expect more flags per post than on the sentence-level test parts.");
        Line(md, $"- Label meanings differ between corpora (SMM4H: the author experienced an AE; CADEC: an ADR span, negated or not; PsyTAR: an ADR mention).");
        Line(md, $"- English only; 2013 Twitter and AskaPatient forum language; drug-name, negation, indication and experiencer logic comes only from the learned n-grams, a few hand-made cues and dense cues from CareDesk's evidence lexicons.");
        Line(md, $"- The customer must retrain on its own labelled posts and re-check these metrics on its own held-out data.");
        return md.ToString();
    }

    private static void Line(StringBuilder md, FormattableString line) => md.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
