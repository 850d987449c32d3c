using System.Globalization;
using System.Text;

namespace CareDesk.Domain.Privacy;

/// <summary>The plain-text reply to the data subject: what was done with each record, and the exemption for what was kept.</summary>
public static class DataSubjectResponseLetter
{
    public static string Write(DataSubjectRequest request)
    {
        var culture = CultureInfo.InvariantCulture;
        var letter = new StringBuilder();
        letter.AppendLine(culture, $"Re: your {request.Kind.ToString().ToLowerInvariant()} request about \"{request.Subject}\" received {request.ReceivedAt:yyyy-MM-dd}");
        letter.AppendLine();
        letter.AppendLine("Dear requester,");
        letter.AppendLine();
        if (request.Extended)
        {
            letter.AppendLine(culture, $"As we told you on {request.ExtensionToldAt:yyyy-MM-dd}, we extended our deadline to {request.DueAt:yyyy-MM-dd}: {request.ExtensionReason}");
            letter.AppendLine();
        }

        if (request.Decision is { } decision)
        {
            letter.AppendLine(decision == DataSubjectRequestDecision.Granted
                ? string.Create(culture, $"We have granted your request: {request.DecisionReason}")
                : string.Create(culture, $"We have refused your request, because {request.DecisionReason}"));
            if (request.Correction is { } correction)
            {
                letter.AppendLine(culture, $"Your statement of the accurate data: \"{correction}\"");
            }

            letter.AppendLine();
        }

        var erased = request.Items.Where(item => item.Outcome == DataSubjectRequestOutcome.Erased).ToList();
        var retained = request.Items.Where(item => item.Outcome == DataSubjectRequestOutcome.Retained).ToList();
        var other = request.Items.Except(erased).Except(retained).ToList();
        if (erased.Count > 0)
        {
            letter.AppendLine(culture, $"We have erased {erased.Count} record(s):");
            erased.ForEach(item => letter.AppendLine(culture, $"- {item.Description}"));
        }

        if (retained.Count > 0)
        {
            letter.AppendLine(culture, $"We have kept {retained.Count} record(s), because the law requires us to:");
            retained.ForEach(item => letter.AppendLine(culture, $"- {item.Description}: {item.Reason}"));
            letter.AppendLine("Reports of possible side effects must be kept for pharmacovigilance, a legal obligation in the interest of public health;");
            letter.AppendLine("the right to erasure does not apply to them (GDPR Art 17(3)(b) and (c)). We use them for no other purpose.");
        }

        if (other.Count > 0)
        {
            letter.AppendLine(culture, $"We have processed {other.Count} record(s):");
            other.ForEach(item => letter.AppendLine(culture, $"- {item.Description}: {item.Outcome.ToString().ToLowerInvariant()}"));
        }

        if (request.Items.Count == 0)
        {
            letter.AppendLine("We hold no personal data about you.");
        }

        letter.AppendLine();
        letter.AppendLine("You may complain to your data protection supervisory authority.");
        return letter.ToString();
    }
}
