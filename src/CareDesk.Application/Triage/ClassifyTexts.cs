using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

public sealed record ClassifyTextItem(string Id, string Text);

/// <summary>One classified line: labels and priority, the rule evidence, and (with a trained detector) the AE assessment and text signals.</summary>
public sealed record ClassifiedText(string Id, IReadOnlyList<TriageLabel> Labels, Priority Priority, string Classifier, IReadOnlyList<RuleHit> Evidence,
    AdverseEventAssessment? Ae = null, PostSignals? Signals = null);

/// <summary>Batch triage of loose texts with no database: the CLI's classify verb and evaluation runs use it.</summary>
public sealed class ClassifyTextsHandler(IPostClassifier classifier)
{
    public async IAsyncEnumerable<ClassifiedText> HandleAsync(IAsyncEnumerable<ClassifyTextItem> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            var outcome = await classifier.ClassifyAsync(new TriageInput(item.Text), cancellationToken);
            yield return new ClassifiedText(item.Id, outcome.Labels, outcome.Priority, outcome.Classifier, outcome.Hits, outcome.AdverseEvent, outcome.Signals);
        }
    }
}
