using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

public sealed record ClassifyTextItem(string Id, string Text);

public sealed record ClassifiedText(string Id, IReadOnlyList<TriageLabel> Labels, Priority Priority, string Classifier, IReadOnlyList<RuleHit> Evidence);

/// <summary>Batch triage of loose texts with no database: the CLI's classify verb and evaluation runs use it.</summary>
public sealed class ClassifyTextsHandler(IPostClassifier classifier)
{
    public async IAsyncEnumerable<ClassifiedText> HandleAsync(IAsyncEnumerable<ClassifyTextItem> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            var outcome = await classifier.ClassifyAsync(new TriageInput(item.Text), cancellationToken);
            yield return new ClassifiedText(item.Id, outcome.Labels, outcome.Priority, outcome.Classifier, outcome.Hits);
        }
    }
}
