namespace CareDesk.Domain.Registration;

/// <summary>Which questions a set of answers calls for; used by the page as it renders and by the form as it validates.</summary>
public static class FormFlow
{
    /// <summary>
    /// The fields shown for these answers, in order. A condition only looks at earlier fields, and an answer to a
    /// hidden field does not count, so hiding a field also hides everything that depended on it.
    /// </summary>
    public static IReadOnlyList<FormField> VisibleFields(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers)
    {
        var shown = new List<FormField>();
        var counted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.ShowWhen is null || field.ShowWhen.IsMetBy(counted))
            {
                shown.Add(field);
                if (answers.TryGetValue(field.Name, out var answer))
                {
                    counted[field.Name] = answer;
                }
            }
        }

        return shown;
    }

    /// <summary>The conversational form's next question: the first shown field not answered yet; null when all are.</summary>
    public static FormField? NextQuestion(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers) =>
        VisibleFields(fields, answers).FirstOrDefault(field => !answers.ContainsKey(field.Name));
}
